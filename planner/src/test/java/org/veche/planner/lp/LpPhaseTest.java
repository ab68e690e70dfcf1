package org.veche.planner.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.veche.model.Priority.ESSENTIAL;
import static org.veche.model.Priority.IMPORTANT;
import static org.veche.planner.support.EconomyBuilder.anEconomy;
import static org.veche.planner.support.EconomyBuilder.makes;

import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.plan.Delivery;
import org.veche.model.plan.NeedGroup;
import org.veche.model.plan.NeedRef;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;

/** Small economies whose optimum is known by hand. Tolerance: 1e-6 absolute on shares, quantities and scores. */
class LpPhaseTest {

    private static final Offset<Double> TOLERANCE = within(1e-6);

    private static LpSolution solve(Economy economy) {
        return LpPhase.solve(economy, LpOptions.DEFAULT);
    }

    /**
     * One collective, 100 h (members 1 at 100 h). Admin (essential, 100 units at 1 h) against food
     * (important, 100 units at 0.16 h). Needs per hour: admin 4, 3, 2, 1 by quarter; food 2.5,
     * 1.875, 1.25, 0.625. Greedy by that rate: admin to ¾ and food to ¾ take 87 h; the last 13 h
     * lift admin to 0.88. Strict priority order would give admin 100 % and food nothing (needs 250).
     */
    @Test
    void weightsServeImportantNeedsWhereStrictOrderWouldStarveThem() {
        Economy economy = anEconomy().policy(org.veche.model.Policy.of(100))
                .product("admin").product("food")
                .collective("town-hall", 1, makes("admin").hours(1), makes("food").hours(0.16))
                .need("river", "admin", ESSENTIAL, 100)
                .need("river", "food", IMPORTANT, 100)
                .build();

        LpSolution solution = solve(economy);

        assertThat(solution.status()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(solution.share(new NeedGroup("admin", ESSENTIAL))).isCloseTo(0.88, TOLERANCE);
        assertThat(solution.share(new NeedGroup("food", IMPORTANT))).isCloseTo(0.75, TOLERANCE);
        assertThat(solution.needs()).isCloseTo(100 * 2.38 + 10 * 2.25, TOLERANCE).isGreaterThan(250);
        assertThat(solution.labourHours()).isCloseTo(100, TOLERANCE);
    }

    @Test
    void localsInOneGroupGetTheSameShare() {
        Economy economy = anEconomy().product("bread")
                .collective("bakery", 10, makes("bread").max(50).hours(1))
                .need("river", "bread", ESSENTIAL, 30)
                .need("hill", "bread", ESSENTIAL, 70)
                .build();

        LpSolution solution = solve(economy);

        assertThat(solution.share(new NeedGroup("bread", ESSENTIAL))).isCloseTo(0.5, TOLERANCE);
        java.util.List<Delivery> deliveries = solution.deliveries(economy);
        assertThat(deliveries.get(0).quantity()).isCloseTo(15, TOLERANCE);
        assertThat(deliveries.get(1).quantity()).isCloseTo(35, TOLERANCE);
    }

    /** Equal products at equal cost: every product reaches ¼ before any reaches ½. */
    @Test
    void segmentsFillInOrderAcrossProducts() {
        for (double hours : new double[] {50, 70}) {
            Economy economy = anEconomy().policy(org.veche.model.Policy.of(hours))
                    .product("salt").product("soap")
                    .collective("works", 1, makes("salt").hours(1), makes("soap").hours(1))
                    .need("river", "salt", ESSENTIAL, 100)
                    .need("river", "soap", ESSENTIAL, 100)
                    .build();

            LpSolution solution = solve(economy);

            double salt = solution.share(new NeedGroup("salt", ESSENTIAL));
            double soap = solution.share(new NeedGroup("soap", ESSENTIAL));
            assertThat(salt + soap).isCloseTo(hours / 100, TOLERANCE);
            assertThat(Math.min(salt, soap)).isGreaterThanOrEqualTo(0.25 - 1e-6);
            assertThat(solution.needs()).isCloseTo(100 * (ShareUtility.u(salt) + ShareUtility.u(soap)), TOLERANCE);
        }
    }

    @Test
    void labourIsMinimisedAtTheNeedsOptimum() {
        Economy economy = twoBakeries(2, 0, 1, 0);

        LpSolution solution = solve(economy);

        assertThat(solution.production(new TechnologyRef("slow", "bread"))).isCloseTo(0, TOLERANCE);
        assertThat(solution.production(new TechnologyRef("quick", "bread"))).isCloseTo(100, TOLERANCE);
        assertThat(solution.labourHours()).isCloseTo(100, TOLERANCE);
        assertThat(solution.needs()).isCloseTo(250, TOLERANCE);
    }

    @Test
    void emissionsBreakTiesInLabour() {
        Economy economy = twoBakeries(1, 2, 1, 1);

        LpSolution solution = solve(economy);

        assertThat(solution.production(new TechnologyRef("quick", "bread"))).isCloseTo(100, TOLERANCE);
        assertThat(solution.emissions()).isCloseTo(100, TOLERANCE);
    }

    @Test
    void fixedProductionIsHonoured() {
        Economy economy = twoBakeries(2, 0, 1, 0);

        LpSolution solution = LpPhase.solve(economy,
                LpOptions.DEFAULT.withFixedProduction(Map.of(new TechnologyRef("slow", "bread"), 30.0)));

        assertThat(solution.status()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(solution.production(new TechnologyRef("slow", "bread"))).isCloseTo(30, TOLERANCE);
        assertThat(solution.production(new TechnologyRef("quick", "bread"))).isCloseTo(70, TOLERANCE);
    }

    @Test
    void impossibleFixedProductionIsInfeasible() {
        Economy economy = twoBakeries(2, 0, 1, 0);
        TechnologyRef slow = new TechnologyRef("slow", "bread");

        LpSolution aboveCapacity = LpPhase.solve(economy, LpOptions.DEFAULT.withFixedProduction(Map.of(slow, 1500.0)));
        // 10 members × 1600 h = 16,000 h: 9,000 units at 2 h breaks the working-time cap.
        Economy capped = economy.withCollective("slow", c -> c.withTechnologies(
                java.util.List.of(c.technologies().get(0).withMaxOutput(20_000))));
        LpSolution overHours = LpPhase.solve(capped, LpOptions.DEFAULT.withFixedProduction(Map.of(slow, 9_000.0)));

        assertThat(aboveCapacity.status()).isEqualTo(LpStatus.INFEASIBLE);
        assertThat(overHours.status()).isEqualTo(LpStatus.INFEASIBLE);
    }

    @Test
    void minimumProductionKeepsATechnologyRunningAtLeastThatMuch() {
        // Labour hours would give all 100 loaves to the quicker bakery; the slow one must still make 30.
        Economy economy = twoBakeries(2, 0, 1, 0);
        TechnologyRef slow = new TechnologyRef("slow", "bread");

        LpSolution solution = LpPhase.solve(economy, LpOptions.DEFAULT.withMinimumProduction(Map.of(slow, 30.0)));
        LpSolution aboveCapacity = LpPhase.solve(economy,
                LpOptions.DEFAULT.withMinimumProduction(Map.of(slow, 1500.0)));

        assertThat(solution.status()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(solution.production(slow)).isCloseTo(30, TOLERANCE);
        assertThat(solution.production(new TechnologyRef("quick", "bread"))).isCloseTo(70, TOLERANCE);
        assertThat(aboveCapacity.status()).isEqualTo(LpStatus.INFEASIBLE);
    }

    /** Without a reference the cheaper bakery wins; with one, the accepted slice stays (stability ranks above labour). */
    @Test
    void stabilityKeepsAnAcceptedSliceWhenAnEqualAlternativeExists() {
        Economy economy = twoBakeries(1.0, 0, 0.9, 0);
        TechnologyRef slow = new TechnologyRef("slow", "bread");
        StabilityReference accepted = new StabilityReference(Map.of(slow, 100.0),
                Map.of(new NeedRef("river", "bread", ESSENTIAL), 100.0), Map.of());

        LpSolution fresh = solve(economy);
        LpSolution stable = LpPhase.solve(economy, LpOptions.DEFAULT.withStability(accepted));

        assertThat(fresh.production(slow)).isCloseTo(0, TOLERANCE);
        assertThat(stable.production(slow)).isCloseTo(100, TOLERANCE);
        assertThat(stable.stability()).isCloseTo(0, TOLERANCE);
        assertThat(stable.needs()).isCloseTo(fresh.needs(), TOLERANCE);
    }

    /** Bread takes 0.5 h and 0.7 kg of flour; flour 0.2 h. v_flour = 0.2, v_bread = 0.5 + 0.7·0.2 = 0.64. */
    @Test
    void valuationsAreTheLabourOneMoreUnitCosts() {
        Economy economy = anEconomy().product("bread").product("flour")
                .collective("bakery", 10, makes("bread").hours(0.5).uses("flour", 0.7))
                .collective("mill", 10, makes("flour").hours(0.2))
                .need("river", "bread", ESSENTIAL, 100)
                .build();

        LpSolution solution = solve(economy);

        assertThat(solution.valuations().get("flour")).isCloseTo(0.2, TOLERANCE);
        assertThat(solution.valuations().get("bread")).isCloseTo(0.64, TOLERANCE);
        assertThat(solution.labourHours()).isCloseTo(64, TOLERANCE);
    }

    /** Two bakeries, 1,000 units of capacity each, for 100 units of essential bread. */
    private static Economy twoBakeries(double slowHours, double slowEmissions, double quickHours, double quickEmissions) {
        return anEconomy().product("bread")
                .collective("slow", 10, makes("bread").max(1000).hours(slowHours).emits(slowEmissions))
                .collective("quick", 10, makes("bread").max(1000).hours(quickHours).emits(quickEmissions))
                .need("river", "bread", ESSENTIAL, 100)
                .build();
    }
}
