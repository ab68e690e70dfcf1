package org.veche.planner.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.veche.planner.analysis.EconomyBuilder.anEconomy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.veche.model.Economy;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.analysis.LabourValues.Method;

/** Labour values against hand calculations; tolerance 1e-12 h per unit unless stated. */
class LabourValuesTest {

    private static final double EXACT = 1e-12;

    private static Economy breadChain() {
        return anEconomy().products("bread", "flour", "grain")
                .technology("bakery", "bread", 0.05, Map.of("flour", 0.7))
                .technology("mill", "flour", 0.02, Map.of("grain", 1.3))
                .technology("farm", "grain", 0.01, Map.of())
                .build();
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void breadEmbodiesItsOwnHoursAndThoseOfItsFlourAndGrain(Method method) {
        Map<String, Double> values = LabourValues.of(breadChain(), Map.of(), method);

        assertThat(values.get("grain")).isCloseTo(0.01, within(EXACT));
        assertThat(values.get("flour")).isCloseTo(0.02 + 1.3 * 0.01, within(EXACT));
        assertThat(values.get("bread")).isCloseTo(0.05 + 0.7 * (0.02 + 1.3 * 0.01), within(EXACT));
    }

    @Test
    void luAndIterationAgreeWithinOneBillionthOnAnEconomyWithACycle() {
        // Grain needs some bread (the farmers eat): a loop that LU solves at once and iteration converges to.
        Economy economy = anEconomy().products("bread", "flour", "grain")
                .technology("bakery", "bread", 0.05, Map.of("flour", 0.7))
                .technology("mill", "flour", 0.02, Map.of("grain", 1.3))
                .technology("farm", "grain", 0.01, Map.of("bread", 0.2))
                .build();

        Map<String, Double> lu = LabourValues.of(economy, Map.of(), Method.LU);
        Map<String, Double> iterated = LabourValues.of(economy, Map.of(), Method.ITERATIVE);

        double bread = (0.05 + 0.7 * (0.02 + 1.3 * 0.01)) / (1 - 0.7 * 1.3 * 0.2);
        assertThat(lu.get("bread")).isCloseTo(bread, within(EXACT));
        lu.forEach((product, value) -> assertThat(iterated.get(product)).isCloseTo(value, within(1e-9)));
    }

    @Test
    void theAverageTechnologyIsWeightedByWhatEachCollectiveProduces() {
        Economy economy = anEconomy().products("flour", "grain")
                .technology("old-mill", "flour", 0.02, Map.of("grain", 1.3))
                .technology("new-mill", "flour", 0.04, Map.of("grain", 1.0))
                .technology("farm", "grain", 0.01, Map.of())
                .build();
        Map<TechnologyRef, Double> production = Map.of(
                new TechnologyRef("old-mill", "flour"), 300.0,
                new TechnologyRef("new-mill", "flour"), 100.0,
                new TechnologyRef("farm", "grain"), 490.0);

        Map<String, Double> values = LabourValues.of(economy, production);

        // l̄ = (0.02·300 + 0.04·100)/400 = 0.025; ā_grain = (1.3·300 + 1.0·100)/400 = 1.225
        assertThat(values.get("flour")).isCloseTo(0.025 + 1.225 * 0.01, within(EXACT));
    }

    @Test
    void aProductThePlanDoesNotMakeIsValuedAtTheUnweightedAverageOfItsTechnologies() {
        Economy economy = anEconomy().products("flour", "grain")
                .technology("old-mill", "flour", 0.02, Map.of("grain", 1.3))
                .technology("new-mill", "flour", 0.04, Map.of("grain", 1.0))
                .technology("farm", "grain", 0.01, Map.of())
                .build();

        Map<String, Double> values = LabourValues.of(economy, Map.of());

        assertThat(values.get("flour")).isCloseTo(0.03 + 1.15 * 0.01, within(EXACT));
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void aProductNothingMakesHasNoValueAndNeitherHasWhatIsMadeFromIt(Method method) {
        Economy economy = anEconomy().products("bread", "flour", "salt", "grain")
                .technology("bakery", "bread", 0.05, Map.of("flour", 0.7))
                .technology("mill", "flour", 0.02, Map.of("grain", 1.3, "salt", 0.01))
                .technology("farm", "grain", 0.01, Map.of())
                .build();

        Map<String, Double> values = LabourValues.of(economy, Map.of(), method);

        assertThat(values).containsOnlyKeys("grain");
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void aNonProductiveEconomyIsRefusedWithAClearMessage(Method method) {
        // Each unit of a needs 2 of b and each unit of b needs 1 of a: spectral radius √2.
        Economy economy = anEconomy().products("a", "b")
                .technology("x", "a", 1, Map.of("b", 2.0))
                .technology("y", "b", 1, Map.of("a", 1.0))
                .build();

        assertThatThrownBy(() -> LabourValues.of(economy, Map.of(), method))
                .isInstanceOf(LabourValueException.class)
                .hasMessageContaining("not productive")
                .hasMessageContaining("input coefficients");
    }
}
