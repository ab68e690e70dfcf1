package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.veche.planner.solver.EconomyBuilder.aTechnology;
import static org.veche.planner.solver.EconomyBuilder.anEconomy;
import static org.veche.planner.solver.EconomyBuilder.need;

import ai.timefold.solver.core.api.score.buildin.bendablebigdecimal.BendableBigDecimalScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.check.PlanScore;
import org.veche.model.plan.StabilityReference;
import org.veche.planner.lp.LpOptions;
import org.veche.planner.lp.LpPhase;
import org.veche.planner.lp.LpSolution;

/** The LP's objective levels and the constraint streams score the LP plan alike (tolerance 1e-6 relative). */
class LpScoreAgreementTest {

    @Test
    void theLpPlanScoresTheSameInTheLpAndInTheConstraintStreams() {
        // Working time binds at the bakery and the emission cap binds at the mill: shares are partial.
        Economy economy = anEconomy().product("bread").product("flour").product("tools")
                .collective("bakery", 3, aTechnology("bread").labourHours(2).input("flour", 0.6).input("tools", 0.01))
                .collective("mill", 10, aTechnology("flour").labourHours(0.5).emissions(1).input("tools", 0.02))
                .collective("forge", 10, aTechnology("tools").labourHours(5).emissions(2))
                .local("river", need("bread", Priority.ESSENTIAL, 2000), need("tools", Priority.IMPORTANT, 300))
                .local("hill", need("bread", Priority.ESSENTIAL, 1500), need("bread", Priority.DESIRED, 3000),
                        need("flour", Priority.IMPORTANT, 1000))
                .emissionCap(2500)
                .build();
        LpSolution lp = LpPhase.solve(economy, LpOptions.DEFAULT.withTimeLimit(Duration.ofMinutes(1)));
        ProductionPlan plan = ProductionPlans.of(economy, StabilityReference.NONE);
        plan.lines().forEach(line -> line.setQuantity(Math.max(0, lp.production().get(line.ref()))));
        SolutionManager<ProductionPlan, BendableBigDecimalScore> scores = SolutionManager.create(SolverFactory.create(
                SolverSetup.of(plan, LpPhase::solve, Duration.ofSeconds(1)).config()));
        scores.update(plan);
        PlanScore score = PlanReadout.score(plan);

        assertThat(score.feasible()).isTrue();
        assertThat(score.needs()).isCloseTo(lp.needs(), within(1e-6 * lp.needs()));
        assertThat(score.labourHours()).isCloseTo(lp.labourHours(), within(1e-6 * lp.labourHours()));
        assertThat(score.emissions()).isCloseTo(lp.emissions(), within(1e-6 * Math.max(1, lp.emissions())));
        assertThat(score.essential() * 100 + score.important() * 10 + score.desired()).isCloseTo(score.needs(), within(1e-6));
    }
}
