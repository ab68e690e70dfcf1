package org.veche.planner.analysis;

import java.util.HashMap;
import java.util.Map;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Technology;
import org.veche.model.plan.Delivery;
import org.veche.model.plan.NeedRef;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;
import org.veche.model.plan.TechnologyRef;

/** A plan's quantities looked up by technology and need; what the plan leaves out is 0. */
final class PlanQuantities {

    private final Map<TechnologyRef, Double> production;
    private final Map<NeedRef, Double> deliveries;

    private PlanQuantities(Map<TechnologyRef, Double> production, Map<NeedRef, Double> deliveries) {
        this.production = production;
        this.deliveries = deliveries;
    }

    /** Throws if the plan names a technology or need the economy does not have, or names one twice. */
    static PlanQuantities of(Economy economy, Plan plan) {
        Map<TechnologyRef, Double> production = new HashMap<>(economy.technologyCount() * 2);
        for (Collective collective : economy.collectives()) {
            for (Technology technology : collective.technologies()) {
                production.put(new TechnologyRef(collective.id(), technology.product()), 0.0);
            }
        }
        for (Production p : plan.production()) {
            TechnologyRef ref = new TechnologyRef(p.collective(), p.product());
            Double previous = production.put(ref, finite(p.quantity(), "production " + ref));
            if (previous == null) {
                throw new IllegalArgumentException("The plan produces " + ref + " but collective '" + p.collective()
                        + "' has no technology for '" + p.product() + "' in economy '" + economy.name()
                        + "'. Was the plan made for another economy?");
            }
        }
        Map<NeedRef, Double> deliveries = new HashMap<>(economy.needCount() * 2);
        for (Local local : economy.locals()) {
            for (Need need : local.needs()) {
                deliveries.put(new NeedRef(local.id(), need.product(), need.priority()), 0.0);
            }
        }
        for (Delivery d : plan.deliveries()) {
            NeedRef ref = new NeedRef(d.local(), d.product(), d.priority());
            Double previous = deliveries.put(ref, finite(d.quantity(), "delivery " + ref));
            if (previous == null) {
                throw new IllegalArgumentException("The plan delivers " + ref + " but local '" + d.local()
                        + "' has no such need in economy '" + economy.name()
                        + "'. Was the plan made for another economy?");
            }
        }
        return new PlanQuantities(production, deliveries);
    }

    private static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("The plan's " + what + " is " + value + "; quantities must be finite.");
        }
        return value;
    }

    double produced(Collective collective, Technology technology) {
        return production.get(new TechnologyRef(collective.id(), technology.product()));
    }

    double delivered(Local local, Need need) {
        return deliveries.get(new NeedRef(local.id(), need.product(), need.priority()));
    }

    Map<TechnologyRef, Double> production() {
        return production;
    }
}
