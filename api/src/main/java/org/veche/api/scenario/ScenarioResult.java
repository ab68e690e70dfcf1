package org.veche.api.scenario;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * A solved scenario as stored and shown: plan-wide metrics, what each product, local and collective
 * gets, the LP valuations (labour hours one more unit would cost) and the plan itself.
 */
public record ScenarioResult(
        Metrics metrics,
        Map<String, ProductFigures> products,
        Map<String, LocalFigures> locals,
        Map<String, CollectiveFigures> collectives,
        Map<String, Double> valuations,
        List<Line> production,
        List<Line> deliveries,
        long elapsedMillis) {

    /**
     * SPEC §3's plan metrics, from PlanAnalysis (feasibility from the independent PlanCheck). Per
     * priority with demand: S_t ({@code score}), the quantity-weighted share and the lowest local's
     * share. Hours per member are over every member of every collective. The boxed fields are null
     * only in results stored before these metrics were computed (those also carried a
     * {@code pending} list, ignored on reading).
     */
    @JsonIgnoreProperties({"pending"})
    public record Metrics(boolean feasible, double needs, Map<String, PriorityFigures> priorities,
            double labourHours, double emissions, long members, Double memberHoursMean, Double memberHoursMax,
            Double giniEssential) {}

    /** S_t, the quantity-weighted share, and the lowest local's share at one priority with that local. */
    public record PriorityFigures(double score, Double quantityShare, Double lowestLocalShare, String lowestLocal) {}

    public record ProductFigures(double output, double requested, double delivered) {}

    /** Delivered / requested per priority id; a priority the local asks nothing at is absent. */
    public record LocalFigures(Map<String, Double> shares, double requested, double delivered) {}

    public record CollectiveFigures(int members, double hours, double hoursPerMember, double hoursCap) {}

    /** One production (assembly = collective) or delivery (assembly = local, with priority) line. */
    public record Line(String assembly, String product, String priority, double quantity) {}
}
