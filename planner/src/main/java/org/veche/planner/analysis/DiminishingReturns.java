package org.veche.planner.analysis;

/**
 * u(r) of SPEC §3: concave and piecewise linear, slopes 4, 3, 2, 1 on the quarters of [0, 1];
 * u(1) = 2.5. Shares outside [0, 1] are clamped: serving more than asked earns nothing more.
 */
final class DiminishingReturns {

    private DiminishingReturns() {}

    static double u(double share) {
        double r = Math.max(0, Math.min(1, share));
        return 4 * Math.min(r, 0.25) + 3 * quarter(r - 0.25) + 2 * quarter(r - 0.5) + quarter(r - 0.75);
    }

    private static double quarter(double x) {
        return Math.max(0, Math.min(0.25, x));
    }
}
