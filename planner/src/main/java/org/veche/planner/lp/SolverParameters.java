package org.veche.planner.lp;

import com.google.ortools.linearsolver.MPSolver;

/**
 * Solver-specific parameters per level. The first level starts cold: GLOP's dual simplex is many
 * times faster there than its default primal (the all-slack basis is dual feasible). Later levels
 * start warm from the previous level's optimal basis, which stays primal feasible after
 * reduced-cost fixing, so the primal simplex continues from it, without presolve: presolve would
 * throw the warm basis away (GLOP maps it into the presolved problem and starts the next level
 * from slacks), and on the face left by reduced-cost fixing its doubleton-row eliminations chain
 * into coefficients of 1e-19 and a false INFEASIBLE (seen at 5,000 and 20,000 products; see
 * docs/lp-performance.md). HiGHS (through OR-Tools 9.15) is
 * rebuilt from scratch at every level anyway. Every level accepts a final primal residual of 1e-4
 * (absolute; GLOP's default 1e-6 is the check after the solve, not the algorithm's tolerance):
 * the needs level's vertex can need a right-hand-side shift of a few 1e-6 on quantities of 1e4, and
 * with thousands of columns fixed on its optimal face so can the next; GLOP would report that as
 * IMPRECISE and OR-Tools as ABNORMAL.
 * {@code veche.lp.glop.first}, {@code veche.lp.glop.later} and {@code veche.lp.highs} override the
 * strings for benchmarks.
 */
final class SolverParameters {

    static final String GLOP_FIRST = "use_dual_simplex: true solution_feasibility_tolerance: 1e-4";
    static final String GLOP_LATER = "use_dual_simplex: false solution_feasibility_tolerance: 1e-4 use_preprocessing: false";
    static final String HIGHS = "solver = ipm\n";
    /**
     * From the third level on, the basis handed over is the level above's optimal basis, solved
     * without presolve, so GLOP gets it whole. GLOP still estimates an upper bound of its condition
     * number and falls back to the all-slack basis above 1e50; on the popular benchmark structure
     * that estimate is 2.5e51 for the labour level's optimal basis, and the fallback costs 24,503
     * phase-1 iterations (68 s at 20,000 products) for a level that then needs none. The second
     * level keeps the check: its basis is mapped back from the first level's presolved problem and
     * incomplete, and forcing it in made the labour level slower (12.8 s against 4.3 s, 5,000
     * products).
     */
    static final String GLOP_WARM = " initial_condition_number_threshold: 1e300";

    private SolverParameters() {}

    /**
     * Sets the parameters for a first level whose optimal basis the solver already holds (GLOP only):
     * the discrete dive's ({@link BoundedNeedsLp#PARAMETERS}), so the basis is kept; returns the label.
     */
    static String applyWarmFirst(MPSolver solver) {
        solver.setSolverSpecificParametersAsString(BoundedNeedsLp.PARAMETERS);
        return "GLOP [" + BoundedNeedsLp.PARAMETERS + "]";
    }

    /**
     * Sets the parameters for level {@code level} (0 = first) on {@code solver}; returns the solver
     * and its parameters as a label for the diagnostics, e.g. "GLOP [use_dual_simplex: true]".
     */
    static String apply(MPSolver solver, int level) {
        boolean glop = LpPhase.isGlop(solver);
        String parameters;
        if (glop) {
            parameters = level == 0
                    ? System.getProperty("veche.lp.glop.first", GLOP_FIRST)
                    : System.getProperty("veche.lp.glop.later", GLOP_LATER) + (level >= 2 ? GLOP_WARM : "");
        } else {
            parameters = System.getProperty("veche.lp.highs", HIGHS).replace("\\n", "\n");
        }
        // For HiGHS, OR-Tools stores the string and HiGHS parses it at solve time, though the call returns false.
        solver.setSolverSpecificParametersAsString(parameters);
        return (glop ? "GLOP" : "HiGHS") + " [" + parameters.strip().replace("\n", ", ") + "]";
    }
}
