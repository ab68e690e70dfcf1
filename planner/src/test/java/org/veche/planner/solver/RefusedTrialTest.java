package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.check.PlanCheck;
import org.veche.model.plan.StabilityReference;
import org.veche.planner.Planner;
import org.veche.planner.SolveOptions;
import org.veche.planner.SolvedPlan;
import org.veche.planner.lp.LpPhase;
import org.veche.planner.lp.LpTimeLimitException;

/**
 * A re-solve of the repair that runs out of time used to end the whole solve with its exception.
 * Here every re-solve with production pinned fails so: the repair must keep the dive's own plan
 * (whole, optimal at the needs level) and the solve must still give it. Needs within 1e-6.
 */
class RefusedTrialTest {

    @Test
    void aReSolveThatRunsOutOfTimeRefusesItsTrialNotTheWholeSolve() {
        // As in DiscreteDiveTest: the works cannot be fed to its minimum and is switched off; the
        // workshop makes 10 of 20 widgets (u(0.5) = 1.75, ×100) and the 2.5 parts go to their own
        // need (u(0.25) = 1): needs 176.
        Economy economy = DiscreteDiveTest.unfedMinimumRun();
        LinearProgram outOfTimeWhenPinned = (e, options) -> {
            if (!options.fixedProduction().isEmpty() || !options.minimumProduction().isEmpty()) {
                throw new LpTimeLimitException("out of time (test)");
            }
            return LpPhase.solve(e, options);
        };

        SolvedPlan solved = new Planner(outOfTimeWhenPinned)
                .solve(economy, new SolveOptions(Duration.ofSeconds(10), StabilityReference.NONE));

        assertThat(PlanCheck.evaluate(economy, solved.plan()).breaches()).isEmpty();
        assertThat(solved.score().needs()).isCloseTo(176, within(1e-6));
    }
}
