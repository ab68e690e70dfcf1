package org.veche.planner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veche.model.Priority;
import org.veche.model.Violation;
import org.veche.model.check.PlanScore;
import org.veche.model.plan.Delivery;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;

class PlanFormatTest {

    private static final Plan PLAN = new Plan("Two valleys",
            List.of(new Production("bakery-1", "bread", 41234.5), new Production("mill-1", "flour", 0)),
            List.of(new Delivery("river", "bread", Priority.ESSENTIAL, 400000),
                    new Delivery("river", "bread", Priority.DESIRED, 0.1 + 0.2)));

    private static final PlanScore SCORE =
            new PlanScore(true, 0, 3125.31, 30.0, 12.5, 3.1, -12.75, 123456.7, 8910.1);

    record ProductLine(String product, double output, double labourValue) {}

    @Test
    void roundTripKeepsThePlanAndTheScore() {
        String text = PlanFormat.write(PLAN, SCORE, Map.of());

        assertThat(PlanFormat.read(text)).isEqualTo(new PlanDocument(PLAN, Optional.of(SCORE)));
    }

    @Test
    void sectionsFollowTheBaseFieldsInTheMapsOrderAndReadBack() throws Exception {
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("solver", Map.of("name", "lp", "seconds", 1.5));
        sections.put("products", List.of(new ProductLine("bread", 41234.5, 0.0305), new ProductLine("flour", 30, 2)));

        String text = PlanFormat.write(PLAN, SCORE, sections);

        JsonNode tree = ExchangeJson.MAPPER.readTree(text);
        assertThat(tree.fieldNames()).toIterable()
                .containsExactly("format", "economy", "production", "deliveries", "score", "solver", "products");
        assertThat(text).contains("\"output\": 30,").contains("\"labourValue\": 0.0305").contains("\"seconds\": 1.5");
        assertThat(PlanFormat.read(text)).isEqualTo(new PlanDocument(PLAN, Optional.of(SCORE)));
    }

    @Test
    void writesTheBaseShapeOfSpecSection4() {
        String text = PlanFormat.write(PLAN, SCORE, Map.of());

        assertThat(text).startsWith("""
                {
                  "format": "veche.plan/1",
                  "economy": "Two valleys",
                  "production": [
                    {
                      "collective": "bakery-1",
                      "product": "bread",
                      "quantity": 41234.5
                    },
                """);
        assertThat(text).contains("""
                    {
                      "local": "river",
                      "product": "bread",
                      "priority": "desired",
                      "quantity": 0.30000000000000004
                    }
                """);
        assertThat(text).endsWith("""
                  "score": {
                    "feasible": true,
                    "hard": 0,
                    "needs": 3125.31,
                    "essential": 30,
                    "important": 12.5,
                    "desired": 3.1,
                    "stability": -12.75,
                    "labourHours": 123456.7,
                    "emissions": 8910.1
                  }
                }
                """);
    }

    @Test
    void readsTheExampleOfSpecSection4WithHardAndStabilityDefaultingToZero() {
        String spec = """
                {
                  "format": "veche.plan/1",
                  "economy": "Chile 2013, 12 sectors",
                  "production": [ { "collective": "bakery-1", "product": "bread", "quantity": 41234.5 } ],
                  "deliveries": [ { "local": "river-district", "product": "bread", "priority": "essential", "quantity": 400000 } ],
                  "score": { "feasible": true, "needs": 3125.31, "essential": 30.0, "important": 12.5,
                             "desired": 3.1, "labourHours": 123456.7, "emissions": 8910.1 }
                }
                """;

        PlanDocument document = PlanFormat.read(spec);

        assertThat(document.plan().deliveries()).containsExactly(
                new Delivery("river-district", "bread", Priority.ESSENTIAL, 400000));
        assertThat(document.score()).contains(new PlanScore(true, 0, 3125.31, 30, 12.5, 3.1, 0, 123456.7, 8910.1));
    }

