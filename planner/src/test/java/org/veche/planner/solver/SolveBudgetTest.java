package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.veche.model.plan.StabilityReference;
import org.veche.planner.lp.LpPhase;

/** How much of a solve's time limit work that starts later may use. */
class SolveBudgetTest {

    private static final long SECOND = 1_000_000_000L;
    private static final SolveBudget MINUTE_FROM_100 = new SolveBudget(100 * SECOND, Duration.ofSeconds(60));

    @Test
    void workThatStartsAfterFiveSecondsEndsFiveSecondsBeforeTheLimit() {
        assertThat(MINUTE_FROM_100.endOfWorkStartingAt(105 * SECOND)).isEqualTo(155 * SECOND);
        assertThat(MINUTE_FROM_100.forWorkStartingAt(105 * SECOND)).isEqualTo(Duration.ofSeconds(50));
    }

    @Test
    void workThatStartsLateStillGetsHalfOfWhatIsLeft() {
        // 40 s spent, 20 s left: ending 40 s before the limit would leave nothing.
        assertThat(MINUTE_FROM_100.endOfWorkStartingAt(140 * SECOND)).isEqualTo(150 * SECOND);
    }

    @Test
    void workThatStartsWhenTheSolveStartsMayUseAllOfIt() {
        assertThat(MINUTE_FROM_100.endOfWorkStartingAt(100 * SECOND)).isEqualTo(160 * SECOND);
    }

    @Test
    void workThatStartsAfterTheLimitGetsAMillisecond() {
        assertThat(MINUTE_FROM_100.endOfWorkStartingAt(170 * SECOND)).isEqualTo(170 * SECOND);
        assertThat(MINUTE_FROM_100.forWorkStartingAt(170 * SECOND)).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void aLimitMustBePositive() {
        assertThatThrownBy(() -> new SolveBudget(0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
    }

    @Test
    void timefoldsOwnLimitLeavesTheAnalysisAsLongAsTheSolveTookToStart() {
        ProductionPlan problem = SolverSetupTest.bakery(false, StabilityReference.NONE);
        // The planning problem took 10 s to build: Timefold's limit ends 10 s before the solve's.
        SolveBudget budget = new SolveBudget(System.nanoTime() - 10 * SECOND, Duration.ofSeconds(60));

        Duration spent = SolverSetup.of(problem, LpPhase::solve, budget).config().getTerminationConfig().getSpentLimit();

        // 40 s at once (50 s left, 10 s spent), less the moment SolverSetup.of took, twice.
        assertThat(spent).isLessThanOrEqualTo(Duration.ofSeconds(40)).isGreaterThan(Duration.ofSeconds(30));
    }
}
