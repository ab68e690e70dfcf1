package org.veche.planner.solver;

/**
 * u(r) of SPEC §3: concave, piecewise linear, four quarter segments with slopes 4, 3, 2, 1.
 * u(1) = 2.5.
 */
final class ShareValue {

    static final double[] SLOPES = {4, 3, 2, 1};
    static final double QUARTER = 0.25;

    private ShareValue() {}

    static double of(double share) {
        double value = 0;
        for (int k = 0; k < SLOPES.length; k++) {
            value += SLOPES[k] * clamp(share - k * QUARTER);
        }
        return value;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(QUARTER, value));
    }
}
