package org.veche.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.veche.model.Priority.DESIRED;
import static org.veche.model.Priority.ESSENTIAL;
import static org.veche.model.Priority.IMPORTANT;
import static org.veche.model.check.Economies.BAKERY;
import static org.veche.model.check.Economies.BREAD;
import static org.veche.model.check.Economies.CHAIR;
import static org.veche.model.check.Economies.FARM;
import static org.veche.model.check.Economies.GRAIN;
import static org.veche.model.check.Economies.NORTH;
import static org.veche.model.check.Economies.SOUTH;
import static org.veche.model.check.Economies.WORKSHOP;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.Need;
import org.veche.model.Technology;
import org.veche.model.plan.NeedGroup;

/**
 * The three-product economy of {@link Economies#threeProducts()}, worked out by hand.
 *
 * <pre>
 * Feasible plan: x grain 200, bread 120, chair 5;
 *                y north bread 60, south bread 60, north chair 3, south chair 2, north grain 20.
 * capacity:  200 ≤ 1000; 50 ≤ 120 ≤ 300; 5 ≤ 20
 * hours:     farm 0.25·200 = 50 ≤ 200; bakery 0.2·120 = 24 ≤ 80; workshop 10·5 = 50 ≤ 300
 *            labourHours = 50 + 24 + 50 = 124
 * balance:   grain 200 ≥ 20 + 1.5·120 = 200; bread 120 ≥ 60 + 60; chair 5 ≥ 3 + 2
 * emissions: 0.01·200 + 0.1·120 + 0.5·5 = 2 + 12 + 2.5 = 16.5 ≤ 30
 * shares:    bread/essential 120/200 = 0.6; chair/important 5/10 = 0.5; grain/desired 20/40 = 0.5
 * u(0.6) = 4·¼ + 3·¼ + 2·0.1 = 1.95;  u(0.5) = 4·¼ + 3·¼ = 1.75
 * S_essential = w_bread·u(0.6) = 2·1.95 = 3.9;  S_important = 1·1.75;  S_desired = 1·1.75
 * needs = 100·3.9 + 10·1.75 + 1·1.75 = 390 + 17.5 + 1.75 = 409.25
 * </pre>
 *
 * Each infeasible plan changes the feasible one so that exactly one rule breaks; the arithmetic that
 * keeps the other rules whole is in each test.
 */
class PlanCheckTest {

    private static final double TOLERANCE = 1e-9;

    private final Economy economy = Economies.threeProducts();

    static PlanBuilder feasiblePlan(Economy economy) {
        return PlanBuilder.zeroPlan(economy)
                .make(FARM, GRAIN, 200)
                .make(BAKERY, BREAD, 120)
                .make(WORKSHOP, CHAIR, 5)
                .deliver(NORTH, BREAD, ESSENTIAL, 60)
                .deliver(SOUTH, BREAD, ESSENTIAL, 60)
                .deliver(NORTH, CHAIR, IMPORTANT, 3)
                .deliver(SOUTH, CHAIR, IMPORTANT, 2)
                .deliver(NORTH, GRAIN, DESIRED, 20);
    }

    private PlanEvaluation evaluate(PlanBuilder plan) {
        return PlanCheck.evaluate(economy, plan.build());
    }

