package org.veche.api.solve;

import java.util.List;
import java.util.Map;
import org.veche.model.check.PlanScore;
import org.veche.model.plan.NeedRef;
import org.veche.model.plan.Plan;
import org.veche.planner.analysis.PlanReport;

/**
 * A solver's answer: the plan, its score, each product's labour value (hours per unit embodied in
 * it, direct and indirect), each product's valuation (the LP's dual: hours one more unit would
 * cost the economy), an explanation for every need not fully served, the solver's metrics, and
 * the planner's analysis of the plan (flows, collectives, locals, plan metrics).
 */
public record SolvedProposal(
        Plan plan,
        PlanScore score,
        Map<String, Double> labourValues,
        Map<String, Double> valuations,
        List<Explanation> explanations,
        Map<String, Object> metrics,
        PlanReport report) {

    /**
     * Why one need is not fully served: the planner's explanation of its need group (the binding
     * {@code limit}, its {@code subjects}, the {@code relief} if one was estimated), in words too.
     */
    public record Explanation(NeedRef need, double share, String limit, List<String> subjects,
            Map<String, Object> relief, String text) {
        public Explanation {
            subjects = List.copyOf(subjects);
            relief = Map.copyOf(relief);
        }
    }

    public SolvedProposal {
        labourValues = Map.copyOf(labourValues);
        valuations = Map.copyOf(valuations);
        explanations = List.copyOf(explanations);
        metrics = Map.copyOf(metrics);
        java.util.Objects.requireNonNull(report, "report");
    }
}
