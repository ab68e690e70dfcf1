package org.veche.api.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.veche.api.TestCycles.PLANNER;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.veche.api.TestCycles;
import org.veche.model.plan.Production;

/** The planner puts a solved scenario to the assemblies: the next round is solved on its inputs. */
@QuarkusTest
class ScenarioProposeTest {

    @Test
    void aProposedScenarioBecomesTheNextRoundsInputsAndProposal() {
        TestCycles.Opened cycle = TestCycles.open(3);
        String scenario = ScenarioFlowTestSteps.create(cycle.id(),
                "{\"name\": \"500 h per member\", \"changes\": {\"maxHoursPerMember\": 500}}");
        ScenarioFlowTestSteps.await(cycle.id(), scenario);
        String propose = "/api/cycles/" + cycle.id() + "/scenarios/" + scenario + "/propose";

        given().header("Authorization", cycle.bearer("river")).post(propose).then().statusCode(403);
        given().header("Authorization", PLANNER).post(propose).then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/cycles/" + cycle.id() + "/rounds/1"))
                .body("round", equalTo(1)).body("status", equalTo("solving")).body("scenario", equalTo(scenario));
        TestCycles.awaitOpen(cycle.id(), 1);

        assertThat(TestCycles.inputs(cycle.id()).policy().maxHoursPerMember())
                .as("the scenario's policy is now the cycle's").isEqualTo(500.0);
        double bikes = TestCycles.proposalPlan(cycle.id(), 1).production().stream()
                .filter(p -> p.product().equals("bikes")).mapToDouble(Production::quantity).sum();
        assertThat(bikes).as("bike works has 3 × 500 h: 75 bikes, to 0.01").isCloseTo(75.0, within(0.01));
        assertThat(given().get("/api/cycles/" + cycle.id() + "/audit?limit=100").jsonPath().getList("items.type"))
                .contains("scenario-proposed", "round-opened", "proposal-published");

        given().header("Authorization", PLANNER).post(propose).then().statusCode(409)
                .body("code", equalTo("round-in-progress"));
        given().header("Authorization", PLANNER).post("/api/cycles/" + cycle.id() + "/scenarios/nope/propose")
                .then().statusCode(404).body("code", equalTo("unknown-scenario"));
    }

    @Test
    void aScenarioMadeBeforeTheInputsChangedIsRefused() {
        TestCycles.Opened cycle = TestCycles.open(3);
        String scenario = ScenarioFlowTestSteps.create(cycle.id(),
                "{\"name\": \"1,000 h per member\", \"changes\": {\"maxHoursPerMember\": 1000}}");
        ScenarioFlowTestSteps.await(cycle.id(), scenario);
        given().header("Authorization", cycle.bearer("hill")).contentType(ContentType.JSON)
                .body("[{\"product\": \"bread\", \"quantity\": 500, \"priority\": \"essential\"}]")
                .put("/api/cycles/" + cycle.id() + "/locals/hill/needs").then().statusCode(204);
        given().header("Authorization", PLANNER).post("/api/cycles/" + cycle.id() + "/scenarios/" + scenario
                + "/propose").then().statusCode(409).body("code", equalTo("scenario-stale"));
        given().get("/api/cycles/" + cycle.id()).then().statusCode(200);
        assertThat(TestCycles.inputs(cycle.id()).policy().maxHoursPerMember()).as("inputs untouched")
                .isEqualTo(1600.0);
    }
}
