package org.veche.model.plan;

import java.util.Objects;

/** Names one technology: the collective and the product it makes (at most one per pair). */
public record TechnologyRef(String collective, String product) {
    public TechnologyRef {
        Objects.requireNonNull(collective, "collective");
        Objects.requireNonNull(product, "product");
    }

    @Override
    public String toString() {
        return collective + "/" + product;
    }
}
