package org.veche.planner.lp;

/** How a solved level is kept at its optimum while the next levels are solved. */
enum LevelHold {
    /** Reduced-cost fixing where the solver's duals are trusted, else an objective row. */
    OPTIMAL_FACE(LexicographicSolve.RELATIVE_TOLERANCE),
    /** Always an objective row within {@link LexicographicSolve#RELATIVE_TOLERANCE}: the former method. */
    OBJECTIVE_ROW(LexicographicSolve.RELATIVE_TOLERANCE),
    /**
     * An objective row within 1e-12: the exact lexicographic optimum for comparisons in tests, but
     * numerically fragile (solvers often fail to prove the next level optimal).
     */
    TIGHT_OBJECTIVE_ROW(1e-12);

    private final double rowTolerance;

    LevelHold(double rowTolerance) {
        this.rowTolerance = rowTolerance;
    }

    /** Relative slack of the objective row when one is used. */
    double rowTolerance() {
        return rowTolerance;
    }
}
