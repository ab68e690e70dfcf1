package org.veche.planner.lp;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPQuadraticObjective;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.linearsolver.MPVariableProto;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.veche.model.Economy;
import org.veche.model.plan.NeedGroup;
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
 * <p>PDLP does not get the needs level as the simplex does. Each need group's four share segments
 * become one share column, and u (piecewise linear) becomes the parabola through it at the quarter
 * points ({@link ShareUtility#SMOOTH_LINEAR}): a third fewer columns, and a strictly concave
 * objective in the shares, on which the first-order method gets much further in the same time.
 * Measured at 20,000 popular continuous products (seed 1, LP optimum 1,067,772 needs; two threads,
 * the plan then made whole and scored by u): after 15 s 1,038,754 needs (97.3 %), after 30 s
 * 1,061,358 (99.4 %; the segments 98.5 %), after 45 s 1,065,131 (99.75 %); and of the essential
 * quantities 45 %, 71 % and 90 % (the segments 55 % at 30 s). On the segments the discrete economy
 * of the same seed (bound 1,066,664) had 95.9 % after 15 s, and PDLP's relative tolerance 1e-2
 * came after 27 s (97.6 %), 3e-3 after 55 s (99.3 %). The parabola's own optimum is not u's: it
 * lies above u by at most 1/32 of a group's weight, and only where a group is partly served; at
 * 2,000 products, converged, its plan served 329,609 needs where the segments' served 329,601.
 *
 * <p>Through {@link MPSolver#solve} a PDLP stopped by its time limit returns no values at
 * all; {@link MPSolver#solveWithProto} returns the last iterate, so the solve runs on the exported
 * model and always has a plan when the time limit strikes. That call cannot be interrupted: it ends
 * by its time limit or its tolerance. {@code -Dveche.pdlp.extra=...} appends PDLP parameters (text
 * format), for benchmarks; OR-Tools' defaults served the most of those tried
 * ({@code docs/lp-performance.md}).
 */
public final class FirstOrderNeeds {

    /**
     * Relative tolerance of PDLP's optimality test, in its own rescaled measure (a 300-product
     * economy, smoothed, ends 2e-6 below u's optimum after 74 s, its essential needs alone at it
     * after 11 s; on the segments it ended 0.2 % below): tighter than the time it is given ever
     * reaches at the sizes where it is used, so it runs to its time limit there, and small
     * economies end sooner.
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

    /** {@link Result#method} of PDLP's plans and of HiGHS's interior point's ({@link InteriorNeeds}). */
    public static final String PDLP = "PDLP";
    public static final String INTERIOR_POINT = "HiGHS interior point";

    /**
     * An approximate plan: every technology's {@code production} (as the method left it: PDLP's may
     * break bounds and balances a little), the needs level at its shares ({@code objective}, by u, not
     * by the parabola PDLP maximised; as it stood, before the plan is made whole), an upper
     * {@code bound} on the needs level's optimum that the method's duals prove (NaN if none: PDLP's
     * are not used), whether it met its tolerance ({@code converged}) or was stopped by the time
     * limit, the {@code method} that made it ({@link #PDLP} or {@link #INTERIOR_POINT}), and what it
     * did in words for logs, and its {@code shares} per need group, which explain a plan made from
     * it.
     */
    public record Result(Map<TechnologyRef, Double> production, double objective, double bound, boolean converged,
            String method, String log, Map<NeedGroup, Double> shares) {

        public Result {
            production = Map.copyOf(production);
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(log, "log");
            shares = Map.copyOf(shares);
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
        Smoothed model;
        try {
            model = smoothed(PlanningLp.build(economy, builder)); // the builder only exports its model
        } finally {
            builder.delete();
        }
        return solve(model, timeLimit.minusNanos(System.nanoTime() - start), threads);
    }

    /**
     * A needs level smoothed for PDLP ({@link #smoothed}): its model, the technologies of its first
     * columns in order, and each need group (in {@code groups}' order) with its weight
     * ({@code W_t·w_p}), whose share column follows them.
     */
    record Smoothed(MPModelProto model, List<TechnologyRef> technologies, List<NeedGroup> groups, double[] weights) {

        Smoothed {
            technologies = List.copyOf(technologies);
            groups = List.copyOf(groups);
            weights = weights.clone();
        }

        /** u's needs level at PDLP's shares, clamped into [0, 1]. */
        double needs(MPSolutionResponse response) {
            double needs = 0;
            for (int g = 0; g < weights.length; g++) {
                needs += weights[g] * ShareUtility.u(Math.clamp(response.getVariableValue(technologies.size() + g), 0, 1));
            }
            return needs;
        }
    }

    /**
     * Solves {@code smoothed} as {@link #solve(Economy, Duration, int)} does.
     */
    static Optional<Result> solve(Smoothed smoothed, Duration timeLimit, int threads) {
        List<TechnologyRef> technologies = smoothed.technologies();
        long start = System.nanoTime();
        double seconds = Math.max(0.1, timeLimit.toNanos() / 1e9);
        String parameters = String.format(Locale.ROOT, "termination_criteria { simple_optimality_criteria {"
                + " eps_optimal_relative: %g eps_optimal_absolute: %g } } num_threads: %d",
                TOLERANCE, TOLERANCE, Math.max(1, threads)) + " " + System.getProperty("veche.pdlp.extra", "");
        MPModelRequest request = MPModelRequest.newBuilder()
                .setModel(smoothed.model())
                .setSolverType(MPModelRequest.SolverType.PDLP_LINEAR_PROGRAMMING)
                .setSolverSpecificParameters(parameters)
                .setSolverTimeLimitSeconds(seconds)
                .setEnableInternalSolverOutput(Boolean.getBoolean("veche.lp.log"))
                .build();
        MPSolutionResponse response = MPSolver.solveWithProto(request);
        boolean values = response.getVariableValueCount() == smoothed.model().getVariableCount();
        double needs = values ? smoothed.needs(response) : Double.NaN;
        String log = String.format(Locale.ROOT, "PDLP on %d thread(s): %s after %d ms, needs %.1f (smoothed %.1f)",
                Math.max(1, threads), response.getStatus(), (System.nanoTime() - start) / 1_000_000,
                needs, response.getObjectiveValue());
        if (!values) {
            return Optional.empty();
        }
        Map<TechnologyRef, Double> production = new HashMap<>(technologies.size() * 2);
        for (int i = 0; i < technologies.size(); i++) {
            production.put(technologies.get(i), response.getVariableValue(i));
        }
        Map<NeedGroup, Double> shares = new HashMap<>();
        for (int g = 0; g < smoothed.groups().size(); g++) {
            shares.put(smoothed.groups().get(g), Math.clamp(response.getVariableValue(technologies.size() + g), 0, 1));
        }
        boolean converged = response.getStatus() == MPSolverResponseStatus.MPSOLVER_OPTIMAL;
        return Optional.of(new Result(production, needs, Double.NaN, converged, PDLP, log, shares));
    }

    /**
     * {@code lp}'s needs level as it stands (bounds included), smoothed: its production columns first
     * ({@link PlanningLp} makes them first) as they are, then one share column per need group in
     * place of its four segments, bounded by the sum of theirs ({@link BoundedNeedsLp#serveOnly} and
     * the stages open segments in order) and worth the parabola of {@link ShareUtility#SMOOTH_LINEAR}
     * times the group's weight; every row as it is, a segment's coefficient (the group's demand,
     * the same in each of its four) carried by the share.
     *
     * @throws IllegalStateException if a row holds a group's later segment without its first at the
     *     same coefficient (a model this smoothing would change)
     */
    static Smoothed smoothed(PlanningLp lp) {
        for (int i = 0; i < lp.x.length; i++) {
            if (lp.x[i].index() != i) {
                throw new IllegalStateException("Production column " + i + " is variable " + lp.x[i].index() + ".");
            }
        }
        MPModelProto exported = lp.solver.exportModelToProto();
        int[] column = new int[exported.getVariableCount()];
        Arrays.fill(column, -1); // a segment after its group's first: dropped
        int[] first = new int[exported.getVariableCount()];
        Arrays.fill(first, -1); // for such a segment, its group's first segment
        MPModelProto.Builder model = MPModelProto.newBuilder().setMaximize(true);
        for (int i = 0; i < lp.x.length; i++) {
            model.addVariable(exported.getVariable(i).toBuilder().setObjectiveCoefficient(0));
            column[i] = i;
        }
        MPQuadraticObjective.Builder quadratic = MPQuadraticObjective.newBuilder();
        double[] weights = new double[lp.groups.size()];
        for (int g = 0; g < lp.groups.size(); g++) {
            weights[g] = LevelObjectives.weight(lp, g);
            int share = model.getVariableCount();
            double lower = 0;
            double upper = 0;
            for (int k = 0; k < lp.segments[g].length; k++) {
                MPVariable segment = lp.segments[g][k];
                column[segment.index()] = k == 0 ? share : -1;
                first[segment.index()] = k == 0 ? -1 : lp.segments[g][0].index();
                lower += segment.lb();
                upper += segment.ub();
            }
            model.addVariable(MPVariableProto.newBuilder().setLowerBound(lower).setUpperBound(upper)
                    .setObjectiveCoefficient(weights[g] * ShareUtility.SMOOTH_LINEAR));
            quadratic.addQvar1Index(share).addQvar2Index(share).addCoefficient(-weights[g] * ShareUtility.SMOOTH_QUADRATIC);
        }
        for (MPConstraintProto row : exported.getConstraintList()) {
            MPConstraintProto.Builder smoothedRow = MPConstraintProto.newBuilder()
                    .setLowerBound(row.getLowerBound()).setUpperBound(row.getUpperBound());
            Map<Integer, Double> coefficients = null; // of this row, once a dropped segment is met
            for (int j = 0; j < row.getVarIndexCount(); j++) {
                int variable = row.getVarIndex(j);
                if (column[variable] >= 0) {
                    smoothedRow.addVarIndex(column[variable]).addCoefficient(row.getCoefficient(j));
                    continue;
                }
                if (coefficients == null) {
                    coefficients = new HashMap<>();
                    for (int i = 0; i < row.getVarIndexCount(); i++) {
                        coefficients.put(row.getVarIndex(i), row.getCoefficient(i));
                    }
                }
                Double atFirst = coefficients.get(first[variable]);
                if (atFirst == null || atFirst != row.getCoefficient(j)) {
                    throw new IllegalStateException("A row holds share segment " + variable + " at "
                            + row.getCoefficient(j) + " but its group's first segment at " + atFirst
                            + ": the needs level cannot be smoothed.");
                }
            }
            model.addConstraint(smoothedRow);
        }
        return new Smoothed(model.setQuadraticObjective(quadratic).build(), lp.technologies, lp.groups, weights);
    }
}
