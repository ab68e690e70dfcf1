package org.veche.model;

import java.util.Objects;

/** A local's request for a quantity of a product at a priority. */
public record Need(String product, Priority priority, double quantity) {
    public Need {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(priority, "priority");
    }
}
