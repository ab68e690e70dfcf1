package org.veche.planner.lp;

import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.veche.model.plan.NeedGroup;
import org.veche.model.plan.TechnologyRef;

/**
 * The needs level approximated by HiGHS's interior point method ({@link InteriorPoint}, IPX) where this
 * JVM reaches it, else by PDLP ({@link FirstOrderNeeds}): for economies where the simplex cannot reach
 * the optimum in time. IPX gets the level as the simplex has it (four share segments per need group,
 * u exactly) and is stopped by the time limit; its last iterate is feasible to about 1e-8 and
 * approaches the optimum from inside. Measured on the needs level of 20,000 popular continuous
 * products (seed 1, 30,000 rows × 108,961 columns, optimum 1,067,772; one core): after 15 s 99.61 %
 * of the optimum (bounds broken by at most 2.7e-6), after 25 s 99.98 %, after 40 s 99.997 %, where
 * PDLP on two cores had 97.3 % after 15 s and 99.75 % after 45 s. Like PDLP's, the point is a plan to
 * make whole ({@code solver.BackedOffCovering}), not a vertex. IPX ends by its time limit, its
 * tolerance or when the caller no longer wants it ({@code interrupted}). Unlike PDLP's, its row
 * duals are read as well and bound the level's optimum ({@link InteriorPoint.Lp#bound}), so a
 * stopped solve still says how far from the optimum at most its plan can be.
 */
final class InteriorNeeds {

    private InteriorNeeds() {}

    /**
     * {@code lp}'s needs level as it stands (its objective must be the needs level; bounds included)
     * solved approximately for at most {@code timeLimit}: by IPX where {@link InteriorPoint#available},
     * else, or if IPX gave no point, by PDLP on {@code threads} threads on the smoothed level; empty if
     * neither gave a point. {@code lp} is not changed.
     */
    static Optional<FirstOrderNeeds.Result> approximate(PlanningLp lp, Duration timeLimit, int threads) {
        return approximate(lp, timeLimit, threads, () -> false);
    }

    /**
     * As {@link #approximate(PlanningLp, Duration, int)}; IPX is stopped as soon as {@code interrupted}
     * says so, and then PDLP does not run.
     */
    static Optional<FirstOrderNeeds.Result> approximate(PlanningLp lp, Duration timeLimit, int threads,
            BooleanSupplier interrupted) {
        long start = System.nanoTime();
        Optional<InteriorPoint> interior = InteriorPoint.available();
        if (interior.isPresent()) {
            Optional<FirstOrderNeeds.Result> result = solve(interior.get(), lp, timeLimit, 0, interrupted);
            Duration left = timeLimit.minusNanos(System.nanoTime() - start);
            if (result.isPresent() || left.toMillis() < 1_000 || interrupted.getAsBoolean()) {
                return result;
            }
            return FirstOrderNeeds.solve(FirstOrderNeeds.smoothed(lp), left, threads);
        }
        return FirstOrderNeeds.solve(FirstOrderNeeds.smoothed(lp), timeLimit.minusNanos(System.nanoTime() - start),
                threads);
    }

    /** {@code lp}'s needs level by {@code interior}, its point clamped into the bounds. */
    static Optional<FirstOrderNeeds.Result> solve(InteriorPoint interior, PlanningLp lp, Duration timeLimit) {
        return solve(interior, lp, timeLimit, 0);
    }

    /** As {@link #solve(InteriorPoint, PlanningLp, Duration)}, stopped after {@code iterations} if positive. */
    static Optional<FirstOrderNeeds.Result> solve(InteriorPoint interior, PlanningLp lp, Duration timeLimit,
            int iterations) {
        return solve(interior, lp, timeLimit, iterations, () -> false);
    }

    /**
     * As {@link #solve(InteriorPoint, PlanningLp, Duration, int)}, and stopped as soon as
     * {@code interrupted} says so
     * ({@link InteriorPoint#solve(InteriorPoint.Lp, double, int, boolean, BooleanSupplier)}).
     */
    static Optional<FirstOrderNeeds.Result> solve(InteriorPoint interior, PlanningLp lp, Duration timeLimit,
            int iterations, BooleanSupplier interrupted) {
        long start = System.nanoTime();
        for (int i = 0; i < lp.x.length; i++) {
            if (lp.x[i].index() != i) {
                throw new IllegalStateException("Production column " + i + " is variable " + lp.x[i].index() + ".");
            }
        }
        InteriorPoint.Lp model = InteriorPoint.Lp.of(lp.solver.exportModelToProto());
        double seconds = (timeLimit.toNanos() - (System.nanoTime() - start)) / 1e9;
        Optional<InteriorPoint.Point> point = interior.solve(model, seconds, iterations,
                Boolean.getBoolean("veche.lp.log"), interrupted);
        if (point.isEmpty()) {
            return Optional.empty();
        }
        double[] values = point.get().values().clone();
        for (int j = 0; j < values.length; j++) {
            values[j] = Math.clamp(values[j], model.lower()[j], model.upper()[j]);
        }
        Map<TechnologyRef, Double> production = new HashMap<>(lp.x.length * 2);
        for (int i = 0; i < lp.x.length; i++) {
            production.put(lp.technologies.get(i), values[i]);
        }
        double needs = model.objective(values);
        double bound = model.bound(point.get().rowDuals());
        Map<NeedGroup, Double> shares = new HashMap<>();
        for (int g = 0; g < lp.groups.size(); g++) {
            double share = 0;
            for (MPVariable segment : lp.segments[g]) {
                share += values[segment.index()];
            }
            shares.put(lp.groups.get(g), Math.clamp(share, 0, 1));
        }
        String log = String.format(Locale.ROOT, "interior point (%s) after %d ms, needs %.1f, the optimum at most %.1f"
                + " (gap %.2g)", point.get().status(), (System.nanoTime() - start) / 1_000_000, needs, bound,
                (bound - needs) / Math.max(1e-300, Math.abs(bound)));
        return Optional.of(new FirstOrderNeeds.Result(production, needs, bound, point.get().optimal(),
                FirstOrderNeeds.INTERIOR_POINT, log, shares));
    }
}
