package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.veche.planner.solver.EconomyBuilder.aTechnology;
import static org.veche.planner.solver.EconomyBuilder.anEconomy;
import static org.veche.planner.solver.EconomyBuilder.need;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.check.PlanScore;
import org.veche.model.plan.Production;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.Planner;
import org.veche.planner.Progress;
import org.veche.planner.SolveOptions;
import org.veche.planner.SolvedPlan;
import org.veche.planner.lp.LpPhase;

/** End-to-end solves on economies small enough to know the optimum by hand. Tolerance 1e-6 relative. */
class PlannerTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);
    private final Planner planner = new Planner(LpPhase::solve);

    private static double production(SolvedPlan solved, String collective, String product) {
        return solved.plan().production().stream()
                .filter(p -> p.collective().equals(collective) && p.product().equals(product))
                .mapToDouble(Production::quantity).findFirst().orElseThrow();
    }

    /** A bus workshop whose minimum run is 3 buses, 300 h and 2 t of steel per bus; the mill's steel takes 1 h/t. */
    private static EconomyBuilder busWorkshop(int members) {
        return anEconomy().indivisible("bus").product("steel")
                .collective("workshop", members, aTechnology("bus").maxOutput(10).minOutput(3)
                        .labourHours(300).input("steel", 2))
                .collective("mill", 10, aTechnology("steel").labourHours(1));
    }

    @Test
    void aCityNeedingTwoBusesGetsThemFromTheMinimumRunOfThree() {
        // LP: 2 buses (below the minimum run). Optimum: 3 buses, 2 delivered, 6 t steel; 906 h.
        Economy economy = busWorkshop(10).local("city", need("bus", Priority.ESSENTIAL, 2)).build();
        SolvedPlan solved = planner.solve(economy, new SolveOptions(LIMIT, StabilityReference.NONE));
        assertThat(solved.score().feasible()).isTrue();
        assertThat(production(solved, "workshop", "bus")).isEqualTo(3.0);
        assertThat(production(solved, "mill", "steel")).isCloseTo(6.0, within(1e-6));
        assertThat(solved.plan().deliveries().get(0).quantity()).isEqualTo(2.0);
        assertThat(solved.score().needs()).isCloseTo(250.0, within(1e-6));
        assertThat(solved.score().labourHours()).isCloseTo(906.0, within(1e-6));
    }

    @Test
    void aWorkshopWithHoursForFiveAndAThirdBusesMakesFiveWholeOnes() {
        // 1 member × 1600 h / 300 h = 5.33 buses in the LP; whole buses: 5, 10 t steel, 1510 h.
        Economy economy = busWorkshop(1).local("city", need("bus", Priority.ESSENTIAL, 10)).build();
        SolvedPlan solved = planner.solve(economy, new SolveOptions(LIMIT, StabilityReference.NONE));
        assertThat(solved.lp().production().get(new TechnologyRef("workshop", "bus"))).isCloseTo(16.0 / 3, within(1e-6));
        assertThat(solved.score().feasible()).isTrue();
        assertThat(production(solved, "workshop", "bus")).isEqualTo(5.0);
        assertThat(solved.score().needs()).isCloseTo(175.0, within(1e-6));
        assertThat(solved.score().labourHours()).isCloseTo(1510.0, within(1e-6));
    }

    @Test
    void aContinuousEconomyEndsWithTheLpPlanAndItsScore() {
        Economy economy = anEconomy().product("bread").product("flour")
                .collective("bakery", 1, aTechnology("bread").labourHours(2).input("flour", 0.5))
                .collective("mill", 10, aTechnology("flour").labourHours(1).emissions(0.25))
                .local("river", need("bread", Priority.ESSENTIAL, 500), need("bread", Priority.DESIRED, 1000))
                .build();
        List<Progress> progress = new ArrayList<>();
        SolvedPlan solved = planner.solve(economy,
                new SolveOptions(Duration.ofMinutes(10), StabilityReference.NONE).withProgress(progress::add));
        assertThat(SolverSetup.needsSearch(ProductionPlans.of(economy, StabilityReference.NONE))).isFalse();
        assertThat(solved.score().feasible()).isTrue();
        assertThat(solved.score().needs()).isCloseTo(solved.lp().needs(), within(1e-6));
        assertThat(solved.score().labourHours()).isCloseTo(solved.lp().labourHours(), within(1e-6));
        assertThat(solved.score().emissions()).isCloseTo(solved.lp().emissions(), within(1e-6));
        assertThat(progress).isNotEmpty();
        assertThat(solved.plan().production()).hasSize(2);
        assertThat(solved.plan().deliveries()).hasSize(2);
    }

    @Test
    void stabilityKeepsTheAcceptedSliceOfTheFirstBakery() {
        // Two identical bakeries; the previous round's plan had all bread at bakery-1 and it accepted.
        Economy economy = anEconomy().product("bread")
                .collective("bakery-1", 10, aTechnology("bread").labourHours(1))
                .collective("bakery-2", 10, aTechnology("bread").labourHours(1))
                .local("river", need("bread", Priority.ESSENTIAL, 100))
                .build();
        StabilityReference accepted = new StabilityReference(
                Map.of(new TechnologyRef("bakery-1", "bread"), 100.0), Map.of(), Map.of());
        SolvedPlan solved = planner.solve(economy, new SolveOptions(Duration.ofSeconds(3), accepted));
        PlanScore score = solved.score();
        assertThat(score.feasible()).isTrue();
        assertThat(score.needs()).isCloseTo(250.0, within(1e-6));
        assertThat(score.stability()).isCloseTo(0.0, within(1e-6));
        assertThat(production(solved, "bakery-1", "bread")).isCloseTo(100.0, within(1e-6));
    }
}
