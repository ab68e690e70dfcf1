package org.veche.planner.analysis;

import java.util.Objects;

/**
 * One need: what was {@code requested}, what the plan {@code delivered}, and {@code share} =
 * delivered / requested (1 when nothing was requested). {@code priority} is its id in files:
 * {@code essential}, {@code important} or {@code desired}.
 */
public record NeedReport(String product, String priority, double requested, double delivered, double share) {

    public NeedReport {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(priority, "priority");
    }
}
