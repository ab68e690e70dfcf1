package org.veche.planner.analysis;

import java.util.ArrayList;
import java.util.List;
import org.veche.model.Priority;
import org.veche.model.plan.Delivery;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;

/** Plans for tests: what is not named is 0. */
final class PlanBuilder {

    private final List<Production> production = new ArrayList<>();
    private final List<Delivery> deliveries = new ArrayList<>();

    static PlanBuilder aPlan() {
        return new PlanBuilder();
    }

    PlanBuilder produce(String collective, String product, double quantity) {
        production.add(new Production(collective, product, quantity));
        return this;
    }

    PlanBuilder deliver(String local, String product, Priority priority, double quantity) {
        deliveries.add(new Delivery(local, product, priority, quantity));
        return this;
    }

    Plan build() {
        return new Plan("test", production, deliveries);
    }
}
