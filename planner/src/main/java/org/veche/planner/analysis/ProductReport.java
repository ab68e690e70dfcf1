package org.veche.planner.analysis;

import java.util.Objects;

/**
 * What happens to one product in the plan: total {@code output}; {@code intermediateUse} as inputs of
 * all production; {@code finalDeliveries} to locals (of {@code requested}); {@code surplus} = output −
 * intermediate use − final deliveries (below 0 only in an infeasible plan).
 */
public record ProductReport(
        String product,
        String unit,
        double output,
        double intermediateUse,
        double finalDeliveries,
        double requested,
        double surplus) {

    public ProductReport {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(unit, "unit");
    }
}
