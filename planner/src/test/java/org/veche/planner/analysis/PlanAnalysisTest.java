package org.veche.planner.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.veche.model.Priority.DESIRED;
import static org.veche.model.Priority.ESSENTIAL;
import static org.veche.planner.analysis.EconomyBuilder.anEconomy;
import static org.veche.planner.analysis.PlanBuilder.aPlan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.plan.Plan;

/** Metrics of a small plan worked out by hand; tolerance 1e-9. */
class PlanAnalysisTest {

    private static final double TOLERANCE = 1e-9;

    /** Bakery: 2 members, 2 h and 0.5 kg flour per kg bread, emits 0.5 per kg. Mill: 1 member, 1 h per kg flour. */
    private static Economy bakeryAndMill() {
        return anEconomy().products("bread", "flour")
                .technology("bakery", "bread", 2, 0.5, Map.of("flour", 0.5))
                .technology("mill", "flour", 1, Map.of())
                .members("bakery", 2)
                .members("mill", 1)
                .need("river", "bread", ESSENTIAL, 100)
                .need("river", "flour", DESIRED, 40)
                .need("hill", "bread", ESSENTIAL, 300)
                .build();
    }

    /** 300 kg bread (of 400 asked), river gets all its bread, hill two thirds; half of river's flour. */
    private static Plan unevenPlan() {
        return aPlan()
                .produce("bakery", "bread", 300)
                .produce("mill", "flour", 170)
                .deliver("river", "bread", ESSENTIAL, 100)
                .deliver("hill", "bread", ESSENTIAL, 200)
                .deliver("river", "flour", DESIRED, 20)
                .build();
    }

    private static PlanReport report() {
        return PlanAnalysis.analyse(bakeryAndMill(), unevenPlan(), Map.of("flour", 1.0, "bread", 2.5));
    }

    @Test
    void productFlowsAddUp() {
        ProductReport flour = report().products().get(1);

        assertThat(flour.product()).isEqualTo("flour");
        assertThat(flour.output()).isCloseTo(170, within(TOLERANCE));
        assertThat(flour.intermediateUse()).isCloseTo(150, within(TOLERANCE));
        assertThat(flour.finalDeliveries()).isCloseTo(20, within(TOLERANCE));
        assertThat(flour.requested()).isCloseTo(40, within(TOLERANCE));
        assertThat(flour.surplus()).isCloseTo(0, within(TOLERANCE));
    }

    @Test
    void labourValuesAndValuationsAreGivenPerProductInProductOrder() {
        PlanReport report = report();

        assertThat(report.labourValue("bread")).hasValueSatisfying(v -> assertThat(v).isCloseTo(2.5, within(TOLERANCE)));
        assertThat(report.valuations().keySet()).containsExactly("bread", "flour");
    }

    @Test
    void collectivesReportHoursPerMemberAndUtilisation() {
        CollectiveReport bakery = report().collectives().get(0);

        assertThat(bakery.output()).containsEntry("bread", 300.0);
        assertThat(bakery.hoursUsed()).isCloseTo(600, within(TOLERANCE));
        assertThat(bakery.hoursCap()).isCloseTo(3200, within(TOLERANCE));
        assertThat(bakery.hoursPerMember()).isCloseTo(300, within(TOLERANCE));
        assertThat(bakery.utilisation()).isCloseTo(600.0 / 3200, within(TOLERANCE));
    }

    @Test
    void localsSeeTheirShareAtEachPriority() {
        LocalReport river = report().locals().get(0);

        assertThat(river.local()).isEqualTo("river");
        assertThat(river.shares()).containsOnlyKeys("essential", "desired");
        assertThat(river.shares().get("desired")).isCloseTo(0.5, within(TOLERANCE));
        assertThat(river.needs().get(0).delivered()).isCloseTo(100, within(TOLERANCE));
    }

    @Test
    void planWideMetricsMatchTheHandCalculation() {
        PlanMetrics metrics = report().metrics();
        PriorityMetrics essential = metrics.priorities().get(0);

        assertThat(metrics.priorities()).extracting(PriorityMetrics::priority).containsExactly("essential", "desired");
        assertThat(essential.score()).isCloseTo(2.25, within(TOLERANCE)); // u(0.75) = 1 + 0.75 + 0.5
        assertThat(essential.quantityShare()).isCloseTo(0.75, within(TOLERANCE));
        assertThat(essential.lowestLocal()).isEqualTo("hill");
        assertThat(essential.lowestLocalShare()).isCloseTo(2.0 / 3, within(TOLERANCE));
        assertThat(metrics.needs()).isCloseTo(100 * 2.25 + 1 * 1.75, within(TOLERANCE));
        assertThat(metrics.labourHours()).isCloseTo(770, within(TOLERANCE));
        assertThat(metrics.memberHoursMean()).isCloseTo(770.0 / 3, within(TOLERANCE));
        assertThat(metrics.memberHoursMax()).isCloseTo(300, within(TOLERANCE));
        assertThat(metrics.emissions()).isCloseTo(150, within(TOLERANCE));
        assertThat(metrics.essentialGini()).isCloseTo(0.1, within(TOLERANCE)); // shares 1 and 2/3
    }

    @Test
    void jacksonWritesTheReportAsItIs() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report()));

        assertThat(json.at("/metrics/essentialGini").asDouble()).isCloseTo(0.1, within(TOLERANCE));
        assertThat(json.at("/labourValues/bread").asDouble()).isCloseTo(2.5, within(TOLERANCE));
        assertThat(json.at("/locals/1/shares/essential").asDouble()).isCloseTo(2.0 / 3, within(TOLERANCE));
    }

    @Test
    void aPlanForAnotherEconomyIsRefusedByName() {
        Plan plan = aPlan().produce("brewery", "beer", 10).build();

        assertThatThrownBy(() -> PlanAnalysis.analyse(bakeryAndMill(), plan, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("brewery/beer");
    }
}
