package org.veche.planner.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Sets several lines' outputs at once: a line and the suppliers of the inputs it needs. */
final class ProductionShift extends AbstractMove<ProductionPlan> {

    private final List<ProductionLine> lines;
    private final List<Double> values;

    ProductionShift(Map<ProductionLine, Double> changes) {
        this.lines = new ArrayList<>(changes.keySet());
        this.values = new ArrayList<>(changes.values());
    }

    private ProductionShift(List<ProductionLine> lines, List<Double> values) {
        this.lines = lines;
        this.values = values;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<ProductionPlan> director) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).quantity() != values.get(i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<ProductionPlan> director) {
        for (int i = 0; i < lines.size(); i++) {
            ProductionLoad.set(director, lines.get(i), values.get(i));
        }
    }

    @Override
    public ProductionShift rebase(ScoreDirector<ProductionPlan> director) {
        return new ProductionShift(rebaseList(lines, director), values);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return lines;
    }

    @Override
    public Collection<?> getPlanningValues() {
        return values;
    }

    @Override
    public String toString() {
        return java.util.stream.IntStream.range(0, lines.size())
                .mapToObj(i -> lines.get(i).getId() + "->" + values.get(i))
                .collect(Collectors.joining(", ", "shift[", "]"));
    }
}
