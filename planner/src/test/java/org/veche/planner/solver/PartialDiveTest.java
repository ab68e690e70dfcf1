package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.lp.BoundedNeedsLp;
import org.veche.planner.lp.LpOptions;
import org.veche.planner.lp.LpPhase;

/**
 * What the repair does with a dive cut short by its deadline: the lines it left open are rounded
 * from its last plan, nearest first, and the first rounding the full solve accepts is kept.
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
}
