package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.bench.SyntheticEconomy;
import org.veche.planner.bench.SyntheticParameters;
import org.veche.planner.lp.BoundedNeedsLp;

class BackedOffCoveringTest {

    /**
     * The LP optimum of a 1,000-product popular discrete economy, every line moved by up to ±1 %
     * and one collective's lines doubled (over its hours and capacities, as an approximate solve can
     * leave them): made whole, every line is a valid choice within its capacity and hours, every
     * input covered, and at least 95 % of the optimum's needs kept (a hundredth is backed off first).
     */
    @Test
    void anApproximatePlanThatBreaksBoundsBalancesAndHoursIsMadeWholeAndFeasible() {
        Economy economy = SyntheticEconomy.generate(SyntheticParameters.of(1_000, 2).withDiscrete(true));
        ProductionPlan problem = ProductionPlans.of(economy, StabilityReference.NONE);
        Map<TechnologyRef, Double> optimum;
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            BoundedNeedsLp.Result relaxation = lp.solvePresolved(Duration.ofMinutes(5));
            assertThat(relaxation.optimal()).isTrue();
            optimum = relaxation.production();
        }
        Random random = new Random(7);
        String doubled = problem.lines().getFirst().collective().id();
        Map<TechnologyRef, Double> approximate = new HashMap<>();
        for (ProductionLine line : problem.lines()) {
            double x = optimum.getOrDefault(line.ref(), 0.0) * (1 + 0.02 * (random.nextDouble() - 0.5));
            approximate.put(line.ref(), line.collective().id().equals(doubled) ? 2 * x + 1 : x);
        }

        Map<TechnologyRef, Double> plan = BackedOffCovering.plan(problem.lines(), approximate,
                System.nanoTime() + Duration.ofMinutes(5).toNanos()).orElseThrow();

        WholePlans.assertValid(problem, plan);
        assertThat(BackedOffCovering.needs(problem.lines(), plan))
                .isGreaterThan(0.95 * BackedOffCovering.needs(problem.lines(), optimum));
    }
}
