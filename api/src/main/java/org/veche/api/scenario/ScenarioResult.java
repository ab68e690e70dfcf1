package org.veche.api.scenario;

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
     * SPEC §3's plan metrics. Per priority: S_t ({@code score}) and the quantity-weighted share.
     * {@code pending} names the metrics not computed yet (they need PlanAnalysis, see docs/web.md);
     * those fields are null.
     */
    public record Metrics(boolean feasible, double needs, Map<String, PriorityFigures> priorities,
            double labourHours, double emissions, long members, Double memberHoursMean, Double memberHoursMax,
            Double giniEssential, List<String> pending) {}

    /** S_t, the quantity-weighted share, and the lowest local's share at one priority (null when pending). */
    public record PriorityFigures(double score, Double quantityShare, Double lowestLocalShare) {}

    public record ProductFigures(double output, double requested, double delivered) {}

    /** Delivered / requested per priority id; a priority the local asks nothing at is absent. */
    public record LocalFigures(Map<String, Double> shares, double requested, double delivered) {}

    public record CollectiveFigures(int members, double hours, double hoursPerMember, double hoursCap) {}

    /** One production (assembly = collective) or delivery (assembly = local, with priority) line. */
    public record Line(String assembly, String product, String priority, double quantity) {}
}
