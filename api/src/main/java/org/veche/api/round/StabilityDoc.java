package org.veche.api.round;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veche.model.Priority;
import org.veche.model.plan.NeedRef;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;

/** The slices accepted in the previous round, as stored with a round (JSON). */
public record StabilityDoc(List<ProductionLine> acceptedProduction, List<DeliveryLine> acceptedDeliveries,
        Map<String, Double> hoursPerUnit) {

    public record ProductionLine(String collective, String product, double quantity) {}

    public record DeliveryLine(String local, String product, String priority, double quantity) {}

    public static final StabilityDoc NONE = new StabilityDoc(List.of(), List.of(), Map.of());

    public StabilityReference reference() {
        Map<TechnologyRef, Double> production = new HashMap<>();
        acceptedProduction.forEach(p -> production.put(new TechnologyRef(p.collective(), p.product()), p.quantity()));
        Map<NeedRef, Double> deliveries = new HashMap<>();
        acceptedDeliveries.forEach(d -> deliveries.put(
                new NeedRef(d.local(), d.product(), Priority.fromId(d.priority()).orElseThrow()), d.quantity()));
        return new StabilityReference(production, deliveries, hoursPerUnit);
    }
}
