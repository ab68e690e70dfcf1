package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veche.planner.solver.EconomyBuilder.aTechnology;
import static org.veche.planner.solver.EconomyBuilder.anEconomy;
import static org.veche.planner.solver.EconomyBuilder.need;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.solver.DiscreteDive.Decision;

/** Rounding every discrete line of an LP plan at once, on plans small enough to follow by hand. */
class ConsistentRoundingTest {

    private static final TechnologyRef FOUNDRY = new TechnologyRef("foundry", "part");
    private static final TechnologyRef WORKS = new TechnologyRef("works", "widget");
    private static final TechnologyRef WORKSHOP = new TechnologyRef("workshop", "widget");

    @Test
    void aMakerFlooredBelowWhatItsUserTakesIsRaisedAUnitWhereItHasTheHours() {
        // 2.5 parts floored to 2 would leave the works (5 widgets of half a part) 0.5 short.
        List<ProductionLine> lines = partsAndWidgets(1);

        Map<TechnologyRef, Decision> rounding = ConsistentRounding.round(lines,
                at(Map.of(FOUNDRY, 2.5, WORKS, 5.0)), true);

        assertThat(rounding).containsEntry(FOUNDRY, Decision.fixed(3)).containsEntry(WORKS, Decision.fixed(5));
    }

    @Test
    void withoutTheHoursForAnotherUnitTheUserIsLoweredInstead() {
        // 640 h a part: the foundry's 1,600 h make 2.5 parts, so the works drops to 4 widgets (2 parts).
        List<ProductionLine> lines = partsAndWidgets(640);

        Map<TechnologyRef, Decision> rounding = ConsistentRounding.round(lines,
                at(Map.of(FOUNDRY, 2.5, WORKS, 5.0)), true);

        assertThat(rounding).containsEntry(FOUNDRY, Decision.fixed(2)).containsEntry(WORKS, Decision.fixed(4));
    }

    @Test
    void validLinesTheRoundingLeavesAloneAreBoundOnlyWhenAskedTo() {
        List<ProductionLine> lines = partsAndWidgets(1);

        Map<TechnologyRef, Decision> rounding = ConsistentRounding.round(lines,
                at(Map.of(FOUNDRY, 2.5, WORKS, 5.0)), false);

        assertThat(rounding).containsOnlyKeys(FOUNDRY);
    }

    @Test
    void aMinimumRunNearerOnStaysOffWhenItsInputsCannotBeHad() {
        // The works at 5 widgets is nearer its minimum of 8 than 0, but on it would need 4 parts and
        // the foundry makes at most 2.5.
        Economy economy = DiscreteDiveTest.unfedMinimumRun();
        List<ProductionLine> lines = ProductionPlans.of(economy, StabilityReference.NONE).lines();

        Map<TechnologyRef, Decision> rounding = ConsistentRounding.round(lines,
                at(Map.of(FOUNDRY, 2.5, WORKS, 5.0, WORKSHOP, 10.0)), true);

        assertThat(rounding).containsOnlyKeys(WORKS).containsEntry(WORKS, Decision.fixed(0));
    }

    @Test
    void aMinimumRunNearerOnIsSwitchedOnWhenItsInputsCanBeHad() {
        Economy economy = anEconomy().product("part").product("widget")
                .collective("foundry", 10, aTechnology("part").maxOutput(10))
                .collective("works", 10, aTechnology("widget").minOutput(8).input("part", 0.5))
                .local("town", need("widget", Priority.ESSENTIAL, 20))
                .build();
        List<ProductionLine> lines = ProductionPlans.of(economy, StabilityReference.NONE).lines();

        Map<TechnologyRef, Decision> rounding = ConsistentRounding.round(lines,
                at(Map.of(FOUNDRY, 2.5, WORKS, 5.0)), true);

        ProductionLine works = lines.stream().filter(l -> l.ref().equals(WORKS)).findFirst().orElseThrow();
        assertThat(rounding).containsOnlyKeys(WORKS).containsEntry(WORKS, Decision.on(works));
    }

    /**
     * A foundry (one member, 1,600 h) making indivisible parts at {@code hoursPerPart} hours each; a
     * works making widgets of half a part.
     */
    private static List<ProductionLine> partsAndWidgets(double hoursPerPart) {
        Economy economy = anEconomy().indivisible("part").indivisible("widget")
                .collective("foundry", 1, aTechnology("part").labourHours(hoursPerPart))
                .collective("works", 10, aTechnology("widget").input("part", 0.5))
                .local("town", need("widget", Priority.ESSENTIAL, 100))
                .build();
        return ProductionPlans.of(economy, StabilityReference.NONE).lines();
    }

    private static java.util.function.ToDoubleFunction<ProductionLine> at(Map<TechnologyRef, Double> values) {
        return line -> values.getOrDefault(line.ref(), 0.0);
    }
}
