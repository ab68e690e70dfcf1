package org.veche.planner.analysis;

import java.util.Arrays;

/**
 * The Gini coefficient of a list of non-negative values x_1..x_n:
 * G = Σ_i Σ_j |x_i − x_j| / (2·n²·x̄), the mean absolute difference over twice the mean. 0 when all
 * values are equal (including all zero, and a list of one or none); (n − 1)/n when one value holds
 * everything. Computed exactly from the sorted values as G = 2·Σ_i i·x_(i) / (n·Σ x) − (n + 1)/n.
 */
public final class Gini {

    private Gini() {}

    public static double of(double[] values) {
        for (double value : values) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("The Gini coefficient needs finite values of 0 or more, got "
                        + value + ".");
            }
        }
        int n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double total = 0;
        double ranked = 0;
        for (int i = 0; i < n; i++) {
            total += sorted[i];
            ranked += (i + 1) * sorted[i];
        }
        if (total == 0) {
            return 0;
        }
        double g = 2 * ranked / (n * total) - (n + 1.0) / n;
        return Math.max(0, g); // rounding can take equal values a hair below 0
    }
}
