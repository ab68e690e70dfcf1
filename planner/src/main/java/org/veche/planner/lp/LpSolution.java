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
 * objective values of the levels.
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
        LpDiagnostics diagnostics) {

    public LpSolution {
        Objects.requireNonNull(status, "status");
        production = Map.copyOf(production);
        shares = Map.copyOf(shares);
        valuations = Map.copyOf(valuations);
        Objects.requireNonNull(diagnostics, "diagnostics");
    }
}
