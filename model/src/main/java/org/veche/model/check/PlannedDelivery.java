package org.veche.model.check;

import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.plan.NeedGroup;
import org.veche.model.plan.NeedRef;

/** One need of the economy with the delivery y_n the plan gives it (0 when the plan leaves it out). */
record PlannedDelivery(Local local, Need need, double quantity) {

    NeedRef ref() {
        return new NeedRef(local.id(), need.product(), need.priority());
    }

    NeedGroup group() {
        return new NeedGroup(need.product(), need.priority());
    }
}
