package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veche.planner.solver.EconomyBuilder.aTechnology;
import static org.veche.planner.solver.EconomyBuilder.anEconomy;
import static org.veche.planner.solver.EconomyBuilder.need;

import ai.timefold.solver.core.api.score.buildin.bendablebigdecimal.BendableBigDecimalScore;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.veche.model.Priority;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.Planner;
import org.veche.planner.SolveOptions;
import org.veche.planner.lp.LpPhase;

/** When the solve ends: the time limit always; local search also when it stops making progress. */
class SolverSetupTest {

    private static final Duration LIMIT = Duration.ofSeconds(90);

    @Test
    void aContinuousEconomyEndsWithItsLpAndOnlyTheTimeLimitApplies() {
        TerminationConfig end = SolverSetup.termination(bakery(false, StabilityReference.NONE), LIMIT);

        assertThat(end.getSpentLimit()).isEqualTo(LIMIT);
        assertThat(end.getUnimprovedSpentLimit()).isNull();
        assertThat(end.getUnimprovedScoreDifferenceThreshold()).isNull();
    }

    @Test
    void localSearchOnADiscreteEconomyEndsWhenTheNeedsStopGrowingByAMillionthOfTheirMost() {
        // 100 loaves, essential (W·w = 100): fully served the needs are 100 · u(1) = 250.
        TerminationConfig end = SolverSetup.termination(bakery(true, StabilityReference.NONE), LIMIT);

        assertThat(end.getUnimprovedSpentLimit()).isEqualTo(Duration.ofSeconds(9));
        BendableBigDecimalScore threshold =
                BendableBigDecimalScore.parseScore(end.getUnimprovedScoreDifferenceThreshold());
        assertThat(threshold.softScore(0)).isEqualByComparingTo(new BigDecimal("0.00025"));
        assertThat(threshold.softScore(1)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(threshold.hardScore(0)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void withAStabilityReferenceEveryImprovementCounts() {
        StabilityReference accepted = new StabilityReference(
                Map.of(new TechnologyRef("bakery", "bread"), 100.0), Map.of(), Map.of());

        TerminationConfig end = SolverSetup.termination(bakery(true, accepted), LIMIT);

        assertThat(end.getUnimprovedSpentLimit()).isEqualTo(Duration.ofSeconds(9));
        assertThat(end.getUnimprovedScoreDifferenceThreshold()).isNull();
    }

    /**
     * The need stages beside the LP phase take the second core only where the discrete dive's model
     * does not (here: with discrete choices on a small economy, the dive's model is beside the LP).
     */
    @Test
    void theLpPhaseAsksForNeedStagesOnlyWhereTheDivesModelIsNotBesideIt() {
        assertThat(needStagesAsked(bakery(false, StabilityReference.NONE))).containsExactly(true);
        assertThat(needStagesAsked(bakery(true, StabilityReference.NONE))).isNotEmpty().containsOnly(false);
    }

    private static List<Boolean> needStagesAsked(ProductionPlan problem) {
        List<Boolean> asked = new CopyOnWriteArrayList<>();
        LinearProgram recording = (economy, options) -> {
            asked.add(options.needStages());
            return LpPhase.solve(economy, options);
        };
        new Planner(recording).solve(problem.economy(), new SolveOptions(Duration.ofSeconds(5), StabilityReference.NONE));
        return asked;
    }

    static ProductionPlan bakery(boolean indivisible, StabilityReference stability) {
        EconomyBuilder economy = indivisible ? anEconomy().indivisible("bread") : anEconomy().product("bread");
        return ProductionPlans.of(economy.collective("bakery", 10, aTechnology("bread"))
                .local("river", need("bread", Priority.ESSENTIAL, 100)).build(), stability);
    }
}
