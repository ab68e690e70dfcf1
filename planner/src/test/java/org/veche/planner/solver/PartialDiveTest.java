package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.lp.BoundedNeedsLp;
import org.veche.planner.lp.LpOptions;
import org.veche.planner.lp.LpPhase;
import org.veche.planner.lp.LpSolution;
import org.veche.planner.lp.LpStatus;

/**
 * What the repair does with a dive cut short by its deadline: the lines it left open are rounded
 * from its last plan, nearest first, and the first rounding the full solve accepts is kept. And
 * without a dive at all: every line rounded at once from the LP phase's plan, consistently.
 */
class PartialDiveTest {

    private static final Duration FAR = Duration.ofHours(1);
    private static final TechnologyRef WORKS = new TechnologyRef("works", "widget");
    private static final TechnologyRef WORKSHOP = new TechnologyRef("workshop", "widget");

    @Test
    void theLinesADiveLeftOpenAreRoundedFromItsPlanUntilARoundingIsFeasible() {
        // The relaxation runs the works at 5 widgets, nearer its minimum of 8 than 0. Rounded to the
        // nearest it is on, which needs 4 parts where the foundry makes 2.5: refused. Rounded down it
        // is off, and the workshop makes its 10 widgets.
        Economy economy = DiscreteDiveTest.unfedMinimumRun();
        List<ProductionLine> discrete = ProductionPlans.of(economy, StabilityReference.NONE).lines().stream()
                .filter(ProductionLine::discrete).toList();
        BoundedNeedsLp.Result relaxation;
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            relaxation = lp.solve(FAR);
        }
        assertThat(relaxation.production(WORKS)).isCloseTo(5, within(1e-6));
        DiscreteDive.Outcome cutShort = new DiscreteDive.Outcome(Map.of(), relaxation.production(), relaxation.needs(),
                1, 1, 0, 0);
        DiscreteRepairCommand repair = new DiscreteRepairCommand(LpPhase::solve, LpOptions.DEFAULT.withTimeLimit(FAR),
                Optional::empty);

        DiscreteRepairCommand.WholePlan whole = repair
                .roundTheRest(economy, discrete, cutShort, System.nanoTime() + FAR.toNanos())
                .orElseThrow(() -> new AssertionError("no rounding was feasible"));

        assertThat(whole.open()).isEqualTo(1);
        assertThat(whole.completed()).isTrue();
        assertThat(whole.choices()).containsEntry(WORKS, 0.0);
        assertThat(whole.production().get(WORKS)).isEqualTo(0.0);
        assertThat(whole.production().get(WORKSHOP)).isCloseTo(10, within(1e-6));
    }

    @Test
    void withoutADiveEveryLineIsRoundedAtOnceFromTheLpPlanSoThatNoProductFallsShort() {
        // The mill has the hours for 2.4 parts, which the assembler turns into 4 kits (0.6 parts
        // each). Nearest and down give 2 parts and 4 kits, up 3 parts the mill has no hours for: the
        // older roundings are all refused. Rounded consistently, the part falls 0.4 short, the mill
        // cannot be raised, so the assembler is lowered to 3 kits.
        TechnologyRef mill = new TechnologyRef("mill", "part");
        TechnologyRef assembler = new TechnologyRef("assembler", "kit");
        Economy economy = EconomyBuilder.anEconomy().indivisible("part").indivisible("kit")
                .collective("mill", 1, EconomyBuilder.aTechnology("part").labourHours(1600 / 2.4))
                .collective("assembler", 1, EconomyBuilder.aTechnology("kit").input("part", 0.6).maxOutput(100))
                .local("town", EconomyBuilder.need("kit", Priority.ESSENTIAL, 10))
                .build();
        List<ProductionLine> lines = ProductionPlans.of(economy, StabilityReference.NONE).lines();
        LpSolution lpPlan = LpPhase.solve(economy, LpOptions.DEFAULT.withTimeLimit(FAR));
        assertThat(lpPlan.production(mill)).isCloseTo(2.4, within(1e-6));
        assertThat(lpPlan.production(assembler)).isCloseTo(4, within(1e-6));
        assertThat(LpPhase.solve(economy, LpOptions.DEFAULT.withTimeLimit(FAR)
                .withFixedProduction(Map.of(mill, 2.0, assembler, 4.0))).status()).isEqualTo(LpStatus.INFEASIBLE);
        DiscreteRepairCommand repair = new DiscreteRepairCommand(LpPhase::solve, LpOptions.DEFAULT.withTimeLimit(FAR),
                Optional::empty);

        DiscreteRepairCommand.WholePlan whole = repair
                .roundAtOnce(economy, lines, lpPlan.production(), System.nanoTime() + FAR.toNanos())
                .orElseThrow(() -> new AssertionError("the consistent rounding was refused"));

        assertThat(whole.completed()).isTrue();
        assertThat(whole.open()).isZero();
        assertThat(whole.choices()).containsEntry(mill, 2.0).containsEntry(assembler, 3.0);
        assertThat(whole.production().get(assembler)).isCloseTo(3, within(1e-6));
    }

    @Test
    void aDiveThatWouldSolveItsModelColdRunsOnlyIfItsDeadlineIsStillAhead() {
        long now = 1_000_000_000_000L;
        assertThat(DiscreteRepairCommand.diveFits(false, now + 1, now)).isTrue();
        assertThat(DiscreteRepairCommand.diveFits(false, now, now)).isFalse();
        assertThat(DiscreteRepairCommand.diveFits(false, now - 5_000_000_000L, now)).isFalse();
        // Solved beside the LP phase, the model is (nearly) ready: the dive's warm re-solves are cheap.
        assertThat(DiscreteRepairCommand.diveFits(true, now - 5_000_000_000L, now)).isTrue();
    }

    /**
     * Past the repair's deadline a rounding as it stands is tried only while no whole plan is there
     * (it is then the only way to one); with one there it would only run the solve over its time
     * limit (20,000 tiered discrete products: 3 s, a 60 s solve taking 61.4 s).
     */
    @Test
    void aRoundingAsItStandsRunsPastTheDeadlineOnlyWhileThereIsNoWholePlan() {
        long now = 1_000_000_000_000L;
        assertThat(DiscreteRepairCommand.roundingFits(true, now + 1, now)).isTrue();
        assertThat(DiscreteRepairCommand.roundingFits(true, now, now)).isFalse();
        assertThat(DiscreteRepairCommand.roundingFits(true, now - 5_000_000_000L, now)).isFalse();
        assertThat(DiscreteRepairCommand.roundingFits(false, now - 5_000_000_000L, now)).isTrue();
    }
}
