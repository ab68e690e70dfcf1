package org.veche.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.veche.api.TestCycles.ACCEPT;
import static org.veche.api.TestCycles.PLANNER;
import static org.veche.api.TestCycles.answer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo loop of SPEC §5: collection → round 1 → some amend, some accept → round 2 → all accept → confirmed. */
@QuarkusTest
class NegotiationFlowTest {

    @Test
    void amendmentsInRoundOneLeadToAConfirmedPlanInRoundTwo() {
        TestCycles.Opened cycle = TestCycles.open(3);
        String id = cycle.id();
        given().get("/api/cycles/" + id).then().statusCode(200).body("state", equalTo("collecting"));

        // collection: the hill district revises its needs
        given().header("Authorization", cycle.bearer("hill")).contentType("application/json")
                .body("[{\"product\": \"bread\", \"quantity\": 10000, \"priority\": \"essential\"},"
                        + " {\"product\": \"bikes\", \"quantity\": 60, \"priority\": \"important\"}]")
                .put("/api/cycles/" + id + "/locals/hill/needs").then().statusCode(204);

        int one = TestCycles.solveNextRound(id);
        JsonPath proposal = given().get("/api/cycles/" + id + "/rounds/" + one + "/proposal").then().statusCode(200)
                .extract().jsonPath();
        assertThat(proposal.getString("format")).isEqualTo("veche.plan/1");
        // flour limits bread: 20000 kg of flour make 28571 kg of bread for 30000 kg of essential needs
        assertThat(delivered(proposal, "river", "bread")).isCloseTo(20000 * 20000 / 0.7 / 30000, within(1.0));
        given().get("/api/cycles/" + id + "/rounds/" + one + "/slices/river").then().statusCode(200)
                .body("explanations.product", hasItems("bread", "bikes"));

        answer(cycle, one, "mill", "{\"decision\": \"amend\", \"amendments\": [{\"type\": \"set-capacity\","
                + " \"product\": \"flour\", \"maxOutput\": 25000}], \"reason\": \"we can run a second shift\"}")
                .statusCode(200);
        answer(cycle, one, "river", "{\"decision\": \"amend\", \"amendments\": [{\"type\": \"set-need\","
                + " \"product\": \"bikes\", \"priority\": \"desired\", \"quantity\": 40}]}").statusCode(200);
        for (String a : List.of("bakery", "bike-works", "hill")) {
            answer(cycle, one, a, ACCEPT).statusCode(200);
        }
        // every assembly answered: the round closed itself and the amendments went into the inputs
        given().get("/api/cycles/" + id + "/rounds/" + one).then().body("status", equalTo("closed"))
                .body("outcome", equalTo("next-round")).body("noAnswer.size()", equalTo(0));

        int two = TestCycles.solveNextRound(id);
        JsonPath second = given().get("/api/cycles/" + id + "/rounds/" + two + "/proposal").jsonPath();
        assertThat(delivered(second, "river", "bread")).isCloseTo(20000, within(1e-6));
        assertThat(delivered(second, "river", "bikes")).isCloseTo(40, within(1e-9));
        given().get("/api/cycles/" + id + "/rounds/" + two + "/slices/river").then()
                .body("changes.product", hasItems("bread")).body("changes[0].causes[0].assembly", org.hamcrest.Matchers.notNullValue());

        for (String a : List.of("bakery", "mill", "bike-works", "river", "hill")) {
            answer(cycle, two, a, ACCEPT).statusCode(200);
        }
        given().get("/api/cycles/" + id).then().body("state", equalTo("confirmed"));
        given().get("/api/cycles/" + id + "/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void theLastRoundWithoutConsentGoesToAWeightedVote() {
        TestCycles.Opened cycle = TestCycles.open(1);
        int one = TestCycles.solveNextRound(cycle.id());
        answer(cycle, one, "river", "{\"decision\": \"amend\", \"amendments\": [{\"type\": \"condition\","
                + " \"product\": \"bread\", \"minimum\": 20000}]}").statusCode(200);
        String outcome = given().header("Authorization", PLANNER)
                .post("/api/cycles/" + cycle.id() + "/rounds/" + one + "/close").then().statusCode(200)
                .extract().jsonPath().getString("outcome");
        assertThat(outcome).isEqualTo("final-vote");
        given().get("/api/cycles/" + cycle.id() + "/rounds/" + one).then()
                .body("conditions[0].status", equalTo("unmet"));
        int vote = one + 1;
        // river (5000 people) says yes, hill (3000) says no: 5000 of 8006 weight is a majority
        answer(cycle, vote, "river", ACCEPT).statusCode(200);
        answer(cycle, vote, "hill", "{\"decision\": \"reject\"}").statusCode(200);
        given().header("Authorization", PLANNER).post("/api/cycles/" + cycle.id() + "/rounds/" + vote + "/close")
                .then().statusCode(200).body("outcome", equalTo("confirmed"));
        given().get("/api/cycles/" + cycle.id()).then().body("state", equalTo("confirmed"));
    }

    private static double delivered(JsonPath plan, String local, String product) {
        List<Map<String, Object>> deliveries = plan.getList("deliveries");
        return deliveries.stream().filter(d -> d.get("local").equals(local) && d.get("product").equals(product))
                .mapToDouble(d -> ((Number) d.get("quantity")).doubleValue()).sum();
    }
}
