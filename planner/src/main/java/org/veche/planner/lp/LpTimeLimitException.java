package org.veche.planner.lp;

/** The LP phase ran out of time before it had any plan to return (only possible with pinned production). */
public final class LpTimeLimitException extends RuntimeException {
    public LpTimeLimitException(String message) {
        super(message);
    }
}
