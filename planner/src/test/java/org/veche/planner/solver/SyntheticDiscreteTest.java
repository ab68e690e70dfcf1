package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.veche.model.Economy;
import org.veche.model.check.PlanCheck;
import org.veche.model.check.PlanEvaluation;
import org.veche.model.plan.StabilityReference;
import org.veche.planner.bench.InputStructure;
import org.veche.planner.bench.SyntheticEconomy;
import org.veche.planner.bench.SyntheticParameters;
import org.veche.planner.lp.LpOptions;
import org.veche.planner.lp.LpPhase;
import org.veche.planner.lp.LpSolution;
import org.veche.planner.lp.LpStatus;

/**
 * The discrete repair on the benchmark's synthetic discrete economy (a tenth of products
 * indivisible, a fifth of technologies with a minimum run, labour binding), where every rounding
 * of the LP plan used to be refused and the plan stayed all zero. The dive and the full solve under
 * its choices must give a plan the independent {@link PlanCheck} accepts (its own tolerance) with
 * needs within 1 % of the LP bound, on both input structures. No time limit plays a part: the deadline is an hour away.
 * {@code -Dveche.synthetic.products=2000} runs it at another size.
 */
class SyntheticDiscreteTest {

    private static final int PRODUCTS = Integer.getInteger("veche.synthetic.products", 300);
    private static final Duration FAR = Duration.ofHours(1);

    @ParameterizedTest(name = "seed {0}, {1}")
    @CsvSource({"1, popular", "2, popular", "13, popular", "1, tiered"})
    void theRepairedPlanIsFeasibleAndWithinOnePercentOfTheLpBound(long seed, String structure) {
        Economy economy = discreteEconomy(seed, structure);
        LpSolution bound = LpPhase.solve(economy, LpOptions.DEFAULT.withTimeLimit(FAR));
        ProductionPlan plan = ProductionPlans.of(economy, StabilityReference.NONE);
        List<ProductionLine> discrete = plan.lines().stream().filter(ProductionLine::discrete).toList();
        DiscreteRepairCommand repair = new DiscreteRepairCommand(LpPhase::solve, LpOptions.DEFAULT.withTimeLimit(FAR),
                () -> Optional.of(bound));

        long deadline = System.nanoTime() + FAR.toNanos();
        DiscreteRepairCommand.WholePlan whole = repair.wholePlan(economy, plan.lines(), deadline, deadline)
                .orElseThrow(() -> new AssertionError("No whole plan for seed " + seed));
        PlanEvaluation evaluation = evaluate(economy, plan, whole.production());

        assertThat(bound.status()).as(bound.diagnostics().toString()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(discrete).hasSizeGreaterThan(PRODUCTS / 2);
        assertThat(whole.open()).as("choices the dive left open").isZero();
        assertThat(whole.completed()).as("the full solve under the dive's choices ran").isTrue();
        assertThat(evaluation.breaches()).isEmpty();
        assertThat(evaluation.score().needs()).isGreaterThanOrEqualTo(0.99 * bound.needs());
    }

    /**
     * The repair's last resort, when no full solve fits in the time left: the consistent rounding of
     * the LP plan taken as it stands, with no LP solve at all. Still a plan the check accepts, though
     * further from the bound than a re-solve gets: the users it lowers to cover a shortfall stay
     * lowered, where a re-solve would raise other lines. Measured 0.0003–0.06 % below the bound
     * at 300 products and 0.4–4.0 % at 2,000 (tiered; popular seeds 2, 1, 13); so held to 95 % here.
     */
    @ParameterizedTest(name = "seed {0}, {1}")
    @CsvSource({"1, popular", "2, popular", "13, popular", "1, tiered"})
    void theLpPlanRoundedAsItStandsIsFeasibleAndWithinFivePercentOfTheLpBound(long seed, String structure) {
        Economy economy = discreteEconomy(seed, structure);
        LpSolution bound = LpPhase.solve(economy, LpOptions.DEFAULT.withTimeLimit(FAR));
        ProductionPlan plan = ProductionPlans.of(economy, StabilityReference.NONE);

        PlanEvaluation evaluation = evaluate(economy, plan,
                ConsistentRounding.plan(plan.lines(), line -> bound.production(line.ref())));

        assertThat(bound.status()).as(bound.diagnostics().toString()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(evaluation.breaches()).isEmpty();
        assertThat(evaluation.score().needs()).isGreaterThanOrEqualTo(0.95 * bound.needs());
    }

    private static Economy discreteEconomy(long seed, String structure) {
        return SyntheticEconomy.generate(SyntheticParameters.of(PRODUCTS, seed).withDiscrete(true)
                .withStructure(InputStructure.of(structure)));
    }

    /** The independent check's verdict on {@code plan} with {@code production} (tidied) loaded into it. */
    private static PlanEvaluation evaluate(Economy economy, ProductionPlan plan,
            java.util.Map<org.veche.model.plan.TechnologyRef, Double> production) {
        plan.lines().forEach(line -> line.setQuantity(
                ProductionLoad.tidy(line, production.getOrDefault(line.ref(), 0.0))));
        return PlanCheck.evaluate(economy, PlanReadout.plan(plan));
    }
}
