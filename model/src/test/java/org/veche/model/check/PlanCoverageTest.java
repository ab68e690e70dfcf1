package org.veche.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.veche.model.Priority.DESIRED;
import static org.veche.model.Priority.ESSENTIAL;
import static org.veche.model.check.Economies.BREAD;
import static org.veche.model.check.Economies.FARM;
import static org.veche.model.check.Economies.GRAIN;
import static org.veche.model.check.Economies.NORTH;
import static org.veche.model.check.Economies.SOUTH;
import static org.veche.model.check.Economies.WORKSHOP;
import static org.veche.model.check.PlanCheckTest.assertOnlyBreach;
import static org.veche.model.check.PlanCheckTest.feasiblePlan;

import org.junit.jupiter.api.Test;
import org.veche.model.Economy;

/** SPEC §4: a plan lists every technology and every need exactly once, and nothing else. */
class PlanCoverageTest {

    private static final double TOLERANCE = 1e-9;

    private final Economy economy = Economies.threeProducts();

    private PlanEvaluation evaluate(PlanBuilder plan) {
        return PlanCheck.evaluate(economy, plan.build());
    }

    @Test
    void a_missing_technology_is_reported_and_counts_as_zero() {
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy).withoutProduction(FARM, GRAIN));

        assertThat(evaluation.breaches(Rule.PLAN_COVERAGE)).singleElement().satisfies(b -> {
            assertThat(b.subject()).isEqualTo("farm/grain");
            assertThat(b.size()).isEqualTo(1);
            assertThat(b.message()).contains("does not list technology farm/grain", "counts as 0");
        });
        // With no grain made, all 200 kg used (20 delivered + 180 as inputs) are short.
        assertThat(evaluation.breaches(Rule.MATERIAL_BALANCE)).singleElement()
                .satisfies(b -> assertThat(b.size()).isCloseTo(200, within(TOLERANCE)));
        assertThat(evaluation.score().labourHours()).isCloseTo(24 + 50, within(TOLERANCE));
    }

    @Test
    void missing_deliveries_are_reported_one_per_need() {
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy).withoutDeliveries());

        assertThat(evaluation.breaches()).hasSize(5).allSatisfy(b -> assertThat(b.rule()).isEqualTo(Rule.PLAN_COVERAGE));
        assertThat(evaluation.score().hard()).isCloseTo(-5, within(TOLERANCE));
        assertThat(evaluation.score().needs()).isEqualTo(0);
    }

    @Test
    void an_unknown_collective_is_a_breach_not_an_exception() {
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy).make("mill", GRAIN, 10));

        assertOnlyBreach(evaluation, Rule.PLAN_COVERAGE, "mill/grain", 1);
        assertThat(evaluation.breaches().getFirst().message())
                .contains("production[3]", "collective 'mill'", "does not have");
    }

    @Test
    void an_unknown_product_is_a_breach() {
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy).make(FARM, "rice", 10));

        assertOnlyBreach(evaluation, Rule.PLAN_COVERAGE, "farm/rice", 1);
        assertThat(evaluation.breaches().getFirst().message()).contains("product 'rice'");
    }

    @Test
    void production_without_a_declared_technology_is_a_breach_and_does_not_count() {
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy).make(WORKSHOP, BREAD, 1000));

        assertOnlyBreach(evaluation, Rule.PLAN_COVERAGE, "workshop/bread", 1);
        assertThat(evaluation.breaches().getFirst().message()).contains("no technology for that product");
        assertThat(evaluation.score().labourHours()).isCloseTo(124, within(TOLERANCE));
    }

    @Test
    void an_unknown_local_is_a_breach() {
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy).deliver("east", BREAD, ESSENTIAL, 5));

        assertOnlyBreach(evaluation, Rule.PLAN_COVERAGE, "east/bread/essential", 1);
        assertThat(evaluation.breaches().getFirst().message()).contains("local 'east'");
    }

    @Test
    void a_delivery_for_a_need_the_local_did_not_state_is_a_breach_and_does_not_count() {
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy).deliver(SOUTH, GRAIN, DESIRED, 5));

        assertOnlyBreach(evaluation, Rule.PLAN_COVERAGE, "south/grain/desired", 1);
        assertThat(evaluation.breaches().getFirst().message()).contains("has no such need");
        assertThat(evaluation.score().needs()).isCloseTo(409.25, within(TOLERANCE));
    }

    @Test
    void a_second_entry_for_a_technology_is_a_breach_and_the_first_counts() {
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy).alsoMake(FARM, GRAIN, 999));

        assertOnlyBreach(evaluation, Rule.PLAN_COVERAGE, "farm/grain", 1);
        assertThat(evaluation.breaches().getFirst().message()).contains("second time", "first entry (200)");
        assertThat(evaluation.score().labourHours()).isCloseTo(124, within(TOLERANCE));
    }

    @Test
    void a_quantity_that_is_not_a_number_is_a_breach_and_counts_as_zero() {
        PlanEvaluation evaluation = evaluate(feasiblePlan(economy).deliver(NORTH, GRAIN, DESIRED, Double.NaN));

        assertOnlyBreach(evaluation, Rule.PLAN_COVERAGE, "north/grain/desired", 1);
        assertThat(evaluation.score().desired()).isEqualTo(0);
    }
}
