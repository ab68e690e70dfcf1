package org.veche.model.check;

import org.veche.model.Collective;
import org.veche.model.Technology;
import org.veche.model.plan.TechnologyRef;

/** One technology of the economy with the quantity x_cp the plan gives it (0 when the plan leaves it out). */
record PlannedRun(Collective collective, Technology technology, double quantity) {

    TechnologyRef ref() {
        return new TechnologyRef(collective.id(), technology.product());
    }

    double hours() {
        return technology.labourHours() * quantity;
    }

    double emissions() {
        return technology.emissions() * quantity;
    }
}
