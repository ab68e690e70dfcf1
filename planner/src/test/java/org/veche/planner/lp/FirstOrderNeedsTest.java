package org.veche.planner.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.veche.model.Priority.ESSENTIAL;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.bench.SyntheticEconomy;
import org.veche.planner.bench.SyntheticParameters;

/** PDLP's approximate needs level against GLOP's exact one. */
class FirstOrderNeedsTest {

    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final TechnologyRef MILL = new TechnologyRef("mill", "flour");
    private static final TechnologyRef BAKERY = new TechnologyRef("bakery", "bread");

    /**
     * The mill and the bakery of {@code BoundedNeedsLpTest}: bread first (100 loaves, 50 of the
     * mill's 80 t of flour), the other 30 t of flour to the flour need. PDLP ends within its
     * tolerance, at GLOP's plan and needs (1e-3 relative).
     */
    @Test
    void aSmallEconomyConvergesToTheSimplexOptimum() {
        Economy economy = BoundedNeedsLpTest.millAndBakery();
        double exact;
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            exact = lp.solve(LIMIT).needs();
        }

        FirstOrderNeeds.Result result = FirstOrderNeeds.solve(economy, LIMIT, 1).orElseThrow();

        assertThat(result.converged()).as(result.log()).isTrue();
        assertThat(result.objective()).isCloseTo(exact, within(1e-3 * exact));
        assertThat(result.production().get(BAKERY)).isCloseTo(100, within(0.1));
        assertThat(result.production().get(MILL)).isCloseTo(80, within(0.1));
    }

    /**
     * On a model with bounds ({@link BoundedNeedsLp#solveFirstOrder}): the essential needs alone of
     * a 300-product synthetic economy, within 1 % of GLOP's optimum of the same model (PDLP's
     * tolerance is in its own rescaled measure: here it ends 0.2 % below), and the model's own warm
     * solve afterwards unchanged (PDLP solved a copy).
     */
    @Test
    void theBoundedModelIsSolvedAsItStandsOnACopy() {
        Economy economy = SyntheticEconomy.generate(SyntheticParameters.of(300, 3));
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            lp.serveOnly(Set.of(ESSENTIAL));
            BoundedNeedsLp.Result exact = lp.solve(LIMIT);

            FirstOrderNeeds.Result approximate = lp.solveFirstOrder(LIMIT, 2).orElseThrow();
            BoundedNeedsLp.Result again = lp.solve(LIMIT);

            assertThat(approximate.converged()).as(approximate.log()).isTrue();
            assertThat(approximate.objective()).isCloseTo(exact.needs(), within(1e-2 * exact.needs()));
            assertThat(again.needs()).isCloseTo(exact.needs(), within(1e-9 * exact.needs()));
        }
    }
}