    @Test
    void feasible_plan_scores_every_level_as_worked_out_by_hand() {
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy));

        assertThat(evaluation.breaches()).isEmpty();
        PlanScore score = evaluation.score();
        assertThat(score.feasible()).isTrue();
        assertThat(score.hard()).isEqualTo(0);
        assertThat(score.needs()).isCloseTo(409.25, within(TOLERANCE));
        assertThat(score.essential()).isCloseTo(3.9, within(TOLERANCE));
        assertThat(score.important()).isCloseTo(1.75, within(TOLERANCE));
        assertThat(score.desired()).isCloseTo(1.75, within(TOLERANCE));
        assertThat(score.stability()).isEqualTo(0);
        assertThat(score.labourHours()).isCloseTo(124, within(TOLERANCE));
        assertThat(score.emissions()).isCloseTo(16.5, within(TOLERANCE));
    }

    @Test
    void feasible_plan_reports_the_share_of_each_product_and_priority() {
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy));

        assertThat(evaluation.shares()).containsOnlyKeys(
                new NeedGroup(BREAD, ESSENTIAL), new NeedGroup(CHAIR, IMPORTANT), new NeedGroup(GRAIN, DESIRED));
        assertThat(evaluation.share(new NeedGroup(BREAD, ESSENTIAL)).orElseThrow()).isCloseTo(0.6, within(TOLERANCE));
        assertThat(evaluation.share(new NeedGroup(CHAIR, IMPORTANT)).orElseThrow()).isCloseTo(0.5, within(TOLERANCE));
        assertThat(evaluation.share(new NeedGroup(GRAIN, DESIRED)).orElseThrow()).isCloseTo(0.5, within(TOLERANCE));
        // Quantity-weighted: essential 120/200, important 5/10, desired 20/40.
        assertThat(evaluation.quantityShare(ESSENTIAL).orElseThrow()).isCloseTo(0.6, within(TOLERANCE));
        assertThat(evaluation.quantityShare(IMPORTANT).orElseThrow()).isCloseTo(0.5, within(TOLERANCE));
        assertThat(evaluation.quantityShare(DESIRED).orElseThrow()).isCloseTo(0.5, within(TOLERANCE));
    }

    @Test
    void a_group_without_demand_is_not_scored() {
        Economy withEmptyNeed = economy.withLocal(SOUTH, l -> l.withNeeds(List.of(
                new Need(BREAD, ESSENTIAL, 100), new Need(CHAIR, IMPORTANT, 4), new Need(GRAIN, DESIRED, 0))));

        PlanEvaluation evaluation = PlanCheck.evaluate(withEmptyNeed, feasiblePlan(withEmptyNeed).build());

        assertThat(evaluation.feasible()).isTrue();
        // grain/desired now holds north's 40 and south's 0: still 20/40, still u(0.5) = 1.75.
        assertThat(evaluation.share(new NeedGroup(GRAIN, DESIRED)).orElseThrow()).isCloseTo(0.5, within(TOLERANCE));
        assertThat(evaluation.score().needs()).isCloseTo(409.25, within(TOLERANCE));
    }

    @Test
    void a_priority_nobody_asks_for_adds_nothing_and_has_no_share() {
        Economy noDesired = economy.withLocal(NORTH, l -> l.withNeeds(List.of(
                new Need(BREAD, ESSENTIAL, 100), new Need(CHAIR, IMPORTANT, 6))));
        PlanBuilder plan = PlanBuilder.zeroPlan(noDesired)
                .make(FARM, GRAIN, 180).make(BAKERY, BREAD, 120).make(WORKSHOP, CHAIR, 5)
                .deliver(NORTH, BREAD, ESSENTIAL, 60).deliver(SOUTH, BREAD, ESSENTIAL, 60)
                .deliver(NORTH, CHAIR, IMPORTANT, 3).deliver(SOUTH, CHAIR, IMPORTANT, 2);

        PlanEvaluation evaluation = PlanCheck.evaluate(noDesired, plan.build());

        assertThat(evaluation.feasible()).isTrue();
        assertThat(evaluation.quantityShare(DESIRED)).isEmpty();
        assertThat(evaluation.score().desired()).isEqualTo(0);
        // 100·3.9 + 10·1.75 = 407.5
        assertThat(evaluation.score().needs()).isCloseTo(407.5, within(TOLERANCE));
    }

    @Test
    void capacity_breach_is_the_output_above_max_output() {
        // chair 21 > 20; workshop 210 h ≤ 300; emissions 2 + 12 + 10.5 = 24.5 ≤ 30; chair 21 ≥ 5.
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy).make(WORKSHOP, CHAIR, 21));

        assertOnlyBreach(evaluation, Rule.CAPACITY, "workshop/chair", 1);
        assertThat(evaluation.breaches().getFirst().message()).contains("workshop", "maxOutput 20");
    }

    @Test
    void minimum_run_breach_is_the_output_short_of_min_output() {
        // bread 40 < 50 with deliveries 20 + 20; grain 200 ≥ 20 + 60; bakery 8 h; emissions 8.5.
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy)
                .make(BAKERY, BREAD, 40)
                .deliver(NORTH, BREAD, ESSENTIAL, 20)
                .deliver(SOUTH, BREAD, ESSENTIAL, 20));

        assertOnlyBreach(evaluation, Rule.MINIMUM_RUN, "bakery/bread", 10);
    }

    @Test
    void working_time_breach_is_the_hours_over_the_collectives_cap() {
        // grain 900: farm 0.25·900 = 225 h > 2·100 = 200 h; capacity 900 ≤ 1000; emissions 9 + 12 + 2.5 = 23.5.
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy).make(FARM, GRAIN, 900));

        assertOnlyBreach(evaluation, Rule.WORKING_TIME, FARM, 25);
        assertThat(evaluation.score().labourHours()).isCloseTo(225 + 24 + 50, within(TOLERANCE));
    }

    @Test
    void working_time_cap_uses_the_lower_of_the_collectives_and_the_policys_hours() {
        // workshop: 3 members, own 120 h but policy 100 h → cap 3·100 = 300 h, not 3·120 = 360 h.
        // With 16 h per chair, 20 chairs take 320 h: 20 h over. Emissions 2 + 12 + 10 = 24 ≤ 30.
        Economy slowWorkshop = economy.withCollective(WORKSHOP, c -> c.withTechnologies(List.of(
                new Technology(CHAIR, 20, 0, 16, 0.5, Map.of()))));
        PlanBuilder plan = feasiblePlan(slowWorkshop).make(WORKSHOP, CHAIR, 20);

        PlanEvaluation evaluation = PlanCheck.evaluate(slowWorkshop, plan.build());

        assertOnlyBreach(evaluation, Rule.WORKING_TIME, WORKSHOP, 20);
        assertThat(evaluation.breaches().getFirst().message()).contains("3 members × 100 h");
    }

    @Test
    void material_balance_counts_the_inputs_of_production() {
        // bread 140 uses 1.5·140 = 210 kg grain; with 20 delivered the use is 230 > 200: 30 kg short.
        // bread 140 ≥ 120; bakery 28 h; emissions 2 + 14 + 2.5 = 18.5.
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy).make(BAKERY, BREAD, 140));

        assertOnlyBreach(evaluation, Rule.MATERIAL_BALANCE, GRAIN, 30);
        assertThat(evaluation.breaches().getFirst().message()).contains("210 as inputs", "30 kg short");
    }

    @Test
    void need_cap_breach_is_the_delivery_above_the_request() {
        // north grain 50 > 40; grain 230 ≥ 50 + 180; farm 57.5 h; emissions 2.3 + 12 + 2.5 = 16.8.
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy)
                .make(FARM, GRAIN, 230)
                .deliver(NORTH, GRAIN, DESIRED, 50));

        assertOnlyBreach(evaluation, Rule.NEED_CAP, "north/grain/desired", 10);
        assertThat(evaluation.share(new NeedGroup(GRAIN, DESIRED)).orElseThrow()).isCloseTo(1.25, within(TOLERANCE));
    }

    @Test
    void emission_cap_breach_is_the_emissions_over_the_cap() {
        // bread 300 (bakery 60 h ≤ 80) needs grain 450 + 20 = 470 (farm 117.5 h ≤ 200);
        // emissions 0.01·470 + 0.1·300 + 0.5·5 = 4.7 + 30 + 2.5 = 37.2 > 30 by 7.2.
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy).make(FARM, GRAIN, 470).make(BAKERY, BREAD, 300));

        assertOnlyBreach(evaluation, Rule.EMISSION_CAP, "emissions", 7.2);
        assertThat(evaluation.score().emissions()).isCloseTo(37.2, within(TOLERANCE));
    }

    @Test
    void no_emission_cap_means_no_emission_breach() {
        Economy uncapped = economy.withPolicy(economy.policy().withEmissionCap(OptionalDouble.empty()));

        PlanEvaluation evaluation = PlanCheck.evaluate(uncapped,
                feasiblePlan(uncapped).make(FARM, GRAIN, 470).make(BAKERY, BREAD, 300).build());

        assertThat(evaluation.feasible()).isTrue();
    }

    @Test
    void integrality_breach_is_the_distance_to_a_whole_number_of_chairs() {
        // chair 5.5: workshop 55 h; emissions 2 + 12 + 2.75 = 16.75; chair 5.5 ≥ 5.
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy).make(WORKSHOP, CHAIR, 5.5));

        assertOnlyBreach(evaluation, Rule.INTEGRALITY, "workshop/chair", 0.5);
    }

    @Test
    void integrality_applies_to_deliveries_of_indivisible_products() {
        // north 3.5 + south 2 = 5.5 of 10: r = 0.55, fair 3.3 and 2.2 (gaps 0.2 < 1);
        // chair 6 ≥ 5.5; workshop 60 h; emissions 2 + 12 + 3 = 17.
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy)
                .make(WORKSHOP, CHAIR, 6)
                .deliver(NORTH, CHAIR, IMPORTANT, 3.5));

        assertOnlyBreach(evaluation, Rule.INTEGRALITY, "north/chair/important", 0.5);
    }

    @Test
    void unfair_split_between_two_locals_is_the_bread_that_would_have_to_move() {
        // north 100, south 20 of 100 each: r = 120/200 = 0.6, fair 60 each; 40 kg must move.
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy)
                .deliver(NORTH, BREAD, ESSENTIAL, 100)
                .deliver(SOUTH, BREAD, ESSENTIAL, 20));

        assertOnlyBreach(evaluation, Rule.FAIR_SHARING, "bread/essential", 40);
        assertThat(evaluation.breaches().getFirst().message()).contains("'north' gets 100", "'south' gets 20");
    }

    @Test
    void indivisible_products_may_round_by_less_than_one_unit() {
        // 4 chairs of 10: r = 0.4, fair 2.4 and 1.6; 2 and 2 are off by 0.4 each.
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy)
                .make(WORKSHOP, CHAIR, 4)
                .deliver(NORTH, CHAIR, IMPORTANT, 2)
                .deliver(SOUTH, CHAIR, IMPORTANT, 2));

        assertThat(evaluation.breaches()).isEmpty();
    }

    @Test
    void indivisible_products_may_not_be_off_by_a_whole_unit() {
        // 5 chairs of 10: r = 0.5, fair 3 and 2; 5 and 0 are off by 2 each: 2 chairs must move.
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy)
                .deliver(NORTH, CHAIR, IMPORTANT, 5)
                .deliver(SOUTH, CHAIR, IMPORTANT, 0));

        assertOnlyBreach(evaluation, Rule.FAIR_SHARING, "chair/important", 2);
    }

    @Test
    void divisible_split_within_the_relative_tolerance_is_fair() {
        // 60.00003 vs 59.99997: r = 0.6, gaps 3e-5 < 1e-6·60 = 6e-5.
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy)
                .deliver(NORTH, BREAD, ESSENTIAL, 60.00003)
                .deliver(SOUTH, BREAD, ESSENTIAL, 59.99997));

        assertThat(evaluation.breaches()).isEmpty();
    }

    @Test
    void negative_production_is_a_breach_of_its_own() {
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy).make(WORKSHOP, CHAIR, -1).deliver(NORTH, CHAIR,
                IMPORTANT, 0).deliver(SOUTH, CHAIR, IMPORTANT, 0));

        // chair output −1 < use 0 also breaks material balance by 1.
        assertThat(evaluation.breaches()).extracting(Breach::rule)
                .containsExactly(Rule.NON_NEGATIVE, Rule.MATERIAL_BALANCE);
        assertThat(evaluation.score().hard()).isCloseTo(-2, within(TOLERANCE));
    }

    @Test
    void hard_score_adds_up_the_sizes_of_every_breach() {
        // capacity (chair 21: 1 over) and working time (grain 900: 25 h over), emissions 9 + 12 + 10.5 = 31.5 (1.5 over).
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy).make(WORKSHOP, CHAIR, 21).make(FARM, GRAIN, 900));

        assertThat(evaluation.breaches()).extracting(Breach::rule)
                .containsExactly(Rule.CAPACITY, Rule.WORKING_TIME, Rule.EMISSION_CAP);
        assertThat(evaluation.score().hard()).isCloseTo(-(1 + 25 + 1.5), within(TOLERANCE));
    }

    static void assertOnlyBreach(PlanEvaluation evaluation, Rule rule, String subject, double size) {
        assertThat(evaluation.breaches()).hasSize(1);
        Breach breach = evaluation.breaches().getFirst();
        assertThat(breach.rule()).isEqualTo(rule);
        assertThat(breach.subject()).isEqualTo(subject);
        assertThat(breach.size()).isCloseTo(size, within(TOLERANCE));
        assertThat(evaluation.feasible()).isFalse();
        assertThat(evaluation.score().hard()).isCloseTo(-size, within(TOLERANCE));
    }
}
