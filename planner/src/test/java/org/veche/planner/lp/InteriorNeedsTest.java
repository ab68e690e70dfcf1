package org.veche.planner.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.veche.model.Priority.ESSENTIAL;
import static org.veche.model.Priority.IMPORTANT;
import static org.veche.planner.support.EconomyBuilder.anEconomy;
import static org.veche.planner.support.EconomyBuilder.makes;

import com.google.ortools.linearsolver.MPSolver;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.Policy;
import org.veche.model.plan.NeedGroup;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.bench.SyntheticEconomy;
import org.veche.planner.bench.SyntheticParameters;

/** HiGHS's interior point on the needs level, against GLOP's exact optimum. */
class InteriorNeedsTest {

    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final TechnologyRef MILL = new TechnologyRef("mill", "flour");
    private static final TechnologyRef BAKERY = new TechnologyRef("bakery", "bread");

    /**
     * On a JDK 22 or newer the build compiles the Foreign Function classes and HiGHS's library comes
     * with OR-Tools: the interior point must then be there (a build that left it out would otherwise
     * fall back to PDLP without a word).
     */
    @Test
    void isAvailableOnJava22AndNewer() {
        assumeTrue(Runtime.version().feature() >= 22, "Java 21: the interior point is not built");

        assertThat(InteriorPoint.available()).as(InteriorPoint.unavailableBecause().orElse("")).isPresent();
    }

