package org.veche.planner.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veche.model.Economy;
import org.veche.model.Product;
import org.veche.model.plan.Plan;

/**
 * What a plan must also tell (SPEC §3): product flows and labour values, each collective's hours,
 * each local's deliveries, and the plan-wide metrics. It reads the plan as it is and judges nothing:
 * feasibility is {@code PlanCheck}'s to say.
 */
public final class PlanAnalysis {

    private PlanAnalysis() {}

    /**
     * @param valuations the LP's dual valuations, product id to labour hours one more unit would cost
     *     (may leave products out; must not name unknown ones)
     * @throws IllegalArgumentException if the plan or the valuations name something the economy lacks
     * @throws LabourValueException if the plan's average technology is not productive
     */
    public static PlanReport analyse(Economy economy, Plan plan, Map<String, Double> valuations) {
        PlanQuantities quantities = PlanQuantities.of(economy, plan);
        List<CollectiveReport> collectives = CollectiveReports.of(economy, quantities);
        List<LocalReport> locals = LocalReports.of(economy, quantities);
        return new PlanReport(
                economy.name(),
                ProductFlows.of(economy, quantities),
                collectives,
                locals,
                PlanMetricsCalculation.of(economy, quantities, collectives, locals),
                LabourValues.of(economy, quantities.production()),
                inProductOrder(economy, valuations));
    }

    private static Map<String, Double> inProductOrder(Economy economy, Map<String, Double> valuations) {
        valuations.forEach((product, value) -> {
            economy.requireProduct(product);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("The valuation of product '" + product + "' is " + value
                        + "; valuations must be finite.");
            }
        });
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (Product product : economy.products()) {
            Double value = valuations.get(product.id());
            if (value != null) {
                ordered.put(product.id(), value);
            }
        }
        return ordered;
    }
}
