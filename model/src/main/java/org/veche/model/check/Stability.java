package org.veche.model.check;

import java.util.HashMap;
import java.util.Map;
import org.veche.model.plan.NeedRef;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;

/**
 * The `stability` score level: minus the change, in labour hours, of the slices accepted in the
 * previous round (see {@link StabilityReference}). An accepted technology the economy no longer has
 * is skipped: there is no labour coefficient to measure it with. An accepted need the economy no
 * longer has counts as delivered 0 now.
 */
final class Stability {

    private Stability() {}

    static double of(PlannedQuantities plan, StabilityReference reference) {
        if (reference.isEmpty()) {
            return 0;
        }
        Map<TechnologyRef, PlannedRun> runs = new HashMap<>();
        plan.runs().forEach(run -> runs.put(run.ref(), run));
        Map<NeedRef, Double> deliveries = new HashMap<>();
        plan.deliveries().forEach(d -> deliveries.put(d.ref(), d.quantity()));
        double change = 0;
        for (Map.Entry<TechnologyRef, Double> accepted : reference.acceptedProduction().entrySet()) {
            PlannedRun run = runs.get(accepted.getKey());
            if (run != null) {
                change += run.technology().labourHours() * Math.abs(run.quantity() - accepted.getValue());
            }
        }
        for (Map.Entry<NeedRef, Double> accepted : reference.acceptedDeliveries().entrySet()) {
            double now = deliveries.getOrDefault(accepted.getKey(), 0.0);
            change += hoursPerUnit(reference, accepted.getKey()) * Math.abs(now - accepted.getValue());
        }
        return change == 0 ? 0 : -change;
    }

    private static double hoursPerUnit(StabilityReference reference, NeedRef need) {
        Double value = reference.hoursPerUnit().get(need.product());
        if (value == null) {
            throw new IllegalArgumentException("The stability reference accepts delivery " + need
                    + " but has no labour value for product '" + need.product()
                    + "'. Put the previous plan's labour value of every delivered product in hoursPerUnit.");
        }
        return value;
    }
}
