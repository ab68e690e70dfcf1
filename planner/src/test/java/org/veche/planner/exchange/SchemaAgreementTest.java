package org.veche.planner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON Schemas in {@code docs/formats/} and the readers know the same fields at every level, so
 * neither can drift from the other. Each level with properties is the root or one of the schema's
 * {@code $defs}, named as in the reader's {@code LEVELS}.
 */
class SchemaAgreementTest {

    private static final Path FORMATS = Path.of("..", "docs", "formats");

    @ParameterizedTest
    @CsvSource({"economy.schema.json, economy", "plan.schema.json, plan"})
    void schemaAndReaderKnowTheSameFieldsAtEveryLevel(String schemaFile, String format) throws IOException {
        JsonNode schema = new JsonMapper().readTree(FORMATS.resolve(schemaFile).toFile());
        Map<String, List<String>> levels = format.equals("economy") ? EconomyReader.LEVELS : PlanReader.LEVELS;

        assertThat(names(schema.get("properties"))).as("root").containsExactlyElementsOf(levels.get(""));
        List<String> schemaLevels = new ArrayList<>();
        schema.get("$defs").fields().forEachRemaining(def -> {
            if (def.getValue().has("properties")) {
                schemaLevels.add(def.getKey());
                assertThat(names(def.getValue().get("properties"))).as(def.getKey())
                        .containsExactlyElementsOf(levels.getOrDefault(def.getKey(), List.of()));
                assertThat(def.getValue().get("additionalProperties").asBoolean(true)).as(def.getKey()).isFalse();
            }
        });
        assertThat(schemaLevels).containsExactlyInAnyOrderElementsOf(levels.keySet().stream().skip(1).toList());
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @ParameterizedTest
    @CsvSource({"economy.schema.json, veche.economy/1", "plan.schema.json, veche.plan/1"})
    void schemaNamesTheFormatItDescribes(String schemaFile, String format) throws IOException {
        JsonNode schema = new JsonMapper().readTree(FORMATS.resolve(schemaFile).toFile());

        assertThat(schema.at("/properties/format/const").asText()).isEqualTo(format);
        assertThat(schema.get("title").asText()).isEqualTo(format);
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
