package org.veche.planner.lp;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.veche.model.Economy;
import org.veche.model.plan.TechnologyRef;

/**
 * The needs level solved approximately by PDLP, OR-Tools' first-order method (primal-dual hybrid
 * gradient), for economies where the simplex cannot reach the optimum in time. Each PDLP iteration
 * is two products with the constraint matrix, so it does not suffer what slows GLOP's dual simplex
 * on the popular input structure (dense rows of the basis inverse: 86,340 iterations, about 300 s at
 * 20,000 products). Its answer is not a vertex and breaks rows and bounds a little (relative 1e-3 to
 * 1e-2 after tens of seconds), so it is a plan to repair, not a bound and not a basis: the caller
 * makes it whole and feasible ({@code solver.BackedOffCovering}).
 *
 * <p>Measured on the synthetic benchmark at 20,000 popular discrete products (seed 1, LP optimum
 * 1,066,664 needs; two threads): after 15 s its plan, covered, serves 1,022,623 needs (95.9 %);
 * with relative tolerance 1e-2 it ends in 27 s (1,040,925, 97.6 %), with 3e-3 in 55 s (1,058,784,
 * 99.3 %). Through {@link MPSolver#solve} a PDLP stopped by its time limit returns no values at
 * all; {@link MPSolver#solveWithProto} returns the last iterate, so the solve runs on the exported
 * model and always has a plan when the time limit strikes. That call cannot be interrupted: it ends
 * by its time limit or its tolerance. {@code -Dveche.pdlp.extra=...} appends PDLP parameters (text
 * format), for benchmarks; OR-Tools' defaults served the most of those tried
 * ({@code docs/lp-performance.md}).
 */
public final class FirstOrderNeeds {

    /**
     * Relative tolerance of PDLP's optimality test (in its own rescaled measure: a 300-product
     * economy ends 0.2 % below the optimum): tighter than the time it is given ever reaches at the
     * sizes where it is used, so it runs to its time limit there, and small economies end at once.
     */
    static final double TOLERANCE = 1e-4;

    /**
     * The whole needs level takes about this many times as long as the needs of the first priority
     * alone, on the synthetic economies measured at 20,000 products: tiered 2.2–3.0 s (2.5 s
     * presolved) against 27–34 s (11–15×), popular 17.8–23.7 s (presolved or not) against about
     * 300 s (13–17×).
     */
    public static final int WHOLE_PER_FIRST = 15;

    static {
        Loader.loadNativeLibraries();
    }

    /**
     * How long the first priority's solve may take, of {@code leftNanos}, before the whole level
     * after it (about {@link #WHOLE_PER_FIRST} times as long) would end after twice the time then
     * left: past that the exact level is hopeless and the time is better given to this
     * approximation.
     */
    public static long hopelessAfter(long leftNanos) {
        return 2 * leftNanos / (WHOLE_PER_FIRST + 2);
    }

    /**
     * PDLP's plan: every technology's {@code production} (as PDLP left it: it may break bounds and
     * balances a little), its needs {@code objective}, whether it met its tolerance
     * ({@code converged}) or was stopped by the time limit, and what it did in words for logs.
     */
    public record Result(Map<TechnologyRef, Double> production, double objective, boolean converged, String log) {

        public Result {
            production = Map.copyOf(production);
            Objects.requireNonNull(log, "log");
        }
    }

    private FirstOrderNeeds() {}

    /**
     * Solves {@code economy}'s needs level with PDLP on {@code threads} threads for at most
     * {@code timeLimit}; empty if PDLP gave no point at all (the time limit struck while it
     * presolved, or it failed).
     */
    public static Optional<Result> solve(Economy economy, Duration timeLimit, int threads) {
        long start = System.nanoTime();
        MPSolver builder = MPSolver.createSolver("GLOP");
        if (builder == null) {
            throw new IllegalStateException("GLOP is not available in this OR-Tools build. Check the ortools-java"
                    + " native library for this platform.");
        }
        MPModelProto model;
        List<TechnologyRef> technologies;
        try {
            PlanningLp lp = PlanningLp.build(economy, builder); // only to export its model
            lp.setObjective(LevelObjectives.needs(lp));
            model = exported(lp);
            technologies = List.copyOf(lp.technologies);
        } finally {
            builder.delete();
        }
        return solve(model, technologies, timeLimit.minusNanos(System.nanoTime() - start), threads);
    }

    /**
     * Solves {@code model} (a needs level whose first columns are the production of
     * {@code technologies}, in order) as {@link #solve(Economy, Duration, int)} does.
     */
    static Optional<Result> solve(MPModelProto model, List<TechnologyRef> technologies, Duration timeLimit,
            int threads) {
        long start = System.nanoTime();
        double seconds = Math.max(0.1, timeLimit.toNanos() / 1e9);
        String parameters = String.format(Locale.ROOT, "termination_criteria { simple_optimality_criteria {"
                + " eps_optimal_relative: %g eps_optimal_absolute: %g } } num_threads: %d",
                TOLERANCE, TOLERANCE, Math.max(1, threads)) + " " + System.getProperty("veche.pdlp.extra", "");
        MPModelRequest request = MPModelRequest.newBuilder()
                .setModel(model)
                .setSolverType(MPModelRequest.SolverType.PDLP_LINEAR_PROGRAMMING)
                .setSolverSpecificParameters(parameters)
                .setSolverTimeLimitSeconds(seconds)
                .setEnableInternalSolverOutput(Boolean.getBoolean("veche.lp.log"))
                .build();
        MPSolutionResponse response = MPSolver.solveWithProto(request);
        String log = String.format(Locale.ROOT, "PDLP on %d thread(s): %s after %d ms, needs %.1f",
                Math.max(1, threads), response.getStatus(), (System.nanoTime() - start) / 1_000_000,
                response.getObjectiveValue());
        if (response.getVariableValueCount() < technologies.size()) {
            return Optional.empty();
        }
        Map<TechnologyRef, Double> production = new HashMap<>(technologies.size() * 2);
        for (int i = 0; i < technologies.size(); i++) {
            production.put(technologies.get(i), response.getVariableValue(i));
        }
        boolean converged = response.getStatus() == MPSolverResponseStatus.MPSOLVER_OPTIMAL;
        return Optional.of(new Result(production, response.getObjectiveValue(), converged, log));
    }

    /** {@code lp}'s model as it stands, its production columns first ({@link PlanningLp} makes them first). */
    static MPModelProto exported(PlanningLp lp) {
        for (int i = 0; i < lp.x.length; i++) {
            if (lp.x[i].index() != i) {
                throw new IllegalStateException("Production column " + i + " is variable " + lp.x[i].index() + ".");
            }
        }
        return lp.solver.exportModelToProto();
    }
}
