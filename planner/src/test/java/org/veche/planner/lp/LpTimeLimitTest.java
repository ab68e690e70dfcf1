package org.veche.planner.lp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.planner.support.SyntheticEconomy;

/** A level cut off by the time limit gives the best plan so far instead of an exception. */
class LpTimeLimitTest {

    /**
     * Stopped before any feasible point, HiGHS reports status 99, which OR-Tools 9.15's Java enum
     * lacks (seen at 20,000 products; at this size HiGHS usually has a point within the millisecond).
     */
    @Test
    void highsCutOffByTheTimeLimitGivesAFeasiblePlan() {
        Economy economy = SyntheticEconomy.generate(300, 7);

        LpSolution solution = LpPhase.solve(economy, LpOptions.DEFAULT.withTimeLimit(Duration.ofMillis(1)),
                List.of("HIGHS"));

        assertThat(solution.status()).isIn(LpStatus.FEASIBLE, LpStatus.STOPPED);
        assertThat(solution.needs()).isNotNegative();
    }

    /**
     * Stopped by another thread ({@link LpStop}) instead of the time limit: the same stopped LP, and
     * no other solver tried after GLOP (an interrupted GLOP would otherwise look like a numerical
     * failure and hand over to HiGHS). A stop nobody may request changes nothing.
     */
    @Test
    void anLpStoppedOnRequestEndsAsAtItsTimeLimitWithoutTryingAnotherSolver() {
        Economy economy = SyntheticEconomy.generate(300, 7);
        LpStop stop = LpStop.create();
        stop.request();
        LpStop.NEVER.request();

        LpSolution stopped = LpPhase.solve(economy, LpOptions.DEFAULT.withStop(stop));
        LpSolution unstoppable = LpPhase.solve(economy, LpOptions.DEFAULT.withStop(LpStop.NEVER));

        assertThat(stopped.status()).isEqualTo(LpStatus.STOPPED);
        assertThat(stopped.needs()).isZero();
        assertThat(stopped.diagnostics().solver()).startsWith("Glop").doesNotContain("HiGHS");
        assertThat(LpStop.NEVER.requested()).isFalse();
        assertThat(unstoppable.status()).isEqualTo(LpStatus.OPTIMAL);
    }

    /** GLOP's dual simplex has no plan before it ends: cut off, the LP says it stopped with none. */
    @Test
    void glopCutOffBeforeItsNeedsLevelEndsSaysItStoppedWithoutAPlan() {
        Economy economy = SyntheticEconomy.generate(2000, 7);

        LpSolution solution = LpPhase.solve(economy, LpOptions.DEFAULT.withTimeLimit(Duration.ofMillis(1)));

        assertThat(solution.status()).isEqualTo(LpStatus.STOPPED);
        assertThat(solution.needs()).isZero();
        assertThat(solution.production().values()).allMatch(quantity -> quantity == 0);
    }
}
