package org.veche.planner.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.veche.planner.lp.LpOptions;
import org.veche.planner.lp.LpSolution;
import org.veche.planner.lp.LpStatus;

/**
 * The first phase: the continuous LP, solved exactly. Its production becomes the working plan; for
 * an economy without discrete choices that plan is already optimal. It ends by the time its
 * {@link SolveBudget} leaves a phase starting when it starts ({@link #AFTER_LP}), so that Timefold's
 * scoring and the analysis after it still fit in the solve's time limit.
 */
final class LpPhaseCommand implements PhaseCommand<ProductionPlan> {

    /**
     * The phase ends this many times the time spent before it ahead of the limit
     * ({@link SolveBudget#endOfWorkStartingAt(long, double)}). At 20,000 products (popular, 60 s),
     * where the LP ran to its limit and left a plan of its need stages, the phase started 2.0 s in
     * and what followed it (Timefold loading and scoring the plan, the score analysis, the readout)
     * took 3.4 s: with the time spent before as the reserve the solve took 61.4 s.
     */
    static final double AFTER_LP = 2;

    private final LinearProgram lp;
    private final LpOptions options;
    private final SolveBudget budget;
    // Kept here, not only in the working plan: the best plan may be a clone taken before this phase.
    private volatile LpSolution result;

    LpPhaseCommand(LinearProgram lp, LpOptions options, SolveBudget budget) {
        this.lp = lp;
        this.options = options;
        this.budget = budget;
    }

    /** The LP solution once the phase ran. */
    Optional<LpSolution> result() {
        return Optional.ofNullable(result);
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<ProductionPlan> director, BooleanSupplier isPhaseTerminated) {
        ProductionPlan plan = director.getWorkingSolution();
        LpSolution solution = lp.solve(plan.economy(), options.withTimeLimit(budget.forWorkStartingAt(System.nanoTime(), AFTER_LP)));
        result = solution;
        if (solution.status() != LpStatus.INFEASIBLE) {
            ProductionLoad.load(director, solution.production());
        }
    }
}
