package org.veche.planner.lp;

/**
 * u(r) of SPEC §3: concave and piecewise linear over four quarters with slopes 4, 3, 2, 1, so
 * u(1) = 2.5. The LP carries one variable per quarter; concavity makes them fill in order.
 */
public final class ShareUtility {

    /** Slope of u on each quarter of the share. */
    static final double[] SLOPES = {4, 3, 2, 1};
    static final double QUARTER = 0.25;

    /**
     * The parabola through u at the quarter points, {@code SMOOTH_LINEAR·r − SMOOTH_QUADRATIC·r²}
     * (4.5r − 2r²: its slope falls linearly from 4.5 to 0.5 and averages 4, 3, 2, 1 over the
     * quarters). It lies above u between the quarter points by at most 1/32, at their middles.
     * PDLP solves the needs level with it in place of the four segments ({@link FirstOrderNeeds}).
     */
    static final double SMOOTH_LINEAR = SLOPES[0] + (SLOPES[0] - SLOPES[1]) / 2;

    /** See {@link #SMOOTH_LINEAR}. */
    static final double SMOOTH_QUADRATIC = (SLOPES[0] - SLOPES[1]) / (2 * QUARTER);

    private ShareUtility() {}

    /** The parabola of {@link #SMOOTH_LINEAR} at {@code share}. */
    static double smooth(double share) {
        return SMOOTH_LINEAR * share - SMOOTH_QUADRATIC * share * share;
    }

    public static double u(double share) {
        double value = 0;
        for (int k = 0; k < SLOPES.length; k++) {
            value += SLOPES[k] * Math.clamp(share - k * QUARTER, 0, QUARTER);
        }
        return value;
    }

    /** The slope of u just above {@code share}: the needs gained per unit of share for the next sliver. */
    public static double marginalSlope(double share) {
        int k = (int) Math.floor(share / QUARTER + 1e-9);
        return k >= SLOPES.length ? 0 : SLOPES[k];
    }
}
