package org.veche.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.veche.api.TestCycles.PLANNER;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Delegates answer for the assembly that mandated them, only within a live mandate and its instructions. */
@QuarkusTest
class MandateTest {

    private static final String AMEND = "{\"decision\": \"amend\", \"amendments\": [{\"type\": \"set-need\","
            + " \"product\": \"bikes\", \"priority\": \"desired\", \"quantity\": 40}]}";

    @Test
    void aDelegateAnswersOnlyWithinItsMandate() {
        TestCycles.Opened cycle = TestCycles.open(3);
        String c = "/api/cycles/" + cycle.id();
        int one = TestCycles.solveNextRound(cycle.id());

        // river: accept only if the essential share is at least 99 % (flour limits bread to about 95 %)
        JsonPath strict = mandate(cycle, "river", "{\"rounds\": {\"from\": 1, \"to\": 2}, \"instructions\":"
                + " {\"acceptIf\": {\"priority\": \"essential\", \"minShare\": 0.99}}}").statusCode(201)
                .body("assembly", equalTo("river")).extract().jsonPath();
        String delegate = "Bearer " + strict.getString("token");
        answerAs(delegate, cycle, one, "river", TestCycles.ACCEPT).statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("essential share"));
        answerAs(delegate, cycle, one, "river", AMEND).statusCode(200);
        // never for another assembly, never inputs, never a mandate of its own
        answerAs(delegate, cycle, one, "hill", TestCycles.ACCEPT).statusCode(403);
        given().header("Authorization", delegate).contentType("application/json").body("[]")
                .put(c + "/locals/river/needs").then().statusCode(403);
        given().header("Authorization", delegate).contentType("application/json")
                .body("{\"rounds\": {\"from\": 1, \"to\": 1}}").post(c + "/mandates").then().statusCode(403);

        List<Map<String, Object>> events = given().get(c + "/audit?limit=500").jsonPath().getList("items");
        Map<String, Object> delegated = events.stream().filter(e -> e.get("type").equals("response-submitted"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat((String) delegated.get("actor")).isEqualTo("delegate:" + strict.getString("id") + ":assembly:river");
        assertThat((String) delegated.get("payload")).contains(strict.getString("id"));

        // a lenient mandate lets its delegate accept; revoked, it is dead at once
        JsonPath lenient = mandate(cycle, "river", "{\"rounds\": {\"from\": 1, \"to\": 1}, \"instructions\":"
                + " {\"acceptIf\": {\"priority\": \"essential\", \"minShare\": 0.5}}}").statusCode(201)
                .extract().jsonPath();
        answerAs("Bearer " + lenient.getString("token"), cycle, one, "river", TestCycles.ACCEPT).statusCode(200);
        given().header("Authorization", cycle.bearer("hill")).delete(c + "/mandates/" + lenient.getString("id"))
                .then().statusCode(404);
        given().header("Authorization", cycle.bearer("river")).delete(c + "/mandates/" + lenient.getString("id"))
                .then().statusCode(204);
        answerAs("Bearer " + lenient.getString("token"), cycle, one, "river", AMEND).statusCode(403)
                .body("detail", containsString("revoked"));
        given().get(c + "/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void aMandateCoversOnlyItsRounds() {
        TestCycles.Opened cycle = TestCycles.open(3);
        int one = TestCycles.solveNextRound(cycle.id());
        String later = mandate(cycle, "mill", "{\"rounds\": {\"from\": 2, \"to\": 3}}").statusCode(201)
                .extract().jsonPath().getString("token");
        answerAs("Bearer " + later, cycle, one, "mill", TestCycles.ACCEPT).statusCode(403)
                .body("detail", containsString("not round 1"));
        // acceptIf reads deliveries, which a collective does not have
        mandate(cycle, "mill", "{\"rounds\": {\"from\": 1, \"to\": 1}, \"instructions\": {\"acceptIf\":"
                + " {\"priority\": \"essential\", \"minShare\": 0.9}}}").statusCode(400)
                .body("field", equalTo("instructions.acceptIf"));
    }

    @Test
    void onlyAnAssemblyMandates() {
        TestCycles.Opened cycle = TestCycles.open(1);
        String c = "/api/cycles/" + cycle.id() + "/mandates";
        String body = "{\"rounds\": {\"from\": 1, \"to\": 1}}";
        given().contentType("application/json").body(body).post(c).then().statusCode(401);
        given().header("Authorization", PLANNER).contentType("application/json").body(body).post(c).then()
                .statusCode(403);
        given().header("Authorization", "Bearer nobody").contentType("application/json").body(body).post(c).then()
                .statusCode(401);
        given().header("Authorization", PLANNER).delete(c + "/no-such").then().statusCode(403);
        given().delete(c + "/no-such").then().statusCode(401);
        given().header("Authorization", cycle.bearer("river")).contentType("application/json")
                .body("{\"rounds\": {\"from\": 2, \"to\": 1}}").post(c).then().statusCode(400)
                .body("field", equalTo("rounds"));
    }

    private static ValidatableResponse mandate(TestCycles.Opened cycle, String assembly, String body) {
        return given().header("Authorization", cycle.bearer(assembly)).contentType("application/json").body(body)
                .post("/api/cycles/" + cycle.id() + "/mandates").then();
    }

    private static ValidatableResponse answerAs(String bearer, TestCycles.Opened cycle, int k, String assembly,
            String body) {
        return given().header("Authorization", bearer).header("If-Match", "\"" + TestCycles.etag(cycle.id(), k) + "\"")
                .contentType("application/json").body(body)
                .put("/api/cycles/" + cycle.id() + "/rounds/" + k + "/responses/" + assembly).then();
    }
}
