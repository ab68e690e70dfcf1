package org.veche.model;

import java.util.Map;
import java.util.Objects;

/**
 * How one collective makes one product. Output is 0 or between {@code minOutput} and
 * {@code maxOutput}; each unit takes {@code labourHours}, emits {@code emissions} and uses
 * {@code inputs} (product id to quantity per unit of output).
 */
public record Technology(
        String product,
        double maxOutput,
        double minOutput,
        double labourHours,
        double emissions,
        Map<String, Double> inputs) {

    public Technology {
        Objects.requireNonNull(product, "product");
        inputs = Map.copyOf(Objects.requireNonNull(inputs, "inputs"));
    }

    public static Technology of(String product, double maxOutput, double labourHours) {
        return new Technology(product, maxOutput, 0, labourHours, 0, Map.of());
    }

    public double input(String productId) {
        return inputs.getOrDefault(productId, 0.0);
    }

    public Technology withMaxOutput(double value) {
        return new Technology(product, value, minOutput, labourHours, emissions, inputs);
    }
}
