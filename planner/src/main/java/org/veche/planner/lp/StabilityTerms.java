package org.veche.planner.lp;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPVariable;
import java.util.Map;
import org.veche.model.Need;
import org.veche.model.Technology;
import org.veche.model.plan.NeedGroup;
import org.veche.model.plan.NeedRef;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;

/**
 * The `stability` level: the labour-hour-weighted absolute change of the accepted slices,
 * linearised with one auxiliary variable z ≥ |value − accepted| per accepted quantity. The level
 * minimises Σ weight·z (stability is its negative). Accepted quantities whose technology or need no
 * longer exists are constant and left out.
 */
final class StabilityTerms {

    private final PlanningLp lp;
    private final LevelObjective objective = new LevelObjective(LevelObjectives.STABILITY, false);

    private StabilityTerms(PlanningLp lp) {
        this.lp = lp;
    }

    static LevelObjective build(PlanningLp lp, StabilityReference reference) {
        StabilityTerms terms = new StabilityTerms(lp);
        reference.acceptedProduction().forEach(terms::production);
        reference.acceptedDeliveries().forEach((need, accepted) -> terms.delivery(need, accepted, reference));
        return terms.objective;
    }

    private void production(TechnologyRef ref, double accepted) {
        lp.technology(ref).ifPresent(i -> {
            MPVariable change = absoluteChange(Map.of(lp.x[i], 1.0), accepted);
            objective.add(change, lp.technologyData.get(i).labourHours());
        });
    }

    private void delivery(NeedRef need, double accepted, StabilityReference reference) {
        double quantity = lp.economy.local(need.local())
                .flatMap(local -> local.need(need.product(), need.priority()))
                .map(Need::quantity)
                .orElse(0.0);
        lp.group(new NeedGroup(need.product(), need.priority())).filter(g -> quantity > 0).ifPresent(g -> {
            Map<MPVariable, Double> delivered = new java.util.IdentityHashMap<>();
            for (MPVariable segment : lp.segments[g]) {
                delivered.put(segment, quantity);
            }
            MPVariable change = absoluteChange(delivered, accepted);
            objective.add(change, reference.hoursPerUnit().getOrDefault(need.product(), directLabour(need.product())));
        });
    }

    /** z with z ≥ expr − accepted and z ≥ accepted − expr. */
    private MPVariable absoluteChange(Map<MPVariable, Double> expression, double accepted) {
        MPVariable change = lp.solver.makeNumVar(0, PlanningLp.INFINITY, "");
        MPConstraint above = lp.solver.makeConstraint(-accepted, PlanningLp.INFINITY, "");
        MPConstraint below = lp.solver.makeConstraint(accepted, PlanningLp.INFINITY, "");
        above.setCoefficient(change, 1);
        below.setCoefficient(change, 1);
        expression.forEach((variable, c) -> {
            above.setCoefficient(variable, -c);
            below.setCoefficient(variable, c);
        });
        return change;
    }

    /**
     * Fallback weight when the previous plan gave no labour value for the product: the least direct
     * labour per unit among its technologies (a lower bound of the labour value), or 1 h if none.
     */
    private double directLabour(String product) {
        return lp.technologyData.stream()
                .filter(t -> t.product().equals(product))
                .mapToDouble(Technology::labourHours)
                .min()
                .orElse(1.0);
    }
}
