package org.veche.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.veche.api.TestCycles.PLANNER;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Bad input gets an RFC 9457 problem with a stable type and the offending field, never a 5xx. */
@QuarkusTest
class ProblemDetailsTest {

    private static io.restassured.response.ValidatableResponse openCycle(String body) {
        return given().header("Authorization", PLANNER).contentType("application/json").body(body)
                .post("/api/cycles").then().contentType("application/problem+json");
    }

    @Test
    void malformedJson() {
        openCycle("{\"economy\": ").statusCode(400).body("type", startsWith("urn:veche:problem:"))
                .body("code", equalTo("malformed-json"));
        openCycle("{\"economy\": {\"format\": }}").statusCode(400).body("code", equalTo("malformed-json"));
    }

    @Test
    void anOversizedBodyIsAProblemDocument() {
        String padding = " ".repeat(11 * 1024 * 1024);
        openCycle("{\"economy\": null" + padding + "}").statusCode(413).body("code", equalTo("body-too-large"))
                .body("detail", org.hamcrest.Matchers.containsString("at most"));
    }

    @Test
    void unknownFieldIsNamed() {
        openCycle("{\"economy\": " + TestCycles.economy() + ", \"calendar\": {\"maxRounds\": 2, \"roundHours\": 1,"
                + " \"quorum\": 1, \"colour\": 3}}").statusCode(400).body("code", equalTo("unknown-field"))
                .body("field", equalTo("calendar.colour"));
    }

    @Test
    void wrongTypeIsNamed() {
        openCycle("{\"economy\": " + TestCycles.economy() + ", \"calendar\": {\"maxRounds\": \"many\","
                + " \"roundHours\": 1}}").statusCode(400).body("code", equalTo("wrong-type"))
                .body("field", equalTo("calendar.maxRounds"));
    }

    @Test
    void economyViolationsCarryTheirPaths() {
        String economy = TestCycles.economy().replace("\"members\": 2", "\"members\": -2");
        openCycle("{\"economy\": " + economy + ", \"calendar\": {\"maxRounds\": 2, \"roundHours\": 1}}")
                .statusCode(400).body("code", equalTo("validation"))
                .body("field", equalTo("economy.collectives[0].members"));
    }

    @Test
    void invalidNeedsAreRejectedWithTheModelsMessage() {
        TestCycles.Opened cycle = TestCycles.open(2);
        given().header("Authorization", cycle.bearer("river")).contentType("application/json")
                .body("[{\"product\": \"cake\", \"quantity\": 1, \"priority\": \"essential\"}]")
                .put("/api/cycles/" + cycle.id() + "/locals/river/needs").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("locals[0].needs[0].product"));
    }

    @Test
    void unknownCycleAndRoundAre404() {
        given().get("/api/cycles/nope").then().statusCode(404).body("code", equalTo("unknown-cycle"));
        TestCycles.Opened cycle = TestCycles.open(2);
        given().get("/api/cycles/" + cycle.id() + "/rounds/9").then().statusCode(404)
                .body("code", equalTo("unknown-round"));
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswerAndRefusesAnotherBody() {
        String first = given().header("Authorization", PLANNER).header("Idempotency-Key", "k-1")
                .contentType("application/json").body(TestCycles.body(2)).post("/api/cycles").then().statusCode(201)
                .extract().jsonPath().getString("id");
        given().header("Authorization", PLANNER).header("Idempotency-Key", "k-1").contentType("application/json")
                .body(TestCycles.body(2)).post("/api/cycles").then().statusCode(201).body("id", equalTo(first));
        given().header("Authorization", PLANNER).header("Idempotency-Key", "k-1").contentType("application/json")
                .body(TestCycles.body(3)).post("/api/cycles").then().statusCode(422)
                .body("code", equalTo("idempotency-key-reused"));
    }

    @Test
    void statusStillAnswers() {
        given().get("/api/status").then().statusCode(200).body("name", equalTo("veche"));
    }
}
