package org.veche.model.plan;

import java.util.Map;

/**
 * What the `stability` score level compares a new plan with: the slices that assemblies accepted in
 * the previous round. Stability = −(Σ over accepted production l_cp·|x_cp − x'_cp| + Σ over accepted
 * deliveries v_p·|y_n − y'_n|), in labour hours. l_cp comes from the technology; v_p, the previous
 * plan's labour value of product p, from {@code hoursPerUnit}.
 */
public record StabilityReference(
        Map<TechnologyRef, Double> acceptedProduction,
        Map<NeedRef, Double> acceptedDeliveries,
        Map<String, Double> hoursPerUnit) {

    public static final StabilityReference NONE = new StabilityReference(Map.of(), Map.of(), Map.of());

    public StabilityReference {
        acceptedProduction = Map.copyOf(acceptedProduction);
        acceptedDeliveries = Map.copyOf(acceptedDeliveries);
        hoursPerUnit = Map.copyOf(hoursPerUnit);
    }

    public boolean isEmpty() {
        return acceptedProduction.isEmpty() && acceptedDeliveries.isEmpty();
    }
}
