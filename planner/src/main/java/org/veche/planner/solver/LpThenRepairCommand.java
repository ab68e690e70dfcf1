package org.veche.planner.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * The LP and the discrete repair as one step. Timefold checks the time limit before every phase and
 * every command, so as separate phases a slow LP would leave no time for the repair and the best
 * plan would stay the all-zero start (the fractional LP plan is infeasible). Run together, the
 * repair always starts; it ends, its re-solves included, by {@code repairLimit} after it starts or
 * {@link #AFTER_REPAIR} times the time spent before it ahead of the solve's limit
 * ({@link SolveBudget}), whichever comes first, and its dive {@link #RESERVE_FACTOR} LP phases
 * before that; local search must end then too. With a second core and up to {@link #BESIDE_LIMIT}
 * technologies, the dive's own model is solved beside the LP phase
 * ({@link DiscreteRepairCommand#prepare}).
 */
final class LpThenRepairCommand implements PhaseCommand<ProductionPlan> {

    /**
     * The repair's dive stops this many LP phases before the repair's deadline, so that a dive cut
     * short still leaves time for the full solves that complete its choices (each about as long as
     * the LP phase; at 20,000 products 35–45 s).
     */
    static final int RESERVE_FACTOR = 3;

    /**
     * Up to this many technologies (LP production columns) the dive's model is solved beside the LP
     * phase. At 60,307 (20,000 products) the two solves ran side by side as fast as alone (LP phase
     * about 32 s, against 35 s alone); at 300,159 (100,000 products) the LP phase had not finished
     * after 3,170 s beside the dive's solve, where alone it took 1,307 s: at that size the two GLOP
     * solves contend for memory bandwidth more than the overlap saves.
     */
    static final int BESIDE_LIMIT = 100_000;

    /**
     * This step, and local search after it (ended by {@code Solver.terminateEarly},
     * {@link SolverSetup#onSearchEnd}), end this many times the time spent before the step (building
     * the planning problem, Timefold's first scoring) ahead of the limit, for what comes after them:
     * stopping local search, the score analysis, reading the plan out. At 20,000 products (tiered,
     * discrete, 60 s) the step started 2.6 s in and so ended, with local search, 56.0 s in; what
     * followed took 2.6 s, 58.6 s in all. Before, with local search left to Timefold's own limit
     * (fixed before the solve started) and the step ending as far ahead as the time spent, the same
     * solve took 64.4 s. 2 since session 16 (1.5 before): on the popular structure, where the plan
     * is made from an interior point and the step starts about 2.1 s in, what followed took 2.1 s in
     * one run and 4.4 s in another (61.3 s in all); with 2, 58.1 and 58.3 s (and 58.0 s tiered, the
     * same plan as with 1.5; at 30 s 28.3 s, the same plan).
     */
    static final double AFTER_REPAIR = 2;

    /** Whether the dive's model of {@code problem} is solved beside the LP phase: a second core, up to {@link #BESIDE_LIMIT}. */
    static boolean diveModelBeside(ProductionPlan problem) {
        return Runtime.getRuntime().availableProcessors() > 1 && problem.lines().size() <= BESIDE_LIMIT;
    }

    private final LpPhaseCommand lp;
    private final DiscreteRepairCommand repair;
    private final SolveBudget budget;
    private final Duration repairLimit;
    /** Told, when this starts, when this and the local search after it must end (System.nanoTime). */
    private final LongConsumer onEnd;

    LpThenRepairCommand(LpPhaseCommand lp, DiscreteRepairCommand repair, SolveBudget budget, Duration repairLimit,
            LongConsumer onEnd) {
        this.lp = lp;
        this.repair = repair;
        this.budget = budget;
        this.repairLimit = repairLimit;
        this.onEnd = onEnd;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<ProductionPlan> director, BooleanSupplier isPhaseTerminated) {
        long start = System.nanoTime();
        long end = budget.endOfWorkStartingAt(start, AFTER_REPAIR);
        onEnd.accept(end);
        if (diveModelBeside(director.getWorkingSolution())) {
            repair.prepare(director.getWorkingSolution(), end);
        }
        try {
            lp.changeWorkingSolution(director, isPhaseTerminated);
            long repairStart = System.nanoTime();
            long deadline = Math.min(repairStart + repairLimit.toNanos(), end);
            Duration reserve = Duration.ofNanos(RESERVE_FACTOR * (repairStart - start));
            repair.repair(director, () -> isPhaseTerminated.getAsBoolean() || System.nanoTime() > deadline, deadline,
                    reserve);
        } finally {
            repair.discardPrepared();
        }
    }
}
