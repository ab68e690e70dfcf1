package org.veche.planner.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.veche.model.Priority.ESSENTIAL;
import static org.veche.model.Priority.IMPORTANT;
import static org.veche.planner.support.EconomyBuilder.anEconomy;
import static org.veche.planner.support.EconomyBuilder.makes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.Policy;
import org.veche.model.plan.Delivery;
import org.veche.model.plan.NeedGroup;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.lp.FirstOrderNeeds;
import org.veche.planner.lp.LpDiagnostics;
import org.veche.planner.lp.LpOptions;
import org.veche.planner.lp.LpPhase;
import org.veche.planner.lp.LpSensitivity;
import org.veche.planner.lp.LpSolution;
import org.veche.planner.lp.LpStatus;

/** Explanations on small economies. Tolerance: 1e-6 absolute on shares and relief amounts. */
class ExplainerTest {

    private static final Offset<Double> TOLERANCE = within(1e-6);
    private static final NeedGroup BREAD = new NeedGroup("bread", ESSENTIAL);

    private static List<Explanation> explain(Economy economy) {
        return Explainer.explain(economy, LpPhase.solve(economy, LpOptions.DEFAULT));
    }

    @Test
    void anLpStoppedBeforeAnyPlanIsExplainedAsTheTimeLimitNotAsALimitOfTheEconomy() {
        Economy economy = millAndBakery(100);
        LpSolution stopped = new LpSolution(LpStatus.STOPPED, java.util.Map.of(), java.util.Map.of(),
                java.util.Map.of(), 0, 0, 0, 0, new LpDiagnostics(0, 0, 0, 0, "GLOP"));

        List<Explanation> explanations = Explainer.explain(economy, stopped);

        assertThat(explanations).singleElement().satisfies(e -> {
            assertThat(e.share()).isZero();
            assertThat(e.limit()).isEqualTo(LimitKind.TIME_LIMIT);
            assertThat(e.relief()).isEmpty();
            assertThat(e.text()).contains("time limit").contains("nothing was planned");
        });
    }

