package org.veche.planner.analysis;

import java.util.Objects;

/**
 * How well one priority is served. {@code score} is S_t = Σ_p w_p·u(r_{p,t}) over the
 * {@code products} with demand at this priority, and {@code weight} its W_t; {@code quantityShare} =
 * Σ delivered / Σ requested over all its needs; {@code lowestLocalShare} is the smallest share any
 * local got at this priority, and {@code lowestLocal} that local (the first in economy order on a tie).
 */
public record PriorityMetrics(
        String priority,
        double weight,
        int products,
        double score,
        double requested,
        double delivered,
        double quantityShare,
        double lowestLocalShare,
        String lowestLocal) {

    public PriorityMetrics {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(lowestLocal, "lowestLocal");
    }
}
