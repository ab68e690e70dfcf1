package org.veche.planner.lp;

/** How the LP phase ended. */
public enum LpStatus {
    /** Proven optimal at every level. */
    OPTIMAL,
    /** Stopped at the time limit with a feasible but unproven plan. */
    FEASIBLE,
    /**
     * Stopped at the time limit before the first level (the needs) had any plan: GLOP's dual
     * simplex has none until it ends. The LP's plan is all zero and bounds nothing; a longer time
     * limit is the remedy (20,000 products on the popular structure need about 5 minutes).
     */
    STOPPED,
    /**
     * Stopped at the time limit before the first level (the needs) ended, with the plan of a stage
     * solved beside it ({@code NeedStages}): the needs of the higher priorities served as well as
     * they can be with only them and some quarters of the next open, the others
     * ({@link LpSolution#unplanned()}) in part, from what is left over. No bound: the whole level's
     * optimum is higher. A longer time limit is the remedy.
     */
    PARTIAL,
    /** No feasible plan exists under the fixed production (the all-zero plan always exists without it). */
    INFEASIBLE
}
