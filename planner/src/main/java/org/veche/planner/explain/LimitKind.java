package org.veche.planner.explain;

/** What keeps a need group from being fully served. */
public enum LimitKind {
    /** Technologies make the product (or a short input) at their maximum output. */
    CAPACITY,
    /** A collective's working-time cap binds. */
    WORKING_TIME,
    /** The policy's emission cap binds. */
    EMISSION_CAP,
    /** Production the caller pinned (a discrete choice) holds the product back. */
    FIXED_PRODUCTION,
    /** The same product serves a higher priority fully while this group is short. */
    HIGHER_PRIORITIES,
    /** No technology with maxOutput above 0 makes the product. */
    NOTHING_MAKES_IT,
    /** No single binding limit could be traced (e.g. the solver gave no duals for a large economy). */
    UNTRACED,
    /**
     * The solve's time limit struck before the LP planned this priority: nothing was planned
     * ({@code LpStatus.STOPPED}), or only higher priorities ({@code LpStatus.PARTIAL}), or the
     * approximation of the LP made in its place served the group nearly in full.
     */
    TIME_LIMIT;

    /** The kind as the exchange formats write it: {@code working-time}, {@code time-limit}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
