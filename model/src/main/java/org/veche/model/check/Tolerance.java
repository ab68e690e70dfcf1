package org.veche.model.check;

/** Feasibility is judged with a relative tolerance of 1e-6 (SPEC §4). */
public final class Tolerance {

    /** The relative tolerance of every comparison the plan check makes. */
    public static final double RELATIVE = 1e-6;

    private Tolerance() {}

    /** How far {@code limit} may be passed: 1e-6·max(1, |limit|). */
    public static double slack(double limit) {
        return RELATIVE * Math.max(1, Math.abs(limit));
    }

    /** {@code value ≤ limit} within the tolerance. */
    public static boolean atMost(double value, double limit) {
        return value <= limit + slack(limit);
    }

    /** Two figures agree when they differ by at most 1e-6·max(1, |a|, |b|), e.g. a claimed and a recomputed score. */
    public static boolean agree(double a, double b) {
        return Math.abs(a - b) <= RELATIVE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** A whole number within 1e-6 (absolute), as integrality asks of indivisible products. */
    public static boolean whole(double value) {
        return Math.abs(value - Math.rint(value)) <= RELATIVE;
    }
}
