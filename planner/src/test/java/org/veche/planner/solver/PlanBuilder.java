package org.veche.planner.solver;

import org.veche.model.Economy;
import org.veche.model.plan.StabilityReference;

/** A planning problem with chosen quantities: {@code aPlan(economy).produce("bakery", "bread", 10).build()}. */
final class PlanBuilder {

    private final ProductionPlan plan;

    private PlanBuilder(ProductionPlan plan) {
        this.plan = plan;
    }

    static PlanBuilder aPlan(Economy economy) {
        return new PlanBuilder(ProductionPlans.of(economy, StabilityReference.NONE));
    }

    static PlanBuilder aPlan(Economy economy, StabilityReference stability) {
        return new PlanBuilder(ProductionPlans.of(economy, stability));
    }

    PlanBuilder produce(String collective, String product, double quantity) {
        plan.lines().stream()
                .filter(line -> line.ref().collective().equals(collective) && line.ref().product().equals(product))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No technology " + collective + "/" + product))
                .setQuantity(quantity);
        return this;
    }

    ProductionPlan build() {
        return plan;
    }
}
