package org.veche.planner.solver;

import java.time.Duration;
import java.util.Objects;

/**
 * The time a whole solve may take, counted from when the planner was called ({@code startNanos},
 * System.nanoTime), and how much of it a piece of work that starts later may use. The work after a
 * phase (Timefold scoring the plan the phase left, then the score analysis and the readout) takes
 * about as long as the work before it (building the planning problem, Timefold's first scoring of
 * it): at 20,000 products (tiered, continuous) 3.8 + 1.9 s after the LP phase against 5.1 s before
 * it. With the LP phase given the whole limit from its own start, a 60 s solve took 73.8 s. So work
 * that starts when t of the limit has passed must end t ahead of the limit, and it keeps at least
 * half of what is left, so that a slow start does not leave it nothing.
 */
public record SolveBudget(long startNanos, Duration limit) {

    public SolveBudget {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }

    /** A budget of {@code limit} from now. */
    public static SolveBudget startingNow(Duration limit) {
        return new SolveBudget(System.nanoTime(), limit);
    }

    /** When the whole solve should be done (System.nanoTime). */
    public long endNanos() {
        return startNanos + limit.toNanos();
    }

    /**
     * When work starting at {@code nowNanos} must end (System.nanoTime): as far ahead of the limit as
     * the time already spent, but no earlier than halfway through what is left.
     */
    public long endOfWorkStartingAt(long nowNanos) {
        return endOfWorkStartingAt(nowNanos, 1);
    }

    /**
     * When work starting at {@code nowNanos} must end if the work after it may take {@code after}
     * times the time already spent: that far ahead of the limit, but no earlier than halfway through
     * what is left ({@link LpThenRepairCommand#AFTER_REPAIR}).
     */
    public long endOfWorkStartingAt(long nowNanos, double after) {
        long spent = Math.max(0, nowNanos - startNanos);
        long left = Math.max(0, endNanos() - nowNanos);
        return nowNanos + Math.max(left - (long) (after * spent), left / 2);
    }

    /** The time from {@code nowNanos} to {@link #endOfWorkStartingAt} it, in whole milliseconds and at least one. */
    public Duration forWorkStartingAt(long nowNanos) {
        return forWorkStartingAt(nowNanos, 1);
    }

    /** The time from {@code nowNanos} to {@link #endOfWorkStartingAt(long, double)} it, in whole milliseconds and at least one. */
    public Duration forWorkStartingAt(long nowNanos, double after) {
        return atLeastAMillisecond(endOfWorkStartingAt(nowNanos, after) - nowNanos);
    }

    /**
     * The time from now until {@code deadlineNanos}, in whole milliseconds and at least one (Timefold
     * and the solvers refuse less).
     */
    static Duration until(long deadlineNanos) {
        return atLeastAMillisecond(deadlineNanos - System.nanoTime());
    }

    private static Duration atLeastAMillisecond(long nanos) {
        return Duration.ofMillis(Math.max(1, nanos / 1_000_000));
    }
}
