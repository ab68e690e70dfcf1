package org.veche.planner.solver;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-point conversion for everything the constraint streams add up. Each term is rounded to a
 * fixed number of decimals before it is summed, so incremental sums are exact and do not depend on
 * the order of moves (floating-point sums would drift and corrupt the score).
 */
final class Quantities {

    /** Decimals kept in summed quantities, hours and emissions. */
    static final int SCALE = 9;

    /** Feasibility is judged with this relative tolerance (SPEC §4). */
    static final double TOLERANCE = 1e-6;

    private Quantities() {}

    static BigDecimal exact(double value) {
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** Whether {@code value} is above {@code limit} by more than the tolerance. */
    static boolean exceeds(double value, double limit) {
        return value - limit > TOLERANCE * Math.max(1, Math.abs(limit));
    }

    static boolean exceeds(BigDecimal value, BigDecimal limit) {
        return exceeds(value.doubleValue(), limit.doubleValue());
    }

    static boolean isWhole(double value) {
        return Math.abs(value - Math.rint(value)) <= TOLERANCE * Math.max(1, Math.abs(value));
    }
}
