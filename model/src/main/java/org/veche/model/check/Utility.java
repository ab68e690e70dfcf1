package org.veche.model.check;

/**
 * u(r) of the `needs` score level: concave and piecewise linear, so a plan lifts every product's
 * share before it completes any one of them. Slopes 4, 3, 2, 1 on the quarters of [0, 1];
 * u(¼) = 1, u(½) = 1.75, u(¾) = 2.25, u(1) = 2.5.
 */
public final class Utility {

    /** u(1): the value of a fully served product and priority. */
    public static final double FULL = 2.5;

    private Utility() {}

    /** u(r) = 4·min(r,¼) + 3·clamp(r−¼) + 2·clamp(r−½) + 1·clamp(r−¾), each clamp to [0,¼]. Below 0 it is 0; above 1, 2.5. */
    public static double u(double r) {
        return 4 * quarter(r) + 3 * quarter(r - 0.25) + 2 * quarter(r - 0.5) + quarter(r - 0.75);
    }

    private static double quarter(double value) {
        return Math.min(Math.max(value, 0), 0.25);
    }
}
