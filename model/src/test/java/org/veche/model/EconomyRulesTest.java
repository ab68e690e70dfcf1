package org.veche.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class EconomyRulesTest {

    private static final Policy POLICY = Policy.of(1600);
    private static final List<Region> REGIONS = List.of(new Region("north", "North"));
    private static final List<Product> PRODUCTS = List.of(
            Product.divisible("flour", "kg"),
            Product.divisible("bread", "kg"),
            new Product("bus", "Bus", "bus", false, 1));

    private static Technology bread(Map<String, Double> inputs) {
        return new Technology("bread", 50_000, 0, 0.05, 0.3, inputs);
    }

    private static Collective bakery(String id, List<Technology> technologies) {
        return new Collective(id, "Bakery", "north", 12, OptionalDouble.of(1500), technologies);
    }

    private static Local district(List<Need> needs) {
        return new Local("river", "River district", "north", 5000, needs);
    }

    private static Economy economy(List<Collective> collectives, List<Local> locals) {
        return new Economy("test", "2027", POLICY, PRODUCTS, REGIONS, collectives, locals);
    }

    private static List<Violation> violationsOf(List<Collective> collectives, List<Local> locals) {
        return catchThrowableOfType(InvalidEconomyException.class, () -> economy(collectives, locals)).violations();
    }

    @Test
    void aValidEconomyIsBuiltAndIndexed() {
        Economy economy = economy(
                List.of(bakery("bakery-1", List.of(bread(Map.of("flour", 0.7))))),
                List.of(district(List.of(new Need("bread", Priority.ESSENTIAL, 400_000)))));

        assertThat(economy.collective("bakery-1")).isPresent();
        assertThat(economy.product("bread")).isPresent();
        assertThat(economy.technologyCount()).isEqualTo(1);
        assertThat(economy.needCount()).isEqualTo(1);
    }

    @Test
    void unknownInputProductIsReportedWithItsPathAndAHint() {
        assertThat(violationsOf(List.of(bakery("bakery-1", List.of(bread(Map.of("salt", 0.01))))), List.of()))
                .containsExactly(new Violation("collectives[0].technologies[0].inputs.salt",
                        "unknown product 'salt' in technology of collective 'bakery-1'. Maybe it is missing from products?"));
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        Technology negative = new Technology("flour", -5, 0, Double.NaN, 0, Map.of());
        List<Violation> violations = violationsOf(
                List.of(bakery("bakery-1", List.of(bread(Map.of()), negative)), bakery("bakery-1", List.of())),
                List.of(district(List.of(new Need("cake", Priority.DESIRED, 3)))));

        assertThat(violations).extracting(Violation::path).containsExactlyInAnyOrder(
                "collectives[1].id",
                "collectives[0].technologies[1].maxOutput",
                "collectives[0].technologies[1].labourHours",
                "locals[0].needs[0].product");
        assertThat(violations).filteredOn(v -> v.path().equals("collectives[1].id"))
                .extracting(Violation::message).containsExactly(
                        "duplicate id 'bakery-1'; ids must be unique among collectives");
    }

    @Test
    void minimumAboveMaximumIsRefused() {
        Technology technology = new Technology("bread", 10, 20, 1, 0, Map.of());

        assertThat(violationsOf(List.of(bakery("b", List.of(technology))), List.of()))
                .containsExactly(new Violation("collectives[0].technologies[0].minOutput",
                        "minOutput 20.0 is above maxOutput 10.0"));
    }

    @Test
    void oneTechnologyPerCollectiveAndProduct() {
        assertThat(violationsOf(List.of(bakery("b", List.of(bread(Map.of()), bread(Map.of())))), List.of()))
                .extracting(Violation::path).containsExactly("collectives[0].technologies[1].product");
    }

    @Test
    void oneNeedPerProductAndPriority() {
        List<Need> needs = List.of(new Need("bread", Priority.ESSENTIAL, 1), new Need("bread", Priority.ESSENTIAL, 2));

        assertThat(violationsOf(List.of(), List.of(district(needs))))
                .extracting(Violation::path).containsExactly("locals[0].needs[1]");
    }

    @Test
    void indivisibleProductsTakeWholeNumbers() {
        Technology buses = new Technology("bus", 10.5, 0, 900, 2, Map.of());

        assertThat(violationsOf(List.of(bakery("workshop", List.of(buses))),
                        List.of(district(List.of(new Need("bus", Priority.IMPORTANT, 2.5))))))
                .extracting(Violation::path)
                .containsExactlyInAnyOrder("collectives[0].technologies[0].maxOutput", "locals[0].needs[0].quantity");
    }

    @Test
    void unknownRegionAndNegativePolicyValues() {
        Collective elsewhere = new Collective("c", "C", "south", -1, OptionalDouble.of(-3), List.of());
        Policy policy = new Policy(-1, OptionalDouble.of(Double.POSITIVE_INFINITY), new PriorityWeights(100, -10, 1));

        assertThatThrownBy(() -> new Economy("x", "2027", policy, PRODUCTS, REGIONS, List.of(elsewhere), List.of()))
                .isInstanceOfSatisfying(InvalidEconomyException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactlyInAnyOrder("policy.maxHoursPerMember", "policy.emissionCap",
                                "policy.priorityWeights.important", "collectives[0].region",
                                "collectives[0].members", "collectives[0].maxHoursPerMember"));
    }

    @Test
    void aChangeThatBreaksARuleLeavesTheEconomyAsItWas() {
        Economy economy = economy(List.of(bakery("b", List.of(bread(Map.of())))), List.of());

        assertThatThrownBy(() -> economy.withCollective("b", c -> c.withMembers(-4)))
                .isInstanceOf(InvalidEconomyException.class)
                .hasMessageContaining("collectives[0].members: must be 0 or more, was -4");
        assertThat(economy.collective("b").orElseThrow().members()).isEqualTo(12);
    }

    @Test
    void hoursCapIsTheLowerOfTheCollectivesAndThePolicys() {
        Collective collective = bakery("b", List.of());

        assertThat(collective.hoursCap(Policy.of(1600))).isEqualTo(12 * 1500.0);
        assertThat(collective.hoursCap(Policy.of(1400))).isEqualTo(12 * 1400.0);
        assertThat(collective.withMaxHoursPerMember(OptionalDouble.empty()).hoursCap(Policy.of(1400)))
                .isEqualTo(12 * 1400.0);
    }
}
