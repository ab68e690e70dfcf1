package org.veche.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** `./veche serve` on an empty database: a demo cycle with round 1, and the tokens a person needs, in a file. */
@QuarkusTest
@TestProfile(DemoModeTest.Demo.class)
class DemoModeTest {

    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("veche.demo", "true", "veche.demo-economy", "../datasets/demo.economy.json");
        }
    }

    @Test
    void theDemoCycleIsOpenWithRoundOneAndItsTokensAreWrittenDown() throws IOException {
        List<String> ids = given().get("/api/cycles").jsonPath().getList("items.id");
        assertThat(ids).hasSize(1);
        String id = ids.get(0);
        TestCycles.awaitOpen(id, 1); // solved once, published, open (a double start would fail it)

        Path file = Path.of(ConfigProvider.getConfig().getValue("veche.data-dir", String.class), "demo-tokens.txt");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).anyMatch(l -> l.startsWith("Web page:") && l.contains("http://localhost:"));
        assertThat(lines).anyMatch(l -> l.equals("Planner token: test-planner-token"));
        List<String> assemblies = lines.stream().filter(l -> l.startsWith("  ")).toList();
        assertThat(assemblies).hasSize(17);
        String oldTown = assemblies.stream().filter(l -> l.startsWith("  old-town | Old town | ")).findFirst()
                .orElseThrow().split(" \\| ")[2];
        TestCycles.answer(new TestCycles.Opened(id, Map.of("old-town", oldTown)), 1, "old-town", TestCycles.ACCEPT)
                .statusCode(200);
    }
}
