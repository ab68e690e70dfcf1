package org.veche.model.plan;

import java.util.List;
import java.util.Objects;

/**
 * A production plan: a quantity for every technology and a delivery for every need (zero where
 * nothing is produced or delivered). Whether it is feasible, and its score, is
 * {@link org.veche.model.check.PlanCheck}'s to say.
 */
public record Plan(String economy, List<Production> production, List<Delivery> deliveries) {
    public Plan {
        Objects.requireNonNull(economy, "economy");
        production = List.copyOf(production);
        deliveries = List.copyOf(deliveries);
    }
}