    /**
     * The mill and the bakery: IPX ends at its tolerance, at GLOP's needs (1e-6 relative) and plan
     * (100 loaves, all 80 t of flour).
     */
    @Test
    void aSmallEconomyReachesTheSimplexOptimum() {
        InteriorPoint interior = interiorPoint();
        Economy economy = BoundedNeedsLpTest.millAndBakery();
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            double exact = lp.solve(LIMIT).needs();

            FirstOrderNeeds.Result result = InteriorNeeds.solve(interior, lp.lp, LIMIT).orElseThrow();

            assertThat(result.converged()).as(result.log()).isTrue();
            assertThat(result.method()).isEqualTo(FirstOrderNeeds.INTERIOR_POINT);
            assertThat(result.objective()).isCloseTo(exact, within(1e-6 * exact));
            assertThat(result.production().get(BAKERY)).isCloseTo(100, within(1e-3));
            assertThat(result.production().get(MILL)).isCloseTo(80, within(1e-3));
            assertThat(result.bound()).isGreaterThanOrEqualTo(exact * (1 - 1e-12)).isCloseTo(exact, within(1e-6 * exact));
        }
    }

    /**
     * The essential needs alone of a 300-product synthetic economy, through the bounded model's own
     * approximate solve: at GLOP's optimum of the same model (1e-6), by the interior point, and the
     * model's warm solve afterwards unchanged (IPX solved a copy).
     */
    @Test
    void theBoundedModelIsSolvedAsItStandsOnACopy() {
        assumeTrue(InteriorPoint.available().isPresent(), "no interior point here: PDLP is used (FirstOrderNeedsTest)");
        Economy economy = SyntheticEconomy.generate(SyntheticParameters.of(300, 3));
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            lp.serveOnly(Set.of(ESSENTIAL));
            BoundedNeedsLp.Result exact = lp.solve(LIMIT);

            FirstOrderNeeds.Result approximate = lp.solveApproximately(LIMIT, 2).orElseThrow();
            BoundedNeedsLp.Result again = lp.solve(LIMIT);

            assertThat(approximate.method()).isEqualTo(FirstOrderNeeds.INTERIOR_POINT);
            assertThat(approximate.converged()).as(approximate.log()).isTrue();
            assertThat(approximate.objective()).isCloseTo(exact.needs(), within(1e-6 * exact.needs()));
            assertThat(again.needs()).isCloseTo(exact.needs(), within(1e-9 * exact.needs()));
        }
    }

    /**
     * Stopped early (after 20 iterations, where the 2,000-product level needs about 50), IPX still
     * gives a point: inside every bound to 1e-6, every row met to 1e-6 of its largest term, and needs
     * below the optimum but already most of it; the needs approximation's plan is that point's
     * production, clamped into the bounds. This is what the time limit leaves on large economies.
     * (Earlier iterates break bounds: 0.065 after 8 iterations, 2e-3 after 12, 2e-4 after 16; the
     * rows they meet.)
     */
    @Test
    void aStoppedSolveGivesAFeasiblePointBelowTheOptimum() {
        InteriorPoint interior = interiorPoint();
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            PlanningLp lp = needsLevelOf2000Products(solver);
            InteriorPoint.Lp model = InteriorPoint.Lp.of(solver.exportModelToProto());
            InteriorPoint.Point optimal = interior.solve(model, LIMIT.toSeconds(), 0, false).orElseThrow();
            double optimum = model.objective(optimal.values());

            InteriorPoint.Point stopped = interior.solve(model, LIMIT.toSeconds(), 20, false).orElseThrow();
            FirstOrderNeeds.Result plan = InteriorNeeds.solve(interior, lp, LIMIT, 20).orElseThrow();

            assertThat(optimal.optimal()).as(optimal.status()).isTrue();
            assertThat(stopped.optimal()).as(stopped.status()).isFalse();
            double[] x = stopped.values();
            for (int j = 0; j < x.length; j++) {
                assertThat(x[j]).as("column %d", j).isBetween(model.lower()[j] - 1e-6, model.upper()[j] + 1e-6);
            }
            for (int row = 0; row < model.rows(); row++) {
                double activity = 0;
                double scale = 1;
                for (int k = model.start()[row]; k < model.start()[row + 1]; k++) {
                    activity += model.value()[k] * x[model.index()[k]];
                    scale = Math.max(scale, Math.abs(model.value()[k] * x[model.index()[k]]));
                }
                assertThat(activity).as("row %d", row)
                        .isBetween(model.rowLower()[row] - 1e-6 * scale, model.rowUpper()[row] + 1e-6 * scale);
            }
            assertThat(model.objective(x)).isLessThan(optimum).isGreaterThan(0.9 * optimum);
            assertThat(plan.converged()).isFalse();
            assertThat(plan.objective()).isCloseTo(model.objective(x), within(1e-6 * optimum));
            // The stopped point's duals still bound the optimum, and the bound is not a trivial one.
            assertThat(plan.bound()).isGreaterThanOrEqualTo(optimum * (1 - 1e-12)).isLessThan(1.1 * optimum);
            assertThat(model.bound(optimal.rowDuals())).isCloseTo(optimum, within(1e-6 * optimum));
            for (int i = 0; i < lp.x.length; i++) {
                assertThat(plan.production().get(lp.technologies.get(i)))
                        .isEqualTo(Math.clamp(x[i], model.lower()[i], model.upper()[i]));
            }
        } finally {
            solver.delete();
        }
    }

    /**
     * Asked to stop (here on its 200th question, a few iterations into the 2,000-product level, which
     * asks about 4,000 times to its optimum), IPX stops there and then: it asks no more, and gives the
     * iterate it had, short of the optimum, as at a time limit. The dive uses this to stop an interior
     * point nobody wants any more instead of leaving it a core until its time limit.
     */
    @Test
    void anInterruptedSolveStopsAtOnceWithTheIterateItHad() {
        InteriorPoint interior = interiorPoint();
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            PlanningLp lp = needsLevelOf2000Products(solver);
            InteriorPoint.Lp model = InteriorPoint.Lp.of(solver.exportModelToProto());
            AtomicInteger asked = new AtomicInteger();
            InteriorPoint.Point optimal = interior.solve(model, LIMIT.toSeconds(), 0, false, () -> {
                asked.incrementAndGet();
                return false;
            }).orElseThrow();
            int askedToTheOptimum = asked.getAndSet(0);

            InteriorPoint.Point stopped = interior.solve(model, LIMIT.toSeconds(), 0, false,
                    () -> asked.incrementAndGet() > 200).orElseThrow();
            AtomicInteger askedAgain = new AtomicInteger();
            FirstOrderNeeds.Result approximated = InteriorNeeds.approximate(lp, LIMIT, 1,
                    () -> askedAgain.incrementAndGet() > 200).orElseThrow();

            assertThat(optimal.optimal()).isTrue();
            assertThat(askedToTheOptimum).isGreaterThan(1_000);
            assertThat(asked.get()).isEqualTo(201);
            assertThat(stopped.optimal()).isFalse();
            assertThat(stopped.status()).contains("interrupt");
            assertThat(model.objective(stopped.values())).isLessThan(0.99 * model.objective(optimal.values()));
            // Interrupted, the approximation is the interior point's, and PDLP does not take over.
            assertThat(approximated.method()).isEqualTo(FirstOrderNeeds.INTERIOR_POINT);
            assertThat(approximated.converged()).isFalse();
            assertThat(askedAgain.get()).isEqualTo(201);
        } finally {
            solver.delete();
        }
    }

    /**
     * The bound from multipliers, by hand: max 3x + 2y with x + y ≤ 4, x + 3y ≤ 6, 0 ≤ x, y ≤ 10
     * (optimum 12 at x = 4; duals 3 and 0). The duals give 12, with either sign; no multipliers give
     * the box's 50; a multiplier of the wrong sign on a row bounded on one side only counts as 0.
     * Minimising the negated objective gives the lower bound −12. No native code involved.
     */
    @Test
    void multipliersBoundTheObjectiveWhateverTheirSign() {
        InteriorPoint.Lp max = new InteriorPoint.Lp(true, 0, new double[] {3, 2}, new double[] {0, 0},
                new double[] {10, 10}, new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY},
                new double[] {4, 6}, new int[] {0, 2, 4}, new int[] {0, 1, 0, 1}, new double[] {1, 1, 1, 3});
        InteriorPoint.Lp min = new InteriorPoint.Lp(false, 0, new double[] {-3, -2}, max.lower(), max.upper(),
                max.rowLower(), max.rowUpper(), max.start(), max.index(), max.value());

        assertThat(max.bound(new double[] {3, 0})).isCloseTo(12, within(1e-12));
        assertThat(max.bound(new double[] {-3, 0})).isCloseTo(12, within(1e-12));
        assertThat(max.bound(new double[] {0, 0})).isCloseTo(50, within(1e-12));
        assertThat(max.bound(new double[] {3, -1})).isCloseTo(12, within(1e-12));
        // 4 + 6 from the rows, then x's reduced cost 3 − 2 = 1 at its upper bound 10, y's 2 − 4 < 0 at 0.
        assertThat(max.bound(new double[] {1, 1})).isCloseTo(20, within(1e-12));
        assertThat(min.bound(new double[] {3, 0})).isCloseTo(-12, within(1e-12));
    }

    /**
     * The mill (one member, 100 h, 1 h per kg of flour) and the bakery (0.5 kg of flour per loaf;
     * 1,000 loaves asked, and 100 kg of flour at important priority): IPX run to its tolerance
     * gives GLOP's shares with its plan (1e-6), which explain a plan made from it.
     */
    @Test
    void anInteriorPointsSharesAreTheOptimums() {
        InteriorPoint interior = interiorPoint();
        Economy economy = anEconomy().policy(Policy.of(1000)).product("bread").product("flour")
                .collective("bakery", 10, makes("bread").hours(0.1).uses("flour", 0.5))
                .collective("mill-1", 1, makes("flour").hours(1))
                .need("river", "bread", ESSENTIAL, 1000)
                .need("river", "flour", IMPORTANT, 100)
                .build()
                .withCollective("mill-1", c -> c.withMaxHoursPerMember(java.util.OptionalDouble.of(100)));
        LpSolution exact = LpPhase.solve(economy, LpOptions.DEFAULT);

        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            FirstOrderNeeds.Result result = InteriorNeeds.solve(interior, lp.lp, LIMIT).orElseThrow();

            assertThat(result.converged()).as(result.log()).isTrue();
            assertThat(result.shares()).containsOnlyKeys(exact.shares().keySet());
            exact.shares().forEach((group, share) ->
                    assertThat(result.shares().get(group)).as(group.toString()).isCloseTo(share, within(1e-6)));
            assertThat(exact.share(new NeedGroup("bread", ESSENTIAL))).isCloseTo(0.2, within(1e-9));
        }
    }

    /** The needs level of the bench generator's 2,000 products (popular, seed 1) on {@code solver}. */
    private static PlanningLp needsLevelOf2000Products(MPSolver solver) {
        PlanningLp lp = PlanningLp.build(SyntheticEconomy.generate(SyntheticParameters.of(2_000, 1)), solver);
        lp.setObjective(LevelObjectives.needs(lp));
        return lp;
    }

    private static InteriorPoint interiorPoint() {
        assumeTrue(InteriorPoint.available().isPresent(), () -> "no interior point here: "
                + InteriorPoint.unavailableBecause().orElse(""));
        return InteriorPoint.available().orElseThrow();
    }
}
