package org.veche.planner.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veche.model.plan.TechnologyRef;

/** Writes quantities into the working plan through the score director, so the score follows. */
final class ProductionLoad {

    static final String QUANTITY = "quantity";

    private ProductionLoad() {}

    /** Loads LP quantities: clamped to [0, maxOutput], whole-number noise snapped for indivisible products. */
    static void load(ScoreDirector<ProductionPlan> director, Map<TechnologyRef, Double> production) {
        for (ProductionLine line : director.getWorkingSolution().lines()) {
            Double value = production.get(line.ref());
            if (value != null) {
                set(director, line, tidy(line, value));
            }
        }
        director.triggerVariableListeners();
    }

    static Map<TechnologyRef, Double> snapshot(List<ProductionLine> lines) {
        Map<TechnologyRef, Double> values = new HashMap<>();
        lines.forEach(line -> values.put(line.ref(), line.quantity()));
        return values;
    }

    static void set(ScoreDirector<ProductionPlan> director, ProductionLine line, double value) {
        if (line.quantity() == value) {
            return;
        }
        director.beforeVariableChanged(line, QUANTITY);
        line.setQuantity(value);
        director.afterVariableChanged(line, QUANTITY);
    }

    static double tidy(ProductionLine line, double value) {
        double clamped = Math.max(0, Math.min(line.technology().maxOutput(), value));
        if (line.integral() && Quantities.isWhole(clamped)) {
            return Math.rint(clamped);
        }
        return clamped;
    }
}
