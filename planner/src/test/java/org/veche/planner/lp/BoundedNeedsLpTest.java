package org.veche.planner.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.veche.model.Priority.ESSENTIAL;
import static org.veche.model.Priority.IMPORTANT;
import static org.veche.planner.support.EconomyBuilder.anEconomy;
import static org.veche.planner.support.EconomyBuilder.makes;

import java.time.Duration;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.Policy;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;

/**
 * The warm needs LP against cold solves of the LP phase: after each bound change it must reach the
 * same needs level. Tolerance 1e-6 absolute on needs and quantities.
 */
class BoundedNeedsLpTest {

    private static final Offset<Double> TOLERANCE = within(1e-6);
    private static final Duration LIMIT = Duration.ofMinutes(1);
    private static final TechnologyRef MILL = new TechnologyRef("mill", "flour");
    private static final TechnologyRef BAKERY = new TechnologyRef("bakery", "bread");

    /**
     * 100 h in each collective; bread (essential) takes half a unit of flour, which is also asked for
     * itself (important). Also for the other tests of this package.
     */
    static Economy millAndBakery() {
        return anEconomy().policy(Policy.of(100))
                .product("flour").product("bread")
                .collective("mill", 1, makes("flour").max(80).hours(1))
                .collective("bakery", 1, makes("bread").max(120).hours(1).uses("flour", 0.5))
                .need("river", "bread", ESSENTIAL, 100)
                .need("river", "flour", IMPORTANT, 100)
                .build();
    }

