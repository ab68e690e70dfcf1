package org.veche.planner.solver;

import ai.timefold.solver.core.api.score.buildin.bendablebigdecimal.BendableBigDecimalScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.lp.LpOptions;
import org.veche.planner.lp.LpSolution;
import org.veche.planner.lp.LpStatus;

/**
 * The first phase: the continuous LP, solved exactly. Its production becomes the working plan; for
 * an economy without discrete choices that plan is already optimal. When the LP stopped with no
 * plan but left an approximate one (large economies: {@code NeedStages}), that plan is made
 * feasible and taken instead of the all-zero plan. It ends by the time its
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
        Duration limit = budget.forWorkStartingAt(System.nanoTime(), AFTER_LP);
        long end = System.nanoTime() + limit.toNanos();
        LpSolution solution = lp.solve(plan.economy(), options.withTimeLimit(limit));
        result = solution;
        if (solution.status() != LpStatus.INFEASIBLE) {
            ProductionLoad.load(director, solution.production());
        }
        if (!solution.approximate().isEmpty() && !plan.hasDiscreteChoices()) {
            takeApproximation(director, solution, end);
        }
    }

    /**
     * The LP stopped with no plan and left an approximate one (HiGHS's interior point's or PDLP's,
     * made beside it): made feasible by {@link BackedOffCovering} by {@code endNanos} and kept unless
     * the score finds it infeasible (the covering does not look at the emission cap) or it was not
     * made in time; then the all-zero plan stays.
     * With discrete choices the repair does this instead.
     */
    private static void takeApproximation(ScoreDirector<ProductionPlan> director, LpSolution solution, long endNanos) {
        ProductionPlan plan = director.getWorkingSolution();
        long start = System.nanoTime();
        Optional<Map<TechnologyRef, Double>> whole = BackedOffCovering.plan(plan.lines(), solution.approximate(), endNanos);
        boolean feasible = false;
        if (whole.isPresent()) {
            ProductionLoad.load(director, whole.get());
            feasible = score(director).isFeasible();
            if (!feasible) {
                ProductionLoad.load(director, solution.production());
            }
        }
        if (Boolean.getBoolean("veche.repair.log")) {
            System.err.printf(java.util.Locale.ROOT, "veche: LP phase: the approximate plan made feasible in %d ms: %s%n",
                    (System.nanoTime() - start) / 1_000_000, feasible ? "taken"
                            : whole.isPresent() ? "not feasible, left out" : "not in time, left out");
        }
    }

    @SuppressWarnings("unchecked")
    private static BendableBigDecimalScore score(ScoreDirector<ProductionPlan> director) {
        // The public ScoreDirector cannot score a plan; the inner one is the same director.
        return ((InnerScoreDirector<ProductionPlan, BendableBigDecimalScore>) director).calculateScore().raw();
    }
}
