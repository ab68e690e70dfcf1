package org.veche.model.plan;

import java.util.Objects;

/** x_cp: what a collective is to produce of one product. */
public record Production(String collective, String product, double quantity) {
    public Production {
        Objects.requireNonNull(collective, "collective");
        Objects.requireNonNull(product, "product");
    }
}
