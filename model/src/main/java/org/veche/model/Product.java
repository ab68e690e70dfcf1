package org.veche.model;

import java.util.Objects;

/**
 * A good or service. Quantities of a divisible product are real numbers; of an indivisible one,
 * whole numbers. {@code weight} is w_p in the `needs` score level.
 */
public record Product(String id, String name, String unit, boolean divisible, double weight) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
    }

    public static Product divisible(String id, String unit) {
        return new Product(id, id, unit, true, 1);
    }
}
