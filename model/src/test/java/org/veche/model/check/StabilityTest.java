package org.veche.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.veche.model.Priority.ESSENTIAL;
import static org.veche.model.check.Economies.BAKERY;
import static org.veche.model.check.Economies.BREAD;
import static org.veche.model.check.Economies.FARM;
import static org.veche.model.check.Economies.GRAIN;
import static org.veche.model.check.Economies.NORTH;
import static org.veche.model.check.PlanCheckTest.feasiblePlan;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.plan.NeedRef;
import org.veche.model.plan.Plan;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;

class StabilityTest {

    private static final double TOLERANCE = 1e-9;

    private final Economy economy = Economies.threeProducts();
    private final Plan plan = feasiblePlan(economy).build();

    @Test
    void measures_the_change_of_accepted_slices_in_labour_hours() {
        // Accepted last round: farm 180 kg grain, bakery 120 kg bread, north 50 kg bread (v_bread = 0.575 h/kg).
        // Now: grain 200, bread 120, north bread 60.
        // −(0.25·|200 − 180| + 0.2·|120 − 120| + 0.575·|60 − 50|) = −(5 + 0 + 5.75) = −10.75
        StabilityReference reference = new StabilityReference(
                Map.of(new TechnologyRef(FARM, GRAIN), 180.0, new TechnologyRef(BAKERY, BREAD), 120.0),
                Map.of(new NeedRef(NORTH, BREAD, ESSENTIAL), 50.0),
                Map.of(BREAD, 0.575, GRAIN, 0.25));

        PlanEvaluation evaluation = PlanCheck.evaluate(economy, plan, reference);

        assertThat(evaluation.score().stability()).isCloseTo(-10.75, within(TOLERANCE));
        assertThat(evaluation.feasible()).isTrue();
    }

    @Test
    void an_unchanged_accepted_slice_costs_nothing() {
        StabilityReference reference = new StabilityReference(
                Map.of(new TechnologyRef(FARM, GRAIN), 200.0),
                Map.of(new NeedRef(NORTH, BREAD, ESSENTIAL), 60.0),
                Map.of(BREAD, 0.575));

        assertThat(PlanCheck.evaluate(economy, plan, reference).score().stability()).isEqualTo(0);
    }

    @Test
    void is_zero_in_a_first_round() {
        assertThat(PlanCheck.evaluate(economy, plan).score().stability()).isEqualTo(0);
    }

    @Test
    void an_accepted_delivery_without_a_labour_value_is_refused_with_the_product_named() {
        StabilityReference reference = new StabilityReference(
                Map.of(), Map.of(new NeedRef(NORTH, BREAD, ESSENTIAL), 50.0), Map.of());

        assertThatThrownBy(() -> PlanCheck.evaluate(economy, plan, reference))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no labour value for product 'bread'");
    }
}