    /**
     * The LP stopped before any plan, but the discrete repair made one beside it: the shares are the
     * plan's, and only a need it serves in part is explained as such; one it does not serve still
     * says nothing was planned.
     */
    @Test
    void anLpStoppedBeforeAnyPlanWithAPlanMadeBesideItIsExplainedByThePlansShares() {
        Economy economy = anEconomy().product("bread").product("salt")
                .collective("bakery", 10, makes("bread"))
                .need("river", "bread", ESSENTIAL, 1000)
                .need("river", "salt", IMPORTANT, 10)
                .need("hill", "bread", IMPORTANT, 100)
                .build();
        LpSolution stopped = new LpSolution(LpStatus.STOPPED, java.util.Map.of(), java.util.Map.of(),
                java.util.Map.of(), 0, 0, 0, 0, new LpDiagnostics(0, 0, 0, 0, "GLOP"));
        Plan plan = new Plan(economy.name(), List.of(), List.of(
                new Delivery("river", "bread", ESSENTIAL, 1000), new Delivery("hill", "bread", IMPORTANT, 25)));

        List<Explanation> explanations = Explainer.explain(economy, stopped, plan);

        assertThat(explanations).extracting(Explanation::group)
                .containsExactlyInAnyOrder(new NeedGroup("salt", IMPORTANT), new NeedGroup("bread", IMPORTANT));
        assertThat(explanations).filteredOn(e -> e.group().product().equals("bread")).singleElement().satisfies(e -> {
            assertThat(e.share()).isCloseTo(0.25, TOLERANCE);
            assertThat(e.limit()).isEqualTo(LimitKind.TIME_LIMIT);
            assertThat(e.text()).contains("25 % served").contains("made whole without it")
                    .doesNotContain("nothing was planned");
        });
        assertThat(explanations).filteredOn(e -> e.group().product().equals("salt")).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("nothing was planned"));
    }

    /**
     * The LP stopped and HiGHS's interior point approximated it: no row is exactly at its bound
     * there (the mill works 99.5 of its 100 hours), and its duals are not to be trusted. The plan
     * made whole from it is explained by the limits the point is within 1 % of, traced as for the
     * optimum (flour ran short: the mill's hours), with relief reckoned along that chain (the 51
     * loaves up to the next quarter take 25.5 kg of flour, 25.5 h at the mill), and says so; a point
     * 2 % off the mill's cap names no limit.
     */
    @Test
    void aPlanMadeFromAnInteriorPointIsExplainedByTheLimitsItIsNearlyAt() {
        Economy economy = millAndBakery(100);
        Plan plan = new Plan(economy.name(), List.of(new Production("mill-1", "flour", 99.5),
                new Production("bakery", "bread", 199)), List.of(new Delivery("river", "bread", ESSENTIAL, 199)));

        List<Explanation> explanations = Explainer.explain(economy, approximated(99.5, 0.199), plan);
        List<Explanation> farther = Explainer.explain(economy, approximated(98, 0.196), plan);

        assertThat(explanations).singleElement().satisfies(e -> {
            assertThat(e.share()).isCloseTo(0.199, TOLERANCE);
            assertThat(e.limit()).isEqualTo(LimitKind.WORKING_TIME);
            assertThat(e.subjects()).containsExactly("mill-1");
            assertThat(e.via()).containsExactly("flour");
            assertThat(e.relief()).get().satisfies(r -> {
                assertThat(r.kind()).isEqualTo(LimitKind.WORKING_TIME);
                assertThat(r.subject()).isEqualTo("mill-1");
                assertThat(r.amount()).isCloseTo(25.5, TOLERANCE);
                assertThat(r.shareGain()).isCloseTo(0.051, TOLERANCE);
            });
            assertThat(e.text()).isEqualTo("Bread (essential): 19.9 % served. Limit: Flour ran short: the"
                    + " working-time cap of mill-1 binds (100 h). Relief: +25.5 h at mill-1 would serve up to 5.1 %"
                    + " more. (The planner stopped at its time limit near the best plan: this is the limit within 1 % of"
                    + " binding in the plan it approximated, and its relief is reckoned from what the missing quantity"
                    + " takes of it, not from the LP's rates; a longer time limit gives the exact limits and relief.)");
        });
        assertThat(farther).singleElement().satisfies(e -> assertThat(e.limit()).isEqualTo(LimitKind.UNTRACED));
    }

    /** A stopped LP carrying an interior point's approximation of the mill and bakery: flour made, bread served. */
    private static LpSolution approximated(double flour, double breadShare) {
        return approximation(Map.of(new TechnologyRef("mill-1", "flour"), flour,
                new TechnologyRef("bakery", "bread"), 2 * flour), breadShare);
    }

    /** A stopped LP carrying an interior point's approximation: {@code production}, {@code breadShare} of the bread. */
    private static LpSolution approximation(Map<TechnologyRef, Double> production, double breadShare) {
        return new LpSolution(LpStatus.STOPPED, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0,
                new LpDiagnostics(0, 0, 0, 0, "GLOP")).withApproximate(new FirstOrderNeeds.Result(production, 0,
                        Double.NaN, false, FirstOrderNeeds.INTERIOR_POINT, "", Map.of(BREAD, breadShare)));
    }

    /**
     * A need the approximation serves nearly in full (99.95 %, within 1e-3) but the plan made whole
     * from it does not (making a plan whole keeps every balance, and may cut a little): put down to
     * the time limit, not to a limit of the economy; one the approximation serves at 99.8 % is traced.
     */
    @Test
    void aNeedTheApproximationServesNearlyInFullIsPutDownToTheTimeLimit() {
        Economy economy = anEconomy().product("bread")
                .collective("bakery", 10, makes("bread").hours(0.1).max(2000))
                .need("river", "bread", ESSENTIAL, 1000)
                .build();
        Plan plan = new Plan(economy.name(), List.of(new Production("bakery", "bread", 990)),
                List.of(new Delivery("river", "bread", ESSENTIAL, 990)));

        List<Explanation> nearlyFull = Explainer.explain(economy, bakery(999.5, 0.9995), plan);
        List<Explanation> short_ = Explainer.explain(economy, bakery(998, 0.998), plan);

        assertThat(nearlyFull).singleElement().satisfies(e -> {
            assertThat(e.share()).isCloseTo(0.99, TOLERANCE);
            assertThat(e.limit()).isEqualTo(LimitKind.TIME_LIMIT);
            assertThat(e.relief()).isEmpty();
            assertThat(e.text()).isEqualTo("Bread (essential): 99 % served. Limit: the planner's time limit — it"
                    + " stopped near the best plan, whose approximation serves this need at 99.95 %, nearly in full,"
                    + " and the plan made whole from it (every balance kept) at 99 %. Relief: a longer time limit for"
                    + " the solver.");
        });
        assertThat(short_).singleElement().satisfies(e -> assertThat(e.limit()).isNotEqualTo(LimitKind.TIME_LIMIT));
    }

    /** A stopped LP carrying an interior point's approximation of the lone bakery: bread made and served. */
    private static LpSolution bakery(double bread, double share) {
        return approximation(Map.of(new TechnologyRef("bakery", "bread"), bread), share);
    }

    /** Shares short of 1 are never printed as 100 %. */
    @Test
    void aShareShortOfOneIsNotPrintedAsAHundredPerCent() {
        assertThat(ExplanationText.percent(0.25)).isEqualTo("25 %");
        assertThat(ExplanationText.percent(0.9994)).isEqualTo("99.9 %");
        assertThat(ExplanationText.percent(0.9995)).isEqualTo("99.95 %");
        assertThat(ExplanationText.percent(0.999996)).isEqualTo("99.9996 %");
        assertThat(ExplanationText.percent(1 - 1e-9)).isEqualTo("just under 100 %");
        assertThat(ExplanationText.percent(1)).isEqualTo("100 %");
    }

    /**
     * The LP stopped with only the essential needs planned (a need stage solved beside it): the
     * important need is explained as not reached in time, the essential one by its own limit.
     */
    @Test
    void aPriorityThePartialLpDidNotPlanIsExplainedAsNotReachedInTime() {
        Economy economy = anEconomy().product("bread")
                .collective("bakery", 10, makes("bread").hours(0.1).max(60))
                .need("river", "bread", ESSENTIAL, 100)
                .need("river", "bread", IMPORTANT, 50)
                .build();
        NeedGroup importantBread = new NeedGroup("bread", IMPORTANT);
        LpSolution partial = new LpSolution(LpStatus.PARTIAL,
                Map.of(new TechnologyRef("bakery", "bread"), 60.0), Map.of(BREAD, 0.6, importantBread, 0.0),
                Map.of(), 0, 0, 6, 0, new LpDiagnostics(0, 0, 0, 0, "GLOP"), LpSensitivity.NONE, Set.of(IMPORTANT));

        List<Explanation> explanations = Explainer.explain(economy, partial);

        assertThat(explanations).hasSize(2);
        assertThat(explanations).filteredOn(e -> e.group().equals(importantBread)).singleElement().satisfies(e -> {
            assertThat(e.limit()).isEqualTo(LimitKind.TIME_LIMIT);
            assertThat(e.text()).contains("time limit").contains("after the essential needs")
                    .contains("before it planned the important ones in full");
        });
        assertThat(explanations).filteredOn(e -> e.group().equals(BREAD)).singleElement()
                .satisfies(e -> assertThat(e.limit()).isNotEqualTo(LimitKind.TIME_LIMIT));
    }

    /** 100 kg of bread at 1 emission each under a cap of 40: 40 % served; +10 emissions lift it to 50 %. */
    @Test
    void emissionCapBelowEssentialNeedsStillPlansAndExplains() {
        Economy economy = anEconomy().emissionCap(40).product("bread")
                .collective("bakery", 10, makes("bread").hours(0.1).emits(1))
                .need("river", "bread", ESSENTIAL, 100)
                .build();

        List<Explanation> explanations = explain(economy);

        assertThat(explanations).singleElement().satisfies(e -> {
            assertThat(e.share()).isCloseTo(0.4, TOLERANCE);
            assertThat(e.limit()).isEqualTo(LimitKind.EMISSION_CAP);
            assertThat(e.relief()).get().satisfies(r -> {
                assertThat(r.amount()).isCloseTo(10, TOLERANCE);
                assertThat(r.shareGain()).isCloseTo(0.1, TOLERANCE);
            });
            assertThat(e.text()).isEqualTo("Bread (essential): 40 % served. Limit: the emission cap binds (40)."
                    + " Relief: raising the emission cap by 10 would serve up to 10 % more.");
        });
    }

    @Test
    void nothingMakesItIsExplainedNotAnError() {
        Economy economy = anEconomy().product("bread").product("silk")
                .collective("bakery", 10, makes("bread").hours(0.1))
                .need("river", "silk", IMPORTANT, 5)
                .build();

        List<Explanation> explanations = explain(economy);

        assertThat(explanations).singleElement().satisfies(e -> {
            assertThat(e.group()).isEqualTo(new NeedGroup("silk", IMPORTANT));
            assertThat(e.share()).isZero();
            assertThat(e.limit()).isEqualTo(LimitKind.NOTHING_MAKES_IT);
            assertThat(e.text()).contains("nothing makes it");
        });
    }

    /**
     * The mill has one member at 100 h and needs 1 h per kg of flour; bread takes 0.5 kg of flour.
     * 100 kg of flour make 200 of the 1,000 loaves asked: 20 %. +25 h make 50 more loaves: 25 %.
     */
    @Test
    void workingTimeCapUpstreamGivesHoursThatWouldServeMore() {
        Economy economy = millAndBakery(100);

        List<Explanation> explanations = explain(economy);

        assertThat(explanations).singleElement().satisfies(e -> {
            assertThat(e.share()).isCloseTo(0.2, TOLERANCE);
            assertThat(e.limit()).isEqualTo(LimitKind.WORKING_TIME);
            assertThat(e.subjects()).containsExactly("mill-1");
            assertThat(e.via()).containsExactly("flour");
            assertThat(e.relief()).get().satisfies(r -> {
                assertThat(r.amount()).isCloseTo(25, TOLERANCE);
                assertThat(r.shareGain()).isCloseTo(0.05, TOLERANCE);
            });
            assertThat(e.text()).isEqualTo("Bread (essential): 20 % served. Limit: Flour ran short: the"
                    + " working-time cap of mill-1 binds (100 h). Relief: +25 h at mill-1 would serve up to 5 % more.");
        });
    }

    /**
     * Without duals (an LP solved by HiGHS, or a plan made from an approximation) the relief is
     * reckoned along the chain the trace followed: the 50 loaves up to the next quarter take 25 kg of
     * flour, which take 25 h at the mill: the duals' figure, as the chain is the only way to bread.
     * A capacity limit takes one unit of capacity per unit: the two bakeries' 12,500 kg, named at the
     * one that needs no more of it per loaf than the other.
     */
    @Test
    void withoutDualsTheReliefIsWhatTheMissingQuantityTakesAlongTheChain() {
        Economy mill = millAndBakery(100);
        Economy bakeries = anEconomy().product("bread")
                .collective("bakery-1", 10, makes("bread").max(30_000).hours(0.01))
                .collective("bakery-2", 10, makes("bread").max(20_000).hours(0.01))
                .need("river", "bread", ESSENTIAL, 62_500)
                .build();

        Explanation withDuals = explain(mill).get(0);
        Explanation chained = Explainer.explain(mill, withoutDuals(LpPhase.solve(mill, LpOptions.DEFAULT))).get(0);
        Explanation capacity = Explainer.explain(bakeries, withoutDuals(LpPhase.solve(bakeries, LpOptions.DEFAULT)))
                .get(0);

        assertThat(chained.limit()).isEqualTo(LimitKind.WORKING_TIME);
        assertThat(chained.relief()).get().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("mill-1");
            assertThat(r.amount()).isCloseTo(withDuals.relief().orElseThrow().amount(), TOLERANCE)
                    .isCloseTo(25, TOLERANCE);
            assertThat(r.shareGain()).isCloseTo(0.05, TOLERANCE);
        });
        assertThat(chained.text()).isEqualTo(withDuals.text());
        assertThat(capacity.limit()).isEqualTo(LimitKind.CAPACITY);
        assertThat(capacity.relief()).get().satisfies(r -> assertThat(r.amount()).isCloseTo(12_500, within(1e-3)));
    }

    /** {@code solution} as a solver without duals would give it (HiGHS through OR-Tools). */
    private static LpSolution withoutDuals(LpSolution solution) {
        return new LpSolution(solution.status(), solution.production(), solution.shares(), Map.of(), solution.needs(),
                solution.stability(), solution.labourHours(), solution.emissions(), solution.diagnostics(),
                LpSensitivity.NONE, solution.unplanned(), solution.approximate(), solution.approximateBound(),
                solution.approximateShares());
    }

    /** The relief figure holds when the relief is actually granted: re-solve with 125 h at the mill. */
    @Test
    void reliefFromDualsMatchesAReSolve() {
        Explanation before = explain(millAndBakery(100)).get(0);
        double hours = 100 + before.relief().orElseThrow().amount();

        LpSolution relieved = LpPhase.solve(millAndBakery(hours), LpOptions.DEFAULT);

        assertThat(relieved.share(BREAD)).isCloseTo(before.share() + before.relief().get().shareGain(), TOLERANCE);
    }

    @Test
    void capacityOfTwoBakeriesIsNamedWithTheirJointMaximum() {
        Economy economy = anEconomy().product("bread")
                .collective("bakery-1", 10, makes("bread").max(30_000).hours(0.01))
                .collective("bakery-2", 10, makes("bread").max(20_000).hours(0.01))
                .need("river", "bread", ESSENTIAL, 62_500)
                .build();

        List<Explanation> explanations = explain(economy);

        assertThat(explanations).singleElement().satisfies(e -> {
            assertThat(e.share()).isCloseTo(0.8, TOLERANCE);
            assertThat(e.limit()).isEqualTo(LimitKind.CAPACITY);
            assertThat(e.subjects()).containsExactlyInAnyOrder("bakery-1/bread", "bakery-2/bread");
            // 80 % is in u's last quarter: lifting it to 100 % takes 12,500 kg. Amounts carry the
            // solver's relative error (about 1e-8), hence 1e-3 kg here.
            assertThat(e.relief()).get().satisfies(r -> assertThat(r.amount()).isCloseTo(12_500, within(1e-3)));
            assertThat(e.text()).contains("make Bread at their maximum output (50,000 kg)")
                    .contains("+12,500 kg of capacity at bakery-").endsWith("would serve up to 20 % more.");
        });
    }

    @Test
    void higherPrioritiesTakingTheCapacityAreNamed() {
        Economy economy = anEconomy().product("bread")
                .collective("bakery", 10, makes("bread").max(100).hours(0.01))
                .need("river", "bread", ESSENTIAL, 80)
                .need("hill", "bread", IMPORTANT, 80)
                .build();

        List<Explanation> explanations = explain(economy);

        assertThat(explanations).singleElement().satisfies(e -> {
            assertThat(e.group()).isEqualTo(new NeedGroup("bread", IMPORTANT));
            assertThat(e.share()).isCloseTo(0.25, TOLERANCE);
            assertThat(e.limit()).isEqualTo(LimitKind.HIGHER_PRIORITIES);
            assertThat(e.text()).contains("higher priorities took the capacity");
        });
    }

    private static Economy millAndBakery(double millHours) {
        return anEconomy().policy(Policy.of(Math.max(millHours, 1000))).product("bread").product("flour")
                .collective("bakery", 10, makes("bread").hours(0.1).uses("flour", 0.5))
                .collective("mill-1", 1, makes("flour").hours(millHours > 1000 ? millHours / 1000 : 1))
                .need("river", "bread", ESSENTIAL, 1000)
                .build()
                .withCollective("mill-1", c -> c.withMaxHoursPerMember(java.util.OptionalDouble.of(millHours)));
    }
}
