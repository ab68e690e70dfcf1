package org.veche.model.check;

import java.util.List;

/** A plan read against its economy: every technology and every need once, in the economy's order. */
record PlannedQuantities(List<PlannedRun> runs, List<PlannedDelivery> deliveries) {

    PlannedQuantities {
        runs = List.copyOf(runs);
        deliveries = List.copyOf(deliveries);
    }
}
