package org.veche.model.plan;

import java.util.Objects;
import org.veche.model.Priority;

/** y_n: what a local receives for one of its needs. */
public record Delivery(String local, String product, Priority priority, double quantity) {
    public Delivery {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(priority, "priority");
    }
}
