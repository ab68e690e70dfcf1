package org.veche.planner.solver;

import ai.timefold.solver.core.api.score.buildin.bendablebigdecimal.BendableBigDecimalScore;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.veche.planner.lp.FirstOrderNeeds;
import org.veche.planner.lp.LpOptions;
import org.veche.planner.lp.LpSolution;
import org.veche.planner.lp.LpStatus;
import org.veche.planner.lp.LpStop;

/**
 * The solver configuration, in code. Phases: the exact LP; then, only when the LP cannot be the
 * answer (discrete choices or a stability reference), the discrete repair (in the LP's step, up to
 * four fifths of the time) and local search with {@link ProductionShifts}, ended by the time limit
 * or when it stops making progress ({@link #termination}).
 */
public final class SolverSetup {

    private final SolverConfig config;
    private final LpPhaseCommand lpPhase;
    private final SearchEnd searchEnd;
    /** The discrete repair, if the problem has discrete choices; null otherwise. */
    private final DiscreteRepairCommand repair;

    private SolverSetup(SolverConfig config, LpPhaseCommand lpPhase, SearchEnd searchEnd, DiscreteRepairCommand repair) {
        this.config = config;
        this.lpPhase = lpPhase;
        this.searchEnd = searchEnd;
        this.repair = repair;
    }

    /**
     * Calls {@code listener} with the time (System.nanoTime) by which the solve should be terminated
     * early ({@code Solver.terminateEarly}), once the first phase knows it: with discrete choices,
     * the end of the LP and repair step, which local search must not outlast either (Timefold's own
     * limit, set before the solve, cannot know how long the solve took to start; see
     * {@link LpThenRepairCommand#AFTER_REPAIR}). Not called without discrete choices.
     */
    public void onSearchEnd(LongConsumer listener) {
        searchEnd.listener = listener;
    }

    /** Hands the first phase's end to whoever {@link #onSearchEnd} registered. */
    private static final class SearchEnd {
        private volatile LongConsumer listener = end -> {};

        void report(long endNanos) {
            listener.accept(endNanos);
        }
    }

    public SolverConfig config() {
        return config;
    }

    /**
     * The first phase's LP solution, once a solver built from {@link #config()} ran it. An LP phase
     * that the dive's model stopped carries that model's approximation if it made one: its point,
     * shares and bound ({@link LpSolution#needsBound}, if its duals proved one).
     */
    public Optional<LpSolution> lpSolution() {
        return lpPhase.result().map(solution -> {
            Optional<FirstOrderNeeds.Result> dive = repair == null ? Optional.empty()
                    : repair.relaxationApproximation();
            return solution.status() == LpStatus.STOPPED && solution.approximate().isEmpty() && dive.isPresent()
                    ? solution.withApproximate(dive.get())
                    : solution;
        });
    }

    /** The configuration for a solve of {@code timeLimit} starting now. */
    public static SolverSetup of(ProductionPlan problem, LinearProgram lp, Duration timeLimit) {
        return of(problem, lp, SolveBudget.startingNow(timeLimit));
    }

    /**
     * The configuration for a solve within {@code budget}, which may have started before (the
     * planning problem built). Timefold's own time limit, from when it starts, ends where the budget
     * ends work starting now, so the score analysis after it still fits.
     */
    public static SolverSetup of(ProductionPlan problem, LinearProgram lp, SolveBudget budget) {
        return of(problem, lp, budget, note -> {});
    }

