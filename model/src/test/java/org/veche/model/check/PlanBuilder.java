package org.veche.model.check;

import java.util.ArrayList;
import java.util.List;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.plan.Delivery;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;

/** Builds plans for tests: starts from every technology and need at 0, then sets quantities. */
final class PlanBuilder {

    private final String economy;
    private final List<Production> production = new ArrayList<>();
    private final List<Delivery> deliveries = new ArrayList<>();

    private PlanBuilder(String economy) {
        this.economy = economy;
    }

    /** Every technology and every need of the economy, at 0: complete, and feasible. */
    static PlanBuilder zeroPlan(Economy economy) {
        PlanBuilder builder = new PlanBuilder(economy.name());
        economy.collectives().forEach(c -> c.technologies()
                .forEach(t -> builder.production.add(new Production(c.id(), t.product(), 0))));
        economy.locals().forEach(l -> l.needs()
                .forEach(n -> builder.deliveries.add(new Delivery(l.id(), n.product(), n.priority(), 0))));
        return builder;
    }

    /** Sets x for a listed technology, or appends an entry when the plan does not list it. */
    PlanBuilder make(String collective, String product, double quantity) {
        Production entry = new Production(collective, product, quantity);
        int i = indexOf(collective, product);
        if (i < 0) {
            production.add(entry);
        } else {
            production.set(i, entry);
        }
        return this;
    }

    /** Sets y for a listed need, or appends an entry when the plan does not list it. */
    PlanBuilder deliver(String local, String product, Priority priority, double quantity) {
        Delivery entry = new Delivery(local, product, priority, quantity);
        for (int i = 0; i < deliveries.size(); i++) {
            Delivery d = deliveries.get(i);
            if (d.local().equals(local) && d.product().equals(product) && d.priority() == priority) {
                deliveries.set(i, entry);
                return this;
            }
        }
        deliveries.add(entry);
        return this;
    }

    /** Appends a second production entry even if one is listed. */
    PlanBuilder alsoMake(String collective, String product, double quantity) {
        production.add(new Production(collective, product, quantity));
        return this;
    }

    PlanBuilder withoutProduction(String collective, String product) {
        production.remove(indexOf(collective, product));
        return this;
    }

    PlanBuilder withoutDeliveries() {
        deliveries.clear();
        return this;
    }

    Plan build() {
        return new Plan(economy, production, deliveries);
    }

    private int indexOf(String collective, String product) {
        for (int i = 0; i < production.size(); i++) {
            if (production.get(i).collective().equals(collective) && production.get(i).product().equals(product)) {
                return i;
            }
        }
        return -1;
    }
}
