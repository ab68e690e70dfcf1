package org.veche.planner.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.veche.model.Priority.ESSENTIAL;
import static org.veche.model.Priority.IMPORTANT;

import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPSolver;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.plan.NeedGroup;
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
     * tolerance, at GLOP's plan and needs (1e-3 relative), and its shares with it (all the bread,
     * 30 % of the flour).
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
        assertThat(result.shares()).hasSize(2);
        assertThat(result.shares().get(new NeedGroup("bread", Priority.ESSENTIAL))).isCloseTo(1, within(1e-3));
        assertThat(result.shares().get(new NeedGroup("flour", Priority.IMPORTANT))).isCloseTo(0.3, within(1e-3));
    }

    /**
     * On a model with bounds (a {@link BoundedNeedsLp}'s): the essential needs alone of
     * a 300-product synthetic economy, within 0.1 % of GLOP's optimum of the same model (PDLP's
     * tolerance is in its own rescaled measure; here it ends at it), and the model's own warm
     * solve afterwards unchanged (PDLP solved a copy).
     */
    @Test
    void theBoundedModelIsSolvedAsItStandsOnACopy() {
        Economy economy = SyntheticEconomy.generate(SyntheticParameters.of(300, 3));
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            lp.serveOnly(Set.of(ESSENTIAL));
            BoundedNeedsLp.Result exact = lp.solve(LIMIT);

            FirstOrderNeeds.Result approximate = FirstOrderNeeds.solve(FirstOrderNeeds.smoothed(lp.lp), LIMIT, 2).orElseThrow();
            BoundedNeedsLp.Result again = lp.solve(LIMIT);

            assertThat(approximate.converged()).as(approximate.log()).isTrue();
            assertThat(approximate.objective()).isCloseTo(exact.needs(), within(1e-3 * exact.needs()));
            assertThat(again.needs()).isCloseTo(exact.needs(), within(1e-9 * exact.needs()));
        }
    }

    /**
     * The parabola PDLP maximises in place of u meets u at the quarter points and lies above it in
     * between by at most 1/32, reached at the middle of each quarter.
     */
    @Test
    void theSmoothedUtilityMeetsUAtTheQuarterPointsAndStaysWithinAThirtySecondAbove() {
        for (int k = 0; k <= 4; k++) {
            assertThat(ShareUtility.smooth(k / 4.0)).as("share %d/4", k).isCloseTo(ShareUtility.u(k / 4.0), within(1e-12));
        }
        for (int i = 0; i <= 1000; i++) {
            double share = i / 1000.0;
            assertThat(ShareUtility.smooth(share) - ShareUtility.u(share)).as("share %s", share)
                    .isBetween(-1e-12, 1 / 32.0 + 1e-12);
        }
        assertThat(ShareUtility.smooth(0.625) - ShareUtility.u(0.625)).isCloseTo(1 / 32.0, within(1e-12));
    }

    /**
     * The model PDLP gets: the mill's and the bakery's production as they are, then one share column
     * per need group bounded by its open segments (bread: two quarters open, so 0.5), worth
     * weight × (4.5r − 2r²) (essential bread 100, important flour 10), its demand in its product's
     * balance once, not four times.
     */
    @Test
    void theSmoothedModelHasOneShareColumnPerGroupBoundedByItsOpenSegments() {
        onMillAndBakery(lp -> {
            int bread = lp.group(new NeedGroup("bread", ESSENTIAL)).orElseThrow();
            int flour = lp.group(new NeedGroup("flour", IMPORTANT)).orElseThrow();
            lp.segments[bread][2].setUb(0);
            lp.segments[bread][3].setUb(0);

            FirstOrderNeeds.Smoothed smoothed = FirstOrderNeeds.smoothed(lp);
            MPModelProto model = smoothed.model();
            int breadShare = lp.x.length + bread;
            int flourShare = lp.x.length + flour;

            assertThat(model.getVariableCount()).isEqualTo(lp.x.length + 2);
            assertThat(model.getMaximize()).isTrue();
            assertThat(model.getVariable(breadShare).getUpperBound()).isEqualTo(0.5);
            assertThat(model.getVariable(flourShare).getUpperBound()).isEqualTo(1.0);
            assertThat(model.getVariable(breadShare).getObjectiveCoefficient()).isCloseTo(450, within(1e-9));
            assertThat(model.getVariable(flourShare).getObjectiveCoefficient()).isCloseTo(45, within(1e-9));
            assertThat(model.getVariable(lp.technology(MILL).orElseThrow()).getObjectiveCoefficient()).isZero();
            Map<Integer, Double> quadratic = new HashMap<>();
            for (int i = 0; i < model.getQuadraticObjective().getCoefficientCount(); i++) {
                assertThat(model.getQuadraticObjective().getQvar1Index(i)).isEqualTo(model.getQuadraticObjective().getQvar2Index(i));
                quadratic.put(model.getQuadraticObjective().getQvar1Index(i), model.getQuadraticObjective().getCoefficient(i));
            }
            assertThat(quadratic).containsOnlyKeys(breadShare, flourShare);
            assertThat(quadratic.get(breadShare)).isCloseTo(-200, within(1e-9));
            assertThat(quadratic.get(flourShare)).isCloseTo(-20, within(1e-9));
            MPConstraintProto breadBalance = model.getConstraint(rowOf(lp, "bread"));
            assertThat(breadBalance.getVarIndexList()).containsExactlyInAnyOrder(lp.technology(BAKERY).orElseThrow(), breadShare);
            assertThat(breadBalance.getCoefficient(breadBalance.getVarIndexList().indexOf(breadShare))).isEqualTo(-100.0);
            MPConstraintProto flourBalance = model.getConstraint(rowOf(lp, "flour"));
            assertThat(flourBalance.getVarIndexList()).containsExactlyInAnyOrder(lp.technology(MILL).orElseThrow(),
                    lp.technology(BAKERY).orElseThrow(), flourShare);
        });
    }

    /** A row that holds a later segment of a group apart from its first cannot be smoothed: refused, named. */
    @Test
    void aRowWithALaterSegmentApartFromItsFirstIsRefused() {
        onMillAndBakery(lp -> {
            int bread = lp.group(new NeedGroup("bread", ESSENTIAL)).orElseThrow();
            lp.solver.makeConstraint(0, 0.1, "").setCoefficient(lp.segments[bread][1], 1);

            assertThatThrownBy(() -> FirstOrderNeeds.smoothed(lp)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("share segment " + lp.segments[bread][1].index())
                    .hasMessageContaining("cannot be smoothed");
        });
    }

    /** Runs {@code test} on the mill-and-bakery economy's planning LP, freed after. */
    private static void onMillAndBakery(Consumer<PlanningLp> test) {
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            test.accept(PlanningLp.build(BoundedNeedsLpTest.millAndBakery(), solver));
        } finally {
            solver.delete();
        }
    }

    private static int rowOf(PlanningLp lp, String product) {
        return lp.balance.get(product).index();
    }
}
