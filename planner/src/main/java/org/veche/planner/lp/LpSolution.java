package org.veche.planner.lp;

import java.util.Map;
import java.util.Objects;
import org.veche.model.plan.NeedGroup;
import org.veche.model.plan.TechnologyRef;

/**
 * The continuous optimum of the planning LP. {@code production} has every technology;
 * {@code shares} has r_{p,t} for every (product, priority) with demand; deliveries follow by fair
 * sharing (y_n = r·q_n). {@code valuations} are the duals of material balance at the labour-hours
 * level: the labour hours one more unit of each product would cost the economy (Kantorovich's
 * objectively determined valuations). {@code needs}, {@code labourHours}, {@code emissions} are the
 * objective values of the levels. {@code sensitivity} holds the needs level's duals, which the
 * explanations read. An {@link LpStatus#INFEASIBLE} solution has empty maps and zero values.
 */
public record LpSolution(
        LpStatus status,
        Map<TechnologyRef, Double> production,
        Map<NeedGroup, Double> shares,
        Map<String, Double> valuations,
        double needs,
        double stability,
        double labourHours,
        double emissions,
        LpDiagnostics diagnostics,
        LpSensitivity sensitivity) {

    public LpSolution {
        Objects.requireNonNull(status, "status");
        production = Map.copyOf(production);
        shares = Map.copyOf(shares);
        valuations = Map.copyOf(valuations);
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(sensitivity, "sensitivity: use LpSensitivity.NONE");
    }

    /** The original contract's shape, without sensitivity. */
    public LpSolution(
            LpStatus status,
            Map<TechnologyRef, Double> production,
            Map<NeedGroup, Double> shares,
            Map<String, Double> valuations,
            double needs,
            double stability,
            double labourHours,
            double emissions,
            LpDiagnostics diagnostics) {
        this(status, production, shares, valuations, needs, stability, labourHours, emissions, diagnostics,
                LpSensitivity.NONE);
    }

    public double production(TechnologyRef technology) {
        return production.getOrDefault(technology, 0.0);
    }

    public double share(NeedGroup group) {
        return shares.getOrDefault(group, 0.0);
    }

    static LpSolution infeasible(LpDiagnostics diagnostics) {
        return new LpSolution(LpStatus.INFEASIBLE, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0, diagnostics);
    }
}
