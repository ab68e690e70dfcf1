package org.veche.planner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Need;
import org.veche.model.Product;
import org.veche.model.Technology;
import org.veche.planner.analysis.LabourValues;

class SyntheticEconomyTest {

    private static final SyntheticParameters SMALL = SyntheticParameters.of(2_000, 7);

    @Test
    void theSameSeedGivesTheSameEconomyAndAnotherSeedAnotherOne() {
        Economy first = SyntheticEconomy.generate(SMALL);
        Economy again = SyntheticEconomy.generate(SMALL);
        Economy other = SyntheticEconomy.generate(SyntheticParameters.of(2_000, 8));

        assertThat(again).isEqualTo(first);
        assertThat(other.collectives()).isNotEqualTo(first.collectives());
    }

    @Test
    void everyTechnologyUsesLessThanOneUnitOfInputsPerUnitSoTheEconomyIsProductive() {
        Economy economy = SyntheticEconomy.generate(SMALL);

        // Column sums of A at most maxInputTotal: every average technology has spectral radius ≤ 0.5.
        technologies(economy).forEach(t -> {
            assertThat(t.inputs()).hasSizeBetween(2, 6);
            double total = t.inputs().values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(total).isBetween(0.3 - 1e-12, 0.5 + 1e-12);
        });
        assertThat(LabourValues.of(economy, Map.of(), LabourValues.Method.ITERATIVE)).hasSize(2_000);
    }

    @Test
    void sizesFollowTheParameters() {
        Economy economy = SyntheticEconomy.generate(SMALL);

        assertThat(economy.products()).hasSize(2_000);
        assertThat(economy.locals()).hasSize(1_000);
        assertThat(economy.collectives()).hasSize(1_000);
        assertThat(economy.technologyCount() / 2_000.0).isBetween(2.8, 3.2);
        assertThat(economy.needCount() / 1_000.0).isBetween(18.0, 21.0);
    }

    @Test
    void collectiveSizesAreZipfLikeAFewLargeAndManySmall() {
        Economy economy = SyntheticEconomy.generate(SMALL);

        int[] members = economy.collectives().stream().mapToInt(Collective::members).sorted().toArray();
        assertThat(members[members.length - 1]).isGreaterThan(10 * members[members.length / 2]);
    }

    @Test
    void theDiscreteVariantHasIndivisibleProductsInWholeNumbersAndMinimumRuns() {
        Economy economy = SyntheticEconomy.generate(SMALL.withDiscrete(true));

        long indivisible = economy.products().stream().filter(p -> !p.divisible()).count();
        assertThat(indivisible).isBetween(150L, 250L);
        assertThat(technologies(economy).filter(t -> t.minOutput() > 0).count())
                .isBetween(economy.technologyCount() / 10L, economy.technologyCount() * 3L / 10);
        economy.locals().stream().flatMap(l -> l.needs().stream())
                .filter(n -> !economy.requireProduct(n.product()).divisible())
                .map(Need::quantity)
                .forEach(q -> assertThat(q).isEqualTo(Math.rint(q)));
        assertThat(economy.products()).extracting(Product::divisible).contains(true);
    }

    private static Stream<Technology> technologies(Economy economy) {
        return economy.collectives().stream().flatMap(c -> c.technologies().stream());
    }
}
