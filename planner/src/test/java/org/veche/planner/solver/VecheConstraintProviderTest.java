package org.veche.planner.solver;

import static org.veche.planner.solver.EconomyBuilder.aTechnology;
import static org.veche.planner.solver.EconomyBuilder.anEconomy;
import static org.veche.planner.solver.EconomyBuilder.need;
import static org.veche.planner.solver.PlanBuilder.aPlan;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.plan.NeedRef;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;

/** One test per constraint. Weights are exact: the streams sum fixed-point decimals. */
class VecheConstraintProviderTest {

    private final ConstraintVerifier<VecheConstraintProvider, ProductionPlan> verifier =
            ConstraintVerifier.build(new VecheConstraintProvider(), ProductionPlan.class, ProductionLine.class);

    private static BigDecimal exactly(String value) {
        return new BigDecimal(value).setScale(Quantities.SCALE);
    }

    private static BigDecimal score(String value) {
        return new BigDecimal(value).setScale(Allotment.SCORE_SCALE);
    }

    private static Economy bakery() {
        return anEconomy().product("bread").product("flour")
                .collective("bakery", 2, aTechnology("bread").maxOutput(10_000).minOutput(50)
                        .labourHours(2).emissions(0.5).input("flour", 0.5))
                .collective("mill", 2, aTechnology("flour").labourHours(1))
                .local("river", need("bread", Priority.ESSENTIAL, 100), need("bread", Priority.DESIRED, 100))
                .build();
    }

    @Test
    void capacityPenalisesTheUnitsOverMaxOutput() {
        ProductionPlan plan = aPlan(bakery()).produce("bakery", "bread", 10_012).build();
        verifier.verifyThat(VecheConstraintProvider::capacity).givenSolution(plan).penalizesBy(exactly("12"));
    }

    @Test
    void minimumRunPenalisesTheUnitsMissingToMinOutputButNotAnIdleLine() {
        ProductionPlan short_ = aPlan(bakery()).produce("bakery", "bread", 30).build();
        verifier.verifyThat(VecheConstraintProvider::minimumRun).givenSolution(short_).penalizesBy(exactly("20"));
        ProductionPlan idle = aPlan(bakery()).produce("bakery", "bread", 0).build();
        verifier.verifyThat(VecheConstraintProvider::minimumRun).givenSolution(idle).penalizesBy(BigDecimal.ZERO);
    }

    @Test
    void workingTimeCapPenalisesTheHoursOverTheCollectivesCap() {
        // 2 members × 1600 h = 3200 h; 1700 loaves × 2 h = 3400 h.
        ProductionPlan plan = aPlan(bakery()).produce("bakery", "bread", 1700).produce("mill", "flour", 850).build();
        verifier.verifyThat(VecheConstraintProvider::workingTimeCap).givenSolution(plan).penalizesBy(exactly("200"));
    }

    @Test
    void materialBalancePenalisesTheInputUnitsShort() {
        // 100 loaves need 50 kg of flour; the mill makes 30.
        ProductionPlan plan = aPlan(bakery()).produce("bakery", "bread", 100).produce("mill", "flour", 30).build();
        verifier.verifyThat(VecheConstraintProvider::materialBalance).givenSolution(plan).penalizesBy(exactly("20"));
    }

    @Test
    void emissionCapPenalisesTheEmissionsOverTheCap() {
        Economy economy = anEconomy().product("bread")
                .collective("bakery", 10, aTechnology("bread").emissions(2))
                .emissionCap(100)
                .build();
        ProductionPlan plan = aPlan(economy).produce("bakery", "bread", 60).build();
        verifier.verifyThat(VecheConstraintProvider::emissionCap).givenSolution(plan).penalizesBy(exactly("20"));
    }

    @Test
    void integralityPenalisesTheDistanceToAWholeBus() {
        Economy economy = anEconomy().indivisible("bus")
                .collective("workshop", 10, aTechnology("bus").maxOutput(20))
                .build();
        ProductionPlan plan = aPlan(economy).produce("workshop", "bus", 2.25).build();
        verifier.verifyThat(VecheConstraintProvider::integrality).givenSolution(plan).penalizesBy(exactly("0.25"));
    }

    @Test
    void needsServesEssentialBeforeDesiredAfterIntermediateUse() {
        // 200 loaves, 150 kg of flour of which 100 go into bread: 50 kg have no need.
        // Bread: 150 left for needs — essential full (100·u(1) = 250), desired half (1·u(½) = 1.75).
        Economy economy = anEconomy().product("bread").product("flour")
                .collective("bakery", 10, aTechnology("bread").input("flour", 0.5))
                .collective("mill", 10, aTechnology("flour"))
                .local("river", need("bread", Priority.ESSENTIAL, 100), need("bread", Priority.DESIRED, 100))
                .build();
        ProductionPlan plan = aPlan(economy).produce("bakery", "bread", 150).produce("mill", "flour", 75).build();
        verifier.verifyThat(VecheConstraintProvider::needs).givenSolution(plan).rewardsWith(score("251.75"));
    }

    @Test
    void stabilityPenalisesTheLabourHoursOfAnAcceptedProductionChange() {
        StabilityReference accepted = new StabilityReference(
                Map.of(new TechnologyRef("bakery", "bread"), 100.0), Map.of(), Map.of());
        ProductionPlan plan = aPlan(bakery(), accepted).produce("bakery", "bread", 90).build();
        verifier.verifyThat(VecheConstraintProvider::stability).givenSolution(plan).penalizesBy(exactly("20"));
    }

    @Test
    void deliveryStabilityPenalisesTheLabourValueOfAnAcceptedDeliveryChange() {
        StabilityReference accepted = new StabilityReference(Map.of(),
                Map.of(new NeedRef("river", "bread", Priority.ESSENTIAL), 100.0), Map.of("bread", 0.5));
        // 80 loaves made, all delivered to the essential need: 20 short of the accepted 100, at 0.5 h each.
        ProductionPlan plan = aPlan(bakery(), accepted).produce("bakery", "bread", 80).produce("mill", "flour", 40).build();
        verifier.verifyThat(VecheConstraintProvider::deliveryStability).givenSolution(plan).penalizesBy(score("10"));
    }

    @Test
    void labourHoursPenalisesEveryHourWorked() {
        ProductionPlan plan = aPlan(bakery()).produce("bakery", "bread", 100).produce("mill", "flour", 50).build();
        verifier.verifyThat(VecheConstraintProvider::labourHours).givenSolution(plan).penalizesBy(exactly("250"));
    }

    @Test
    void emissionsPenalisesEveryUnitEmitted() {
        ProductionPlan plan = aPlan(bakery()).produce("bakery", "bread", 100).produce("mill", "flour", 50).build();
        verifier.verifyThat(VecheConstraintProvider::emissions).givenSolution(plan).penalizesBy(exactly("50"));
    }
}
