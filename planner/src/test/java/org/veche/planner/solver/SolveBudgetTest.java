package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    void workFollowedByLongerWorkEndsThatMuchEarlier() {
        // 4 s spent; what follows takes 2.5 times as long: end 10 s before the limit.
        assertThat(MINUTE_FROM_100.endOfWorkStartingAt(104 * SECOND, 2.5)).isEqualTo(150 * SECOND);
        // 30 s spent, 30 s left: 75 s ahead would be before now, so half of what is left.
        assertThat(MINUTE_FROM_100.endOfWorkStartingAt(130 * SECOND, 2.5)).isEqualTo(145 * SECOND);
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

    @Test
    void withDiscreteChoicesTheFirstStepSaysWhenItAndLocalSearchMustEnd() {
        ProductionPlan problem = SolverSetupTest.bakery(true, StabilityReference.NONE);
        // 10 s spent before the step (and the moment building the solver takes): it ends twice
        // that, 20 s and a little, before the limit.
        SolveBudget budget = new SolveBudget(System.nanoTime() - 10 * SECOND, Duration.ofSeconds(60));
        SolverSetup setup = SolverSetup.of(problem, LpPhase::solve, budget);
        Solver<ProductionPlan> solver = SolverFactory.<ProductionPlan>create(setup.config()).buildSolver();
        List<Long> ends = new ArrayList<>();
        setup.onSearchEnd(end -> {
            ends.add(end);
            solver.terminateEarly(); // what Planner does at that time; here at once, so local search never starts
        });

        ProductionPlan solved = solver.solve(problem);

        assertThat(ends).hasSize(1);
        assertThat(budget.endNanos() - ends.getFirst()).isBetween(20 * SECOND, 23 * SECOND);
        assertThat(solved.getScore().isFeasible()).isTrue();
        assertThat(solved.lines().getFirst().quantity()).isEqualTo(100);
    }
}
