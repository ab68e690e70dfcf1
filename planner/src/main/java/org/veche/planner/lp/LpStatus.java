package org.veche.planner.lp;

/** How the LP phase ended. */
public enum LpStatus {
    /** Proven optimal at every level. */
    OPTIMAL,
    /** Stopped at the time limit with a feasible but unproven plan. */
    FEASIBLE,
    /** No feasible plan exists under the fixed production (the all-zero plan always exists without it). */
    INFEASIBLE
}
