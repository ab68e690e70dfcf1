package org.veche.planner;

import ai.timefold.solver.core.api.score.buildin.bendablebigdecimal.BendableBigDecimalScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.veche.model.Economy;
import org.veche.planner.lp.LpPhase;
import org.veche.planner.lp.LpSolution;
import org.veche.planner.solver.LinearProgram;
import org.veche.planner.solver.PlanReadout;
import org.veche.planner.solver.ProductionPlan;
import org.veche.planner.solver.ProductionPlans;
import org.veche.planner.solver.SolveBudget;
import org.veche.planner.solver.SolverSetup;

/**
 * Solves an economy into a plan: Timefold with the exact LP as its first phase (SPEC §3). Thread
 * safe: each call builds its own solver, so a server may call it from worker threads.
 */
public final class Planner {

    private final LinearProgram lp;

    /** The planner with the exact LP on OR-Tools ({@link LpPhase}). */
    public Planner() {
        this(LpPhase::solve);
    }

    public Planner(LinearProgram lp) {
        this.lp = lp;
    }

    public SolvedPlan solve(Economy economy, SolveOptions options) {
        long start = System.nanoTime();
        ProductionPlan problem = ProductionPlans.of(economy, options.stability());
        SolverSetup setup = SolverSetup.of(problem, lp, new SolveBudget(start, options.timeLimit()),
                text -> options.notes().accept(new SolveNote(since(start), text)));
        SolverFactory<ProductionPlan> factory = SolverFactory.create(setup.config());
        Solver<ProductionPlan> solver = factory.buildSolver();
        solver.addEventListener(event -> options.progress().accept(
                new Progress(PlanReadout.score(event.getNewBestSolution()), since(start))));
        ProductionPlan best;
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("veche-solve-end").daemon().factory());
        try {
            setup.onSearchEnd(end -> clock.schedule(solver::terminateEarly, end - System.nanoTime(), TimeUnit.NANOSECONDS));
            best = solver.solve(problem);
        } finally {
            clock.shutdownNow();
        }
        SolutionManager<ProductionPlan, BendableBigDecimalScore> manager = SolutionManager.create(factory);
        String explanation = manager.analyze(best).summarize();
        LpSolution relaxation = setup.lpSolution().orElseThrow(() -> new IllegalStateException(
                "The LP phase did not run for economy '" + economy.name() + "'; the time limit may be too short."));
        return new SolvedPlan(PlanReadout.plan(best), PlanReadout.score(best), relaxation, explanation, since(start));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
