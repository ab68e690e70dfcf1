package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.veche.planner.solver.EconomyBuilder.aTechnology;
import static org.veche.planner.solver.EconomyBuilder.anEconomy;
import static org.veche.planner.solver.EconomyBuilder.need;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.bench.SyntheticEconomy;
import org.veche.planner.bench.SyntheticParameters;
import org.veche.planner.lp.BoundedNeedsLp;

/** Rounding an LP plan whole by covering shortfalls upwards, by hand and on synthetic economies. */
class CoveringRoundingTest {

    private static final TechnologyRef MINE = new TechnologyRef("mine", "ore");
    private static final TechnologyRef MILL = new TechnologyRef("mill", "steel");
    private static final TechnologyRef PLANT = new TechnologyRef("plant", "car");

    @Test
    void aMinimumRunSwitchedOffIsSwitchedBackOnAndItsOwnInputRaisedInTurn() {
        // The mill's 4 t of steel are below its minimum run of 5: off, the plant's 2 cars (2 t each)
        // go short; switched on at 5 t it takes 5 t of ore, so the mine goes from 4 to 5 t.
        List<ProductionLine> lines = mineMillPlant(1_000_000);

        Map<TechnologyRef, Double> plan = CoveringRounding.plan(lines, at(Map.of(MINE, 4.0, MILL, 4.0, PLANT, 2.0)));

        assertThat(plan.get(PLANT)).isEqualTo(2.0);
        assertThat(plan.get(MILL)).isCloseTo(5.0, within(1e-9));
        assertThat(plan.get(MINE)).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void whatNoMakerCanCoverIsCutFromItsUsersDownTheChain() {
        // The mine can make 4.5 t: the mill at its minimum of 5 t cannot be fed, so it stays off, and
        // the plant, whose steel nothing else makes, is cut to 0.
        List<ProductionLine> lines = mineMillPlant(4.5);

        Map<TechnologyRef, Double> plan = CoveringRounding.plan(lines, at(Map.of(MINE, 4.0, MILL, 4.0, PLANT, 2.0)));

        assertThat(plan.get(PLANT)).isZero();
        assertThat(plan.get(MILL)).isZero();
        assertThat(plan.get(MINE)).isCloseTo(4.5, within(1e-9));
    }

    @Test
    void theChoicesPinAnLpThatStillHasAPlan() {
        List<ProductionLine> lines = mineMillPlant(1_000_000);
        Map<TechnologyRef, Double> plan = CoveringRounding.plan(lines, at(Map.of(MINE, 4.0, MILL, 4.0, PLANT, 2.0)));

        Map<TechnologyRef, DiscreteDive.Decision> decisions = CoveringRounding.decisions(lines, plan);

        ProductionLine mill = lines.stream().filter(line -> line.ref().equals(MILL)).findFirst().orElseThrow();
        assertThat(decisions).containsOnlyKeys(MILL, PLANT)
                .containsEntry(PLANT, DiscreteDive.Decision.fixed(2))
                .containsEntry(MILL, DiscreteDive.Decision.on(mill));
    }

    /**
     * The plan of the essential needs alone of synthetic economies (popular inputs, minimum runs, 10 %
     * indivisible products), rounded: every line a valid choice, within its capacity and its
     * collective's hours, every product covered, and at least 99 % of the LP plan's needs kept (it
     * keeps 100.1–100.5 %: the plan's deliveries are covered upwards too, on hours the essential plan
     * left idle). On seed 5 {@link ConsistentRounding#plan} cuts everything from the same plan (its
     * cuts run round the input cycles).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theEssentialPlanOfASyntheticEconomyRoundsIntoAValidPlanThatKeepsMostOfItsNeeds(long seed) {
        Economy economy = SyntheticEconomy.generate(SyntheticParameters.of(1_000, seed).withDiscrete(true));
        ProductionPlan problem = ProductionPlans.of(economy, StabilityReference.NONE);
        Map<TechnologyRef, Double> relaxed = new HashMap<>();
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            lp.serveOnly(DiveStart.firstPriorities(economy));
            BoundedNeedsLp.Result essential = lp.solvePresolved(Duration.ofMinutes(5));
            assertThat(essential.optimal()).isTrue();
            relaxed.putAll(essential.production());
        }

        Map<TechnologyRef, Double> plan = CoveringRounding.plan(problem.lines(), at(relaxed));

        WholePlans.assertValid(problem, plan);
        assertThat(BackedOffCovering.needs(problem.lines(), plan))
                .isGreaterThan(0.99 * BackedOffCovering.needs(problem.lines(), relaxed));
    }

    /** A mine (ore, up to {@code mineMax} t), a mill (steel, a ton of ore a ton, minimum run 5 t), a plant (whole cars, 2 t of steel each). */
    private static List<ProductionLine> mineMillPlant(double mineMax) {
        Economy economy = anEconomy().product("ore").product("steel").indivisible("car")
                .collective("mine", 10, aTechnology("ore").maxOutput(mineMax))
                .collective("mill", 10, aTechnology("steel").minOutput(5).input("ore", 1))
                .collective("plant", 10, aTechnology("car").input("steel", 2))
                .local("town", need("car", Priority.ESSENTIAL, 10))
                .build();
        return ProductionPlans.of(economy, StabilityReference.NONE).lines();
    }

    private static java.util.function.ToDoubleFunction<ProductionLine> at(Map<TechnologyRef, Double> values) {
        return line -> values.getOrDefault(line.ref(), 0.0);
    }
}
