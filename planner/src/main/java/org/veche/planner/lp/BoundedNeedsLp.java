package org.veche.planner.lp;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolver.ResultStatus;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;

/**
 * The needs level of the planning LP, built once and kept warm for many solves that differ only in
 * the bounds of production columns: the discrete repair's trials. GLOP without preprocessing keeps
 * its basis from one solve to the next, so after a few bound changes the dual simplex continues
 * from the previous optimum (tenths of a second at 2,000 products where a cold lexicographic solve
 * takes seconds). Only the needs level: the later levels are for the one full solve at the end.
 * Not thread safe, but for {@link #interrupt}; close it to free the native model.
 */
public final class BoundedNeedsLp implements AutoCloseable {

    /**
     * Dual simplex: a bound change keeps the basis dual feasible. No preprocessing, or the presolved
     * model would change with every bound and the basis could not be reused. The feasibility
     * tolerance is {@link SolverParameters}' (the needs vertex can need a shift of a few 1e-6).
     * GLOP's own verdict on its tolerances is off ({@code change_status_to_imprecise: false}):
     * after about 40 warm solves at 20,000 products the cost perturbations the dual simplex piles
     * up pass 1e-4 (5.8e-4, with a primal infeasibility of 1e-7), GLOP calls every later optimum
     * IMPRECISE, and the dive ran out of choices. The duals are not used here; the primal plan is
     * checked instead, by {@link #FEASIBILITY}.
     */
    static final String PARAMETERS = "use_dual_simplex: true use_preprocessing: false"
            + " solution_feasibility_tolerance: 1e-4 change_status_to_imprecise: false";

    /** How far (absolute) a solution may break a row or a bound and still count as optimal. */
    static final double FEASIBILITY = 1e-4;

    static {
        Loader.loadNativeLibraries();
    }

    /**
     * How a solve ended. {@code STOPPED}: the time limit struck; {@code ABNORMAL}: GLOP failed
     * numerically. Neither proves anything about the bounds.
     */
    public enum Status {
        OPTIMAL,
        INFEASIBLE,
        STOPPED,
        ABNORMAL
    }

    /** A solve's outcome; {@code production} (every technology) and {@code needs} only when optimal. */
    public record Result(Status status, double needs, Map<TechnologyRef, Double> production) {

        public Result {
            Objects.requireNonNull(status, "status");
            production = Map.copyOf(production);
        }

        public boolean optimal() {
            return status == Status.OPTIMAL;
        }

        public double production(TechnologyRef technology) {
            return production.getOrDefault(technology, 0.0);
        }

        /** A solve that did not run or was stopped: nothing proved. */
        public static Result stopped() {
            return failed(Status.STOPPED);
        }

        static Result failed(Status status) {
            return new Result(status, 0, Map.of());
        }
    }

    final PlanningLp lp; // package-private for tests
    private final LevelObjective needs;
    private boolean closed;

    private BoundedNeedsLp(PlanningLp lp) {
        this.lp = lp;
        this.needs = LevelObjectives.needs(lp);
        lp.setObjective(needs);
    }

