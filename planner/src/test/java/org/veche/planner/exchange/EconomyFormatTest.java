package org.veche.planner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veche.model.Economy;
import org.veche.model.Policy;
import org.veche.model.PriorityWeights;
import org.veche.model.Product;
import org.veche.model.Technology;

class EconomyFormatTest {

    @Test
    void readsTheSampleEconomy() {
        Economy economy = EconomyFormat.read(TestEconomies.sampleJson());

        assertThat(economy.name()).isEqualTo("Two valleys, four products");
        assertThat(economy.products()).hasSize(4);
        assertThat(economy.technologyCount()).isEqualTo(4);
        assertThat(economy.needCount()).isEqualTo(5);
        assertThat(economy.requireProduct("bicycle").divisible()).isFalse();
        assertThat(economy.collective("bakery-1").orElseThrow().maxHoursPerMember()).isEqualTo(OptionalDouble.of(1500));
        assertThat(economy.collective("mill-1").orElseThrow().technology("flour").orElseThrow().inputs())
                .isEqualTo(Map.of("grain", 1.25));
    }

    @Test
    void fieldsLeftOutTakeTheDefaultsOfSpecSection4() {
        Economy economy = EconomyFormat.read(TestEconomies.MINIMAL_JSON);

        Product bread = economy.requireProduct("bread");
        assertThat(bread.name()).isEqualTo("bread");
        assertThat(bread.divisible()).isTrue();
        assertThat(bread.weight()).isEqualTo(1);
        Technology technology = economy.collectives().get(0).technologies().get(0);
        assertThat(technology.minOutput()).isZero();
        assertThat(technology.emissions()).isZero();
        assertThat(technology.inputs()).isEmpty();
        assertThat(economy.collectives().get(0).maxHoursPerMember()).isEmpty();
        assertThat(economy.policy()).isEqualTo(Policy.of(1600));
        assertThat(economy.policy().priorityWeights()).isEqualTo(PriorityWeights.DEFAULT);
        assertThat(economy).isEqualTo(TestEconomies.minimal());
    }

    @Test
    void aPriorityWeightLeftOutKeepsItsDefault() {
        String json = TestEconomies.MINIMAL_JSON.replace("{ \"maxHoursPerMember\": 1600 }",
                "{ \"maxHoursPerMember\": 1600, \"emissionCap\": null, \"priorityWeights\": { \"desired\": 0 } }");

        Economy economy = EconomyFormat.read(json);

        assertThat(economy.policy().priorityWeights()).isEqualTo(new PriorityWeights(100, 10, 0));
        assertThat(economy.policy().emissionCap()).isEmpty();
    }

    @Test
    void roundTripKeepsEveryOptionalField() {
        Economy economy = TestEconomies.everyOptionalFieldSet();

        String text = EconomyFormat.write(economy);

        assertThat(EconomyFormat.read(text)).isEqualTo(economy);
        assertThat(EconomyFormat.write(EconomyFormat.read(text))).isEqualTo(text);
    }

    @Test
    void roundTripOfAnEconomyWithOnlyDefaults() {
        Economy economy = TestEconomies.minimal();

        assertThat(EconomyFormat.read(EconomyFormat.write(economy))).isEqualTo(economy);
    }

    @Test
    void roundTripOfTheSampleIsStableText() {
        String once = EconomyFormat.write(EconomyFormat.read(TestEconomies.sampleJson()));

        assertThat(EconomyFormat.write(EconomyFormat.read(once))).isEqualTo(once);
    }

    @Test
    void writesWholeNumbersWholeAndOthersInTheirShortestExactForm() {
        String text = EconomyFormat.write(TestEconomies.everyOptionalFieldSet());

        assertThat(text)
                .contains("\"maxOutput\": 50000,")
                .contains("\"maxHoursPerMember\": 1600,")
                .contains("\"labourHours\": 0.05,")
                .contains("\"maxHoursPerMember\": 0.30000000000000004,")
                .contains("\"maxOutput\": 100000000000000000000,")
                .contains("\"labourHours\": 0.3333333333333333,")
                .doesNotContain("50000.0")
                .doesNotContain("E20");
    }

    @Test
    void writesTheExactDocumentedShape() {
        String expected = """
                {
                  "format": "veche.economy/1",
                  "name": "Minimal",
                  "period": "",
                  "policy": {
                    "maxHoursPerMember": 1600,
                    "emissionCap": null,
                    "priorityWeights": {
                      "essential": 100,
                      "important": 10,
                      "desired": 1
                    }
                  },
                  "products": [
                    {
                      "id": "bread",
                      "name": "bread",
                      "unit": "kg",
                      "divisible": true,
                      "weight": 1
                    }
                  ],
                  "regions": [
                    {
                      "id": "north",
                      "name": "north"
                    }
                  ],
                  "collectives": [
                    {
                      "id": "bakery-1",
                      "name": "bakery-1",
                      "region": "north",
                      "members": 12,
                      "technologies": [
                        {
                          "product": "bread",
                          "maxOutput": 50000,
                          "minOutput": 0,
                          "labourHours": 0.05,
                          "emissions": 0,
                          "inputs": {}
                        }
                      ]
                    }
                  ],
                  "locals": [
                    {
                      "id": "river",
                      "name": "river",
                      "region": "north",
                      "population": 5000,
                      "needs": [
                        {
                          "product": "bread",
                          "quantity": 400000,
                          "priority": "essential"
                        }
                      ]
                    }
                  ]
                }
                """;

        assertThat(EconomyFormat.write(TestEconomies.minimal())).isEqualTo(expected);
    }

    @Test
    void writesInputsSortedByProductId() {
        String text = EconomyFormat.write(TestEconomies.everyOptionalFieldSet());

        assertThat(text.indexOf("\"bicycle\": 0.000001")).isPositive().isLessThan(text.indexOf("\"flour\": 0.0007"));
    }

    @Test
    void readsAndWritesFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("economy.json");
        Economy economy = TestEconomies.everyOptionalFieldSet();

        EconomyFormat.write(economy, file);

        assertThat(Files.readString(file)).isEqualTo(EconomyFormat.write(economy));
        assertThat(EconomyFormat.read(file)).isEqualTo(economy);
    }
}