    /**
     * Serving the essential bread alone, it plans the 100 loaves asked for (the bakery's 100 hours,
     * 50 of the mill's flour); served all again, the flour need counts too, presolved or not.
     */
    @Test
    void servingOnlyTheEssentialNeedsPlansThemAloneAndServingAllAgainIsTheWholeLevel() {
        Economy economy = millAndBakery();
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            lp.serveOnly(java.util.Set.of(ESSENTIAL));
            BoundedNeedsLp.Result essential = lp.solvePresolved(LIMIT);
            BoundedNeedsLp.Result essentialWarm = lp.solve(LIMIT);
            lp.serveAll();
            BoundedNeedsLp.Result all = lp.solvePresolved(LIMIT);

            assertThat(essential.status()).isEqualTo(BoundedNeedsLp.Status.OPTIMAL);
            assertThat(essential.production(BAKERY)).isCloseTo(100, TOLERANCE);
            assertThat(essential.needs()).isCloseTo(essentialWarm.needs(), TOLERANCE);
            assertThat(all.needs()).isCloseTo(cold(economy, Map.of()), TOLERANCE);
            assertThat(all.needs()).isGreaterThan(essential.needs());
        }
    }

    @Test
    void eachReSolveAfterABoundChangeReachesTheColdSolvesNeedsLevel() {
        Economy economy = millAndBakery();
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            BoundedNeedsLp.Result free = lp.solve(LIMIT);
            lp.bound(BAKERY, 40, 40);
            BoundedNeedsLp.Result pinned = lp.solve(LIMIT);
            lp.bound(MILL, 0, 30);
            BoundedNeedsLp.Result both = lp.solve(LIMIT);

            assertThat(free.status()).isEqualTo(BoundedNeedsLp.Status.OPTIMAL);
            assertThat(free.needs()).isCloseTo(cold(economy, Map.of()), TOLERANCE);
            assertThat(pinned.needs()).isCloseTo(cold(economy, Map.of(BAKERY, 40.0)), TOLERANCE);
            assertThat(pinned.production(BAKERY)).isCloseTo(40, TOLERANCE);
            assertThat(both.production(MILL)).isLessThanOrEqualTo(30 + 1e-6);
            assertThat(both.needs()).isLessThan(pinned.needs());
        }
    }

    @Test
    void boundsNoPlanCanMeetAreInfeasibleAndReleasingThemRestoresTheOptimum() {
        Economy economy = millAndBakery();
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            double optimum = lp.solve(LIMIT).needs();
            lp.bound(BAKERY, 100, 120); // 100 bread need 50 flour
            lp.bound(MILL, 0, 40);
            BoundedNeedsLp.Result starved = lp.solve(LIMIT);
            lp.release(BAKERY);
            lp.release(MILL);
            BoundedNeedsLp.Result released = lp.solve(LIMIT);

            assertThat(starved.status()).isEqualTo(BoundedNeedsLp.Status.INFEASIBLE);
            assertThat(starved.optimal()).isFalse();
            assertThat(released.status()).isEqualTo(BoundedNeedsLp.Status.OPTIMAL);
            assertThat(released.needs()).isCloseTo(optimum, TOLERANCE);
        }
    }

    @Test
    void allLevelsSolvedWarmAfterTheDiveAgreeWithAColdLexicographicSolve() {
        // The mill is pinned at 90 flour; 80 bread take 40 of it and the river the rest. The two
        // bakeries take the same hours, so the labour level leaves the split open (and drops any
        // surplus bread); the oven emits less, so the emissions level gives it its 60.
        TechnologyRef oven = new TechnologyRef("oven", "bread");
        Economy economy = anEconomy().policy(Policy.of(100))
                .product("flour").product("bread")
                .collective("mill", 1, makes("flour").max(90).hours(1))
                .collective("bakery", 1, makes("bread").max(60).hours(1).emits(3).uses("flour", 0.5))
                .collective("oven", 1, makes("bread").max(60).hours(1).emits(1).uses("flour", 0.5))
                .need("river", "bread", ESSENTIAL, 80)
                .need("river", "flour", IMPORTANT, 30)
                .build();
        LpSolution warm;
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            lp.solve(LIMIT);
            lp.bound(MILL, 90, 90);
            lp.solve(LIMIT);
            warm = lp.solveAllLevels(StabilityReference.NONE, LIMIT);
        }
        LpSolution cold = LpPhase.solve(economy, LpOptions.DEFAULT.withFixedProduction(Map.of(MILL, 90.0)));

        assertThat(warm.status()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(warm.needs()).isCloseTo(cold.needs(), TOLERANCE);
        assertThat(warm.labourHours()).isCloseTo(cold.labourHours(), TOLERANCE).isCloseTo(170, TOLERANCE);
        assertThat(warm.emissions()).isCloseTo(cold.emissions(), TOLERANCE).isCloseTo(120, TOLERANCE);
        assertThat(warm.production().get(MILL)).isCloseTo(90, TOLERANCE);
        assertThat(warm.production().get(oven)).isCloseTo(60, TOLERANCE);
        assertThat(warm.production().get(BAKERY)).isCloseTo(20, TOLERANCE);
    }

    @Test
    void afterForgettingItsBasisTheLpKeepsItsBoundsAndReachesTheSameOptimum() {
        Economy economy = millAndBakery();
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            lp.solve(LIMIT);
            lp.bound(BAKERY, 40, 40);
            BoundedNeedsLp.Result warm = lp.solve(LIMIT);
            lp.forgetBasis();
            BoundedNeedsLp.Result cold = lp.solve(LIMIT);

            assertThat(cold.status()).isEqualTo(BoundedNeedsLp.Status.OPTIMAL);
            assertThat(cold.needs()).isCloseTo(warm.needs(), TOLERANCE);
            assertThat(cold.production(BAKERY)).isCloseTo(40, TOLERANCE);
        }
    }

    @Test
    void boundsOutsideZeroToMaxOutputAndUnknownTechnologiesAreRefused() {
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(millAndBakery())) {
            assertThatThrownBy(() -> lp.bound(MILL, 0, 81)).hasMessageContaining("maxOutput");
            assertThatThrownBy(() -> lp.bound(MILL, 10, 5)).hasMessageContaining("reversed");
            assertThatThrownBy(() -> lp.bound(new TechnologyRef("mill", "bread"), 0, 1))
                    .hasMessageContaining("Unknown technology 'mill/bread'");
        }
    }

    @Test
    void aClosedLpRefusesToSolve() {
        BoundedNeedsLp lp = BoundedNeedsLp.of(millAndBakery());
        lp.close();
        lp.close(); // twice is harmless

        assertThatThrownBy(() -> lp.solve(LIMIT)).isInstanceOf(IllegalStateException.class);
    }

    private static double cold(Economy economy, Map<TechnologyRef, Double> fixed) {
        return LpPhase.solve(economy, LpOptions.DEFAULT.withFixedProduction(fixed)).needs();
    }
}
