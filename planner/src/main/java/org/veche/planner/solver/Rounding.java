package org.veche.planner.solver;

/**
 * Ways to turn a line's relaxed (LP) output into a discrete choice. A minimum-run line that is on
 * and makes a divisible product stays free for the LP (NaN): the re-solve sets its level.
 */
enum Rounding {
    NEAREST,
    UP,
    DOWN;

    /** The fixed quantity for this line, or NaN to leave it to the LP. */
    double of(ProductionLine line, double relaxed) {
        double min = line.technology().minOutput();
        boolean on = switch (this) {
            case NEAREST -> relaxed >= min / 2 && relaxed > 0;
            case UP -> relaxed > 0;
            case DOWN -> relaxed >= min && relaxed > 0;
        };
        if (line.minimumRun() && !on) {
            return 0;
        }
        if (!line.integral()) {
            return Double.NaN;
        }
        double whole = switch (this) {
            case NEAREST -> Math.rint(relaxed);
            case UP -> Math.ceil(relaxed - Quantities.TOLERANCE);
            case DOWN -> Math.floor(relaxed + Quantities.TOLERANCE);
        };
        return Math.min(line.technology().maxOutput(), Math.max(whole, line.minimumRun() ? min : 0));
    }

    /** Whether the relaxed output is already a valid discrete choice, so rounding has nothing to decide. */
    static boolean settled(ProductionLine line, double relaxed) {
        boolean runOk = !line.minimumRun() || relaxed == 0 || !Quantities.exceeds(line.technology().minOutput(), relaxed);
        boolean wholeOk = !line.integral() || Quantities.isWhole(relaxed);
        return runOk && wholeOk;
    }
}
