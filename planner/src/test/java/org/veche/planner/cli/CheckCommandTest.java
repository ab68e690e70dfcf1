package org.veche.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code veche check} on a three-product economy worked out by hand.
 *
 * <p>Farm: grain, 0.5 h and 0.1 emissions per kg. Bakery: bread, 1 h, 0.2 emissions and 2 kg of
 * grain per kg. Workshop: chairs (whole), 50 h each, minimum run 2. Locals: A asks 400 kg bread
 * (essential) and 4 chairs (desired), B asks 200 kg bread (essential).
 *
 * <p>The feasible plan makes 600 kg grain, 300 kg bread, 4 chairs and delivers bread 200 / 100
 * (share ½ each), chairs 4. Score: essential S = u(½) = 4·¼ + 3·¼ = 1.75; desired S = u(1) = 2.5;
 * needs = 100·1.75 + 1·2.5 = 177.5; labour = 600·0.5 + 300·1 + 4·50 = 800 h;
 * emissions = 600·0.1 + 300·0.2 = 120.
 */
class CheckCommandTest {

    private static final String ECONOMY = """
            {"format": "veche.economy/1", "name": "three products", "period": "2027",
             "policy": {"maxHoursPerMember": 1600},
             "products": [{"id": "grain", "unit": "kg"}, {"id": "bread", "unit": "kg"},
                          {"id": "chair", "unit": "chair", "divisible": false}],
             "regions": [{"id": "north"}],
             "collectives": [
               {"id": "farm", "region": "north", "members": 2, "maxHoursPerMember": 1000,
                "technologies": [{"product": "grain", "maxOutput": 1000, "labourHours": 0.5, "emissions": 0.1}]},
               {"id": "bakery", "region": "north", "members": 1,
                "technologies": [{"product": "bread", "maxOutput": 500, "labourHours": 1, "emissions": 0.2,
                                  "inputs": {"grain": 2}}]},
               {"id": "workshop", "region": "north", "members": 1,
                "technologies": [{"product": "chair", "maxOutput": 10, "minOutput": 2, "labourHours": 50}]}],
             "locals": [
               {"id": "a", "region": "north", "population": 100,
                "needs": [{"product": "bread", "quantity": 400, "priority": "essential"},
                          {"product": "chair", "quantity": 4, "priority": "desired"}]},
               {"id": "b", "region": "north", "population": 50,
                "needs": [{"product": "bread", "quantity": 200, "priority": "essential"}]}]}
            """;

    private static String plan(double grain, String score) {
        return """
                {"format": "veche.plan/1", "economy": "three products",
                 "production": [{"collective": "farm", "product": "grain", "quantity": %s},
                                {"collective": "bakery", "product": "bread", "quantity": 300},
                                {"collective": "workshop", "product": "chair", "quantity": 4}],
                 "deliveries": [{"local": "a", "product": "bread", "priority": "essential", "quantity": 200},
                                {"local": "a", "product": "chair", "priority": "desired", "quantity": 4},
                                {"local": "b", "product": "bread", "priority": "essential", "quantity": 100}]
                 %s}
                """.formatted(grain, score);
    }

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(String planJson) throws Exception {
        Path economy = Files.writeString(dir.resolve("economy.json"), ECONOMY);
        Path plan = Files.writeString(dir.resolve("plan.json"), planJson);
        return new CheckCommand().run(List.of(economy.toString(), plan.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFeasiblePlanGetsTheLevelsWorkedOutByHand() throws Exception {
        assertThat(check(plan(600, ""))).isZero();

        assertThat(out()).contains("feasible: yes")
                .contains("hard:        0")
                .contains("needs:       177.5 (essential 1.75, important 0, desired 2.5)")
                .contains("labourHours: 800")
                .contains("emissions:   120")
                .contains("served (quantity-weighted): essential 50.00 % desired 100.00 %");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void grainShortOfWhatTheBakeryUsesIsInfeasible() throws Exception {
        assertThat(check(plan(500, ""))).isEqualTo(1);

        assertThat(out()).contains("feasible: no, 1 breach")
                .contains("materialBalance at grain")
                .contains("(100 product units short)")
                .contains("hard:        -100")
                .contains("labourHours: 750");
    }

    @Test
    void aScoreInTheFileThatDisagreesIsPointedOut() throws Exception {
        String claimed = """
                , "score": {"feasible": true, "needs": 3125.31, "essential": 1.75, "important": 0,
                            "desired": 2.5, "labourHours": 800, "emissions": 120}""";

        assertThat(check(plan(600, claimed))).isZero();

        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("note: the plan file's score says needs 3125.31, recomputed 177.5." + System.lineSeparator());
    }

    @Test
    void aBrokenPlanFileNamesTheBadField() throws Exception {
        assertThat(check(plan(600, ", \"colour\": 1"))).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("colour").contains("unknown field");
    }

    @Test
    void theDispatcherKnowsTheCommandAndRejectsAWrongArgumentCount() {
        int status = Veche.standard().run(List.of("check", "only-one.json"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: veche check ECONOMY.json PLAN.json");
    }
}
