package org.veche.planner.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Policy;
import org.veche.model.Priority;
import org.veche.model.PriorityWeights;
import org.veche.model.Product;
import org.veche.model.Region;
import org.veche.model.Technology;

/** Economies for the exchange-format tests. */
final class TestEconomies {

    private TestEconomies() {}

    /** Every optional field set to something other than its default. */
    static Economy everyOptionalFieldSet() {
        return new Economy("Every field", "2027-Q1",
                new Policy(1600, OptionalDouble.of(12345.5), new PriorityWeights(1000, 20.5, 0.25)),
                List.of(new Product("bread", "Rye bread", "kg", true, 1.5),
                        new Product("flour", "Flour", "t", true, 0),
                        new Product("bicycle", "Bicycle", "piece", false, 2)),
                List.of(new Region("north", "North valley")),
                List.of(new Collective("bakery-1", "Bakery on the river", "north", 12, OptionalDouble.of(1500),
                                List.of(new Technology("bread", 50000, 1000, 0.05, 0.3,
                                        Map.of("flour", 0.0007, "bicycle", 1e-6)))),
                        new Collective("works", "Bicycle works", "north", 3, OptionalDouble.of(0.1 + 0.2),
                                List.of(new Technology("bicycle", 200, 10, 12.25, 5, Map.of()),
                                        new Technology("flour", 1e20, 0, 1.0 / 3, 0, Map.of())))),
                List.of(new Local("river", "River district", "north", 5000,
                        List.of(new Need("bread", Priority.ESSENTIAL, 400000),
                                new Need("bread", Priority.DESIRED, 0.5),
                                new Need("bicycle", Priority.IMPORTANT, 30)))));
    }

    /** The economy of {@link #MINIMAL_JSON}: every optional field at its default. */
    static Economy minimal() {
        return new Economy("Minimal", "", Policy.of(1600),
                List.of(Product.divisible("bread", "kg")),
                List.of(new Region("north", "north")),
                List.of(new Collective("bakery-1", "bakery-1", "north", 12, OptionalDouble.empty(),
                        List.of(Technology.of("bread", 50000, 0.05)))),
                List.of(new Local("river", "river", "north", 5000,
                        List.of(new Need("bread", Priority.ESSENTIAL, 400000)))));
    }

    /** Only the required fields. */
    static final String MINIMAL_JSON = """
            {
              "format": "veche.economy/1",
              "name": "Minimal",
              "period": "",
              "policy": { "maxHoursPerMember": 1600 },
              "products": [ { "id": "bread", "unit": "kg" } ],
              "regions": [ { "id": "north" } ],
              "collectives": [ { "id": "bakery-1", "region": "north", "members": 12,
                  "technologies": [ { "product": "bread", "maxOutput": 50000, "labourHours": 0.05 } ] } ],
              "locals": [ { "id": "river", "region": "north", "population": 5000,
                  "needs": [ { "product": "bread", "quantity": 400000, "priority": "essential" } ] } ]
            }
            """;

    /** The sample economy in the test resources. */
    static String sampleJson() {
        try (InputStream in = TestEconomies.class.getResourceAsStream("sample-economy.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
