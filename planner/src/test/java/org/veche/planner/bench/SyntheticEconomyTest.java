package org.veche.planner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
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

    @Test
    void inTheTieredStructureOnlyTheCoreLoopsAndEachProductNeedsFewOthers() {
        Economy popular = SyntheticEconomy.generate(SMALL);
        Economy tiered = SyntheticEconomy.generate(SMALL.withStructure(InputStructure.TIERED));

        InputGraph loops = new InputGraph(popular);
        InputGraph chains = new InputGraph(tiered);
        // Measured at seed 7: popular 1,852 products in one loop, each needing 1,852; tiered 20 and 120.
        assertThat(chains.largestLoop()).isLessThanOrEqualTo(InputStructure.coreSize(2_000));
        assertThat(loops.largestLoop()).isGreaterThan(1_000);
        assertThat(loops.meanNeeded()).isGreaterThan(1_000);
        assertThat(chains.meanNeeded()).isLessThan(200);
        assertThat(tiered.technologyCount() / 2_000.0).isBetween(2.8, 3.2);
        technologies(tiered).forEach(t -> assertThat(t.inputs()).hasSizeBetween(2, 6));
    }

    private static Stream<Technology> technologies(Economy economy) {
        return economy.collectives().stream().flatMap(c -> c.technologies().stream());
    }

    /** Which products each product uses as inputs, by any of its technologies. */
    private static final class InputGraph {

        private final List<int[]> inputs = new ArrayList<>();

        InputGraph(Economy economy) {
            Map<String, Integer> index = new HashMap<>();
            economy.products().forEach(p -> index.put(p.id(), index.size()));
            List<BitSet> edges = new ArrayList<>();
            economy.products().forEach(p -> edges.add(new BitSet()));
            technologies(economy).forEach(t -> t.inputs().keySet()
                    .forEach(input -> edges.get(index.get(t.product())).set(index.get(input))));
            edges.forEach(e -> inputs.add(e.stream().toArray()));
        }

        /** The products each product needs directly or not, averaged. */
        double meanNeeded() {
            long total = 0;
            for (int p = 0; p < inputs.size(); p++) {
                total += reachable(p, inputs).cardinality();
            }
            return (double) total / inputs.size();
        }

        /** The size of the largest set of products that all need each other (strongly connected). */
        int largestLoop() {
            List<int[]> users = new ArrayList<>();
            List<List<Integer>> reversed = new ArrayList<>();
            inputs.forEach(i -> reversed.add(new ArrayList<>()));
            for (int p = 0; p < inputs.size(); p++) {
                for (int input : inputs.get(p)) {
                    reversed.get(input).add(p);
                }
            }
            reversed.forEach(r -> users.add(r.stream().mapToInt(Integer::intValue).toArray()));
            BitSet assigned = new BitSet();
            int largest = 0;
            for (int p = 0; p < inputs.size(); p++) {
                if (!assigned.get(p)) {
                    BitSet component = reachable(p, inputs);
                    component.set(p);
                    BitSet back = reachable(p, users);
                    back.set(p);
                    component.and(back);
                    assigned.or(component);
                    largest = Math.max(largest, component.cardinality());
                }
            }
            return largest;
        }

        private static BitSet reachable(int from, List<int[]> edges) {
            BitSet seen = new BitSet();
            Deque<Integer> stack = new ArrayDeque<>(List.of(from));
            while (!stack.isEmpty()) {
                for (int next : edges.get(stack.pop())) {
                    if (!seen.get(next)) {
                        seen.set(next);
                        stack.push(next);
                    }
                }
            }
            return seen;
        }
    }
}