    /**
     * As {@link #of(ProductionPlan, LinearProgram, SolveBudget)}, telling {@code notes} in words what
     * the work beside the LP phase has ready while it runs (a plan of the needs by priority, a whole
     * plan of the essential needs) and when the LP phase is stopped.
     */
    public static SolverSetup of(ProductionPlan problem, LinearProgram lp, SolveBudget budget, Consumer<String> notes) {
        Duration timeLimit = budget.limit();
        LpOptions lpOptions = LpOptions.DEFAULT.withTimeLimit(timeLimit).withStability(problem.stability())
                .withNotes(notes);
        // The second core is free during the LP phase unless the dive's model is solved beside it.
        boolean coreFree = !problem.hasDiscreteChoices() || !LpThenRepairCommand.diveModelBeside(problem);
        // The dive's model, or else the need stages, may stop the LP phase when they expect it to end
        // long after the limit, and approximate it instead.
        LpStop stop = LpStop.create();
        LpPhaseCommand lpPhase = new LpPhaseCommand(lp, lpOptions.withNeedStages(coreFree).withStop(stop), budget);
        SearchEnd searchEnd = new SearchEnd();
        DiscreteRepairCommand repair = problem.hasDiscreteChoices()
                ? new DiscreteRepairCommand(lp, lpOptions, lpPhase::result, stop) : null;
        List<PhaseConfig> phases = new ArrayList<>();
        phases.add(new CustomPhaseConfig().withCustomPhaseCommands(firstPhase(lpPhase, repair, budget,
                searchEnd::report)));
        if (needsSearch(problem)) {
            phases.add(new LocalSearchPhaseConfig().withMoveSelectorConfig(
                    new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(ProductionShifts.class)));
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(ProductionPlan.class)
                .withEntityClasses(ProductionLine.class)
                .withConstraintProviderClass(VecheConstraintProvider.class)
                .withPhases(phases.toArray(PhaseConfig[]::new))
                .withTerminationConfig(termination(problem, timeLimit)
                        .withSpentLimit(budget.forWorkStartingAt(System.nanoTime())));
        return new SolverSetup(config, lpPhase, searchEnd, repair);
    }

    /**
     * The LP, followed in the same step by the discrete repair when there is something discrete. The
     * repair may take up to four fifths of the time limit: at 20,000 products its dive needs about
     * 400 s, and with half of 900 s it ran out of time and the plan stayed all zero, while local
     * search after a finished repair found nothing there. A repair that ends early leaves the rest
     * to local search as before.
     */
    private static PhaseCommand<ProductionPlan> firstPhase(LpPhaseCommand lpPhase, DiscreteRepairCommand repair,
            SolveBudget budget, LongConsumer searchEnd) {
        if (repair == null) {
            return lpPhase;
        }
        return new LpThenRepairCommand(lpPhase, repair, budget, budget.limit().multipliedBy(4).dividedBy(5), searchEnd);
    }

    /** The LP plan is the optimum unless something is discrete or a previous round must be kept stable. */
    public static boolean needsSearch(ProductionPlan problem) {
        return problem.hasDiscreteChoices() || !problem.stability().isEmpty();
    }

    /**
     * How much the needs must grow within the unimproved limit for local search to go on: a
     * millionth of the needs with every need fully served (the LP's own target is 1e-6 relative).
     * Without it, on a synthetic economy of 300 products (tiered, discrete) local search found a gain
     * of about 1e-8 relative every few seconds and so ran the whole 90 s time limit, for 4.6e-7 in
     * all. Only without a stability reference: stability ranks below the needs, so with this
     * threshold its gains would not count, and in a negotiation round they are what matters.
     */
    static final double NEEDS_PROGRESS = 1e-6;

    /**
     * The time limit (the caller may shorten it to what is left of a {@link SolveBudget}); with local search, also the unimproved limit (a tenth of the time limit) and,
     * without a stability reference, {@link #NEEDS_PROGRESS}. On the solver, not the local search
     * phase: there Timefold 1.32's score-difference termination fails (its history queue is only
     * made when solving starts). The first phase is one step, so only local search is affected.
     */
    static TerminationConfig termination(ProductionPlan problem, Duration timeLimit) {
        TerminationConfig end = new TerminationConfig().withSpentLimit(timeLimit);
        if (!needsSearch(problem)) {
            return end;
        }
        end.setUnimprovedSpentLimit(unimproved(timeLimit));
        if (!problem.stability().isEmpty()) {
            return end;
        }
        double fullyServed = problem.products().stream().flatMap(product -> product.groups().stream())
                .mapToDouble(group -> group.weight() * ShareValue.of(1)).sum();
        BigDecimal needs = BigDecimal.valueOf(NEEDS_PROGRESS * fullyServed);
        BigDecimal[] soft = new BigDecimal[ProductionPlan.SOFT_LEVELS];
        java.util.Arrays.fill(soft, BigDecimal.ZERO);
        soft[0] = needs;
        BigDecimal[] hard = new BigDecimal[ProductionPlan.HARD_LEVELS];
        java.util.Arrays.fill(hard, BigDecimal.ZERO);
        BendableBigDecimalScore threshold = BendableBigDecimalScore.of(hard, soft);
        return end.withUnimprovedScoreDifferenceThreshold(threshold.toString());
    }

    private static Duration unimproved(Duration timeLimit) {
        Duration tenth = timeLimit.dividedBy(10);
        return tenth.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : tenth;
    }
}
