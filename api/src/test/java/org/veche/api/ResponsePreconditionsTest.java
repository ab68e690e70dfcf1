package org.veche.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Answers carry If-Match with the proposal's ETag: missing → 428, stale → 412; amendments fit the assembly. */
@QuarkusTest
class ResponsePreconditionsTest {

    @Test
    void ifMatchIsRequiredAndMustBeTheCurrentEtag() {
        TestCycles.Opened cycle = TestCycles.open(3);
        int k = TestCycles.solveNextRound(cycle.id());
        String path = "/api/cycles/" + cycle.id() + "/rounds/" + k + "/responses/river";
        given().header("Authorization", cycle.bearer("river")).contentType("application/json")
                .body(TestCycles.ACCEPT).put(path).then().statusCode(428)
                .contentType("application/problem+json").body("code", equalTo("if-match-required"));
        given().header("Authorization", cycle.bearer("river")).header("If-Match", "\"stale\"")
                .contentType("application/json").body(TestCycles.ACCEPT).put(path).then().statusCode(412)
                .body("field", equalTo("If-Match"));
        TestCycles.answer(cycle, k, "river", TestCycles.ACCEPT).statusCode(200);
        // an answer may be replaced while the round is open; every answer is kept
        TestCycles.answer(cycle, k, "river", "{\"decision\": \"amend\", \"amendments\": [{\"type\": \"set-need\","
                + " \"product\": \"bread\", \"priority\": \"essential\", \"quantity\": 0}]}").statusCode(200);
        given().get("/api/cycles/" + cycle.id() + "/rounds/" + k).then().body("answers[0].decision", equalTo("amend"))
                .body("answersGiven", equalTo(2));
    }

    @Test
    void anAmendmentThatDoesNotFitTheAssemblyIsA400NamingTheField() {
        TestCycles.Opened cycle = TestCycles.open(3);
        int k = TestCycles.solveNextRound(cycle.id());
        TestCycles.answer(cycle, k, "river", "{\"decision\": \"amend\", \"amendments\": [{\"type\": \"set-members\","
                + " \"members\": 4}]}").statusCode(400).body("field", equalTo("amendments[0].type"));
        TestCycles.answer(cycle, k, "mill", "{\"decision\": \"amend\", \"amendments\": [{\"type\": \"set-capacity\","
                + " \"product\": \"flour\", \"maxOutput\": -5}]}").statusCode(400)
                .body("field", equalTo("amendments[0].maxOutput"));
        TestCycles.answer(cycle, k, "mill", "{\"decision\": \"amend\", \"amendments\": [{\"type\": \"set-capacity\","
                + " \"product\": \"flour\", \"maxOutput\": 5, \"colour\": \"red\"}]}").statusCode(400)
                .body("code", equalTo("unknown-field"));
        TestCycles.answer(cycle, k, "mill", "{\"decision\": \"amend\", \"amendments\": [{\"type\": \"grow\"}]}")
                .statusCode(400).body("field", equalTo("amendments[0]"));
        TestCycles.answer(cycle, k, "mill", "{\"decision\": \"amend\", \"amendments\": [{\"type\": \"set-capacity\","
                + " \"product\": \"bread\", \"maxOutput\": 5}]}").statusCode(400)
                .body("field", equalTo("amendments[0].product"));
    }
}