    @Test
    void aPlanWithoutAScoreReadsWithAnEmptyScore() {
        String text = "{ \"format\": \"veche.plan/1\", \"economy\": \"e\", \"production\": [], \"deliveries\": [],"
                + " \"metrics\": { \"anything\": [1, \"goes\"] } }";

        assertThat(PlanFormat.read(text)).isEqualTo(new PlanDocument(new Plan("e", List.of(), List.of()), Optional.empty()));
    }

    @Test
    void unknownFieldsAreRejectedWithTheirPathsAndKnownSectionsAccepted() {
        String text = """
                { "format": "veche.plan/1", "economy": "e", "explanations": [], "comments": "hi",
                  "production": [ { "collective": "c", "product": "p", "quantity": 1, "unit": "kg" } ],
                  "deliveries": [ { "local": "l", "product": "p", "priority": "urgent", "quantity": "1" } ],
                  "score": { "feasible": "yes", "needs": 1, "essential": 1, "important": 1, "desired": 1,
                             "labourHours": 1, "emisions": 1 } }
                """;

        assertThat(problems(text)).containsExactly(
                "comments: unknown field; known fields are format, economy, production, deliveries, score, "
                        + "metrics, products, collectives, locals, explanations, valuations, solver",
                "production[0].unit: unknown field; known fields are collective, product, quantity",
                "deliveries[0].priority: unknown priority \"urgent\"; use essential, important, desired",
                "deliveries[0].quantity: expected a number, was the string \"1\"",
                "score.emisions: unknown field; did you mean \"emissions\"? Known fields are feasible, hard, needs, "
                        + "essential, important, desired, stability, labourHours, emissions",
                "score.feasible: expected true or false, was the string \"yes\"",
                "score.emissions: missing required field; give a number");
    }

    @Test
    void eachTechnologyAndNeedIsListedOnce() {
        String text = """
                { "format": "veche.plan/1", "economy": "e",
                  "production": [ { "collective": "c", "product": "p", "quantity": 1 },
                                  { "collective": "c", "product": "p", "quantity": 2 } ],
                  "deliveries": [ { "local": "l", "product": "p", "priority": "desired", "quantity": 1 },
                                  { "local": "l", "product": "p", "priority": "essential", "quantity": 1 },
                                  { "local": "l", "product": "p", "priority": "desired", "quantity": 0 } ] }
                """;

        assertThat(problems(text)).containsExactly(
                "production[1]: second entry for the same technology (c/p) as production[0]; list each technology once",
                "deliveries[2]: second entry for the same need (l/p/desired) as deliveries[0]; list each need once");
    }

    @Test
    void anEconomyFileIsNotAPlan() {
        assertThat(problems(TestEconomies.MINIMAL_JSON)).containsExactly("format: expected \"veche.plan/1\", was the "
                + "string \"veche.economy/1\"; this file is not a veche.plan/1 file, or it is another version");
    }

    @Test
    void writingRefusesAnUnknownSectionOrANonFiniteQuantity() {
        assertThatThrownBy(() -> PlanFormat.write(PLAN, SCORE, Map.of("notes", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown plan section 'notes'");
        Plan broken = new Plan("e", List.of(new Production("c", "p", Double.NaN)), List.of());
        assertThatThrownBy(() -> PlanFormat.write(broken, SCORE, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("production of c/p = NaN");
    }

    @Test
    void readsAndWritesFiles(@TempDir Path dir) {
        Path file = dir.resolve("plan.json");

        PlanFormat.write(PLAN, SCORE, Map.of("metrics", Map.of("gini", 0.12)), file);

        assertThat(PlanFormat.read(file)).isEqualTo(new PlanDocument(PLAN, Optional.of(SCORE)));
    }

    private static List<String> problems(String json) {
        FormatException e = catchThrowableOfType(FormatException.class, () -> PlanFormat.read(json));
        assertThat(e).as("expected a FormatException").isNotNull();
        return e.violations().stream().map(Violation::toString).toList();
    }
}