    /**
     * The needs LP of {@code economy}, every production column in [0, maxOutput].
     *
     * @throws IllegalStateException if this OR-Tools build has no GLOP
     */
    public static BoundedNeedsLp of(Economy economy) {
        MPSolver solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            throw new IllegalStateException("GLOP is not available in this OR-Tools build. Check the ortools-java"
                    + " native library for this platform.");
        }
        solver.suppressOutput();
        return new BoundedNeedsLp(PlanningLp.build(economy, solver));
    }

    /**
     * Bounds a technology's production to [lower, upper] until the next {@link #bound} or
     * {@link #release} of it.
     *
     * @throws IllegalArgumentException for an unknown technology or bounds outside [0, maxOutput]
     */
    public void bound(TechnologyRef technology, double lower, double upper) {
        int i = index(technology);
        double max = lp.technologyData.get(i).maxOutput();
        if (!(0 <= lower && lower <= upper && upper <= max)) {
            throw new IllegalArgumentException("Bounds [" + lower + ", " + upper + "] for technology '" + technology
                    + "' are outside [0, " + max + "] (its maxOutput) or reversed.");
        }
        lp.x[i].setBounds(lower, upper);
    }

    /** Back to [0, maxOutput]. */
    public void release(TechnologyRef technology) {
        int i = index(technology);
        lp.x[i].setBounds(0, lp.technologyData.get(i).maxOutput());
    }

    /**
     * Serves only the needs of {@code priorities} from now on: the share segments of every other
     * priority are bounded to zero until {@link #serveAll}. A solve then plans those needs alone,
     * much sooner than the whole level where that is slow ({@link NeedStages}).
     */
    public void serveOnly(Set<Priority> priorities) {
        for (int g = 0; g < lp.groups.size(); g++) {
            double upper = priorities.contains(lp.groups.get(g).priority()) ? ShareUtility.QUARTER : 0;
            for (MPVariable segment : lp.segments[g]) {
                segment.setUb(upper);
            }
        }
    }

    /** Serves every need again, after {@link #serveOnly}. */
    public void serveAll() {
        serveOnly(EnumSet.allOf(Priority.class));
    }

    /** Re-solves the needs level under the current bounds, warm from the previous solve. */
    public Result solve(Duration timeLimit) {
        return solve(timeLimit, PARAMETERS);
    }

    /**
     * Solves from scratch with GLOP's presolve (the basis is lost), for a solve with many columns
     * pinned that nothing continues warm from.
     */
    public Result solvePresolved(Duration timeLimit) {
        lp.solver.reset();
        return solve(timeLimit, PARAMETERS.replace("use_preprocessing: false", "use_preprocessing: true"));
    }

    private Result solve(Duration timeLimit, String parameters) {
        if (closed) {
            throw new IllegalStateException("This BoundedNeedsLp is closed.");
        }
        boolean glopLog = Boolean.getBoolean("veche.repair.glop.log");
        if (glopLog) {
            lp.solver.enableOutput();
        }
        lp.solver.setSolverSpecificParametersAsString(parameters + (glopLog ? " log_search_progress: true" : ""));
        lp.solver.setTimeLimit(Math.max(1, timeLimit.toMillis()));
        ResultStatus result;
        try {
            result = lp.solver.solve();
        } catch (IllegalArgumentException unknownStatus) {
            return Result.failed(Status.STOPPED); // see LexicographicSolve.solverResult
        }
        return switch (result) {
            case OPTIMAL -> lp.solver.verifySolution(FEASIBILITY, false)
                    ? new Result(Status.OPTIMAL, needs.value(), production())
                    : Result.failed(Status.ABNORMAL);
            case INFEASIBLE -> Result.failed(Status.INFEASIBLE);
            case ABNORMAL, UNBOUNDED, MODEL_INVALID -> Result.failed(Status.ABNORMAL);
            default -> Result.failed(Status.STOPPED);
        };
    }

    /**
     * The full plan under the current bounds: the needs level (warm from the last {@link #solve}, so
     * no cold start), then stability towards {@code stability}, labour hours and emissions, each held
     * at its optimum as in {@link LpPhase}. Meant for the end of the discrete dive, where a cold
     * lexicographic solve with the same bounds took 88 s at 20,000 products. Closes nothing; after
     * it the model carries the levels' holds, so only {@link #close} should follow.
     */
    public LpSolution solveAllLevels(StabilityReference stability, Duration timeLimit) {
        if (closed) {
            throw new IllegalStateException("This BoundedNeedsLp is closed.");
        }
        long start = System.nanoTime();
        Set<TechnologyRef> bounded = new HashSet<>();
        for (int i = 0; i < lp.x.length; i++) {
            if (lp.x[i].lb() > 0 || lp.x[i].ub() < lp.technologyData.get(i).maxOutput()) {
                bounded.add(lp.technologies.get(i));
            }
        }
        List<LevelObjective> levels = LexicographicSolve.nonEmpty(List.of(needs,
                StabilityTerms.build(lp, stability), LevelObjectives.labourHours(lp), LevelObjectives.emissions(lp)));
        LexicographicSolve solve = new LexicographicSolve(lp, timeLimit, bounded, LevelHold.OPTIMAL_FACE, true);
        Optional<LexicographicSolve> solved = solve.run(levels);
        LpDiagnostics diagnostics = new LpDiagnostics(lp.solver.numConstraints(), lp.solver.numVariables(), 0,
                (System.nanoTime() - start) / 1_000_000, lp.solver.solverVersion() + " " + solve.levelLog());
        return solved.map(s -> s.toSolution(diagnostics)).orElseGet(() -> LpSolution.infeasible(diagnostics));
    }

    /**
     * This model as it stands (bounds and {@link #serveOnly} included) solved approximately on a copy,
     * by HiGHS's interior point or else PDLP ({@link InteriorNeeds#approximate}, PDLP on
     * {@code threads} threads): the model and its basis here are not touched. Not interruptible: it
     * ends by {@code timeLimit}.
     */
    public Optional<FirstOrderNeeds.Result> solveApproximately(Duration timeLimit, int threads) {
        return solveApproximately(timeLimit, threads, () -> false);
    }

    /**
     * As {@link #solveApproximately(Duration, int)}; HiGHS's interior point stops as soon as
     * {@code interrupted} says so (PDLP only at its time limit).
     */
    public Optional<FirstOrderNeeds.Result> solveApproximately(Duration timeLimit, int threads,
            BooleanSupplier interrupted) {
        if (closed) {
            throw new IllegalStateException("This BoundedNeedsLp is closed.");
        }
        return InteriorNeeds.approximate(lp, timeLimit, threads, interrupted);
    }

    private Map<TechnologyRef, Double> production() {
        Map<TechnologyRef, Double> production = new HashMap<>(lp.x.length * 2);
        for (int i = 0; i < lp.x.length; i++) {
            production.put(lp.technologies.get(i), lp.x[i].solutionValue());
        }
        return production;
    }

    private int index(TechnologyRef technology) {
        return lp.technology(technology).orElseThrow(() -> new IllegalArgumentException(
                "Unknown technology '" + technology + "'. Maybe collective '" + technology.collective()
                        + "' has no technology for product '" + technology.product() + "'?"));
    }

    /**
     * Forgets the warm basis: the next {@link #solve} starts cold. For a solver state gone bad (a
     * re-solve that stalled until its time limit).
     */
    public void forgetBasis() {
        lp.solver.reset();
    }

    /**
     * Asks a {@link #solve} running on another thread to stop (it then ends STOPPED or ABNORMAL);
     * false if the solver cannot be interrupted.
     */
    public synchronized boolean interrupt() {
        return !closed && lp.solver.interruptSolve();
    }

    /** Frees the native model; further solves fail. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            lp.solver.delete();
        }
    }
}
