package org.veche.api.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.veche.api.TestCycles.PLANNER;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veche.api.TestCycles;

/** A planner forks the bakery town twice, solves both with the real planner and compares them. */
@QuarkusTest
class ScenarioFlowTest {

    @Test
    void fewerHoursPerMemberServeFewerBikesAndTheComparisonShowsIt() {
        TestCycles.Opened cycle = TestCycles.open(3);
        String base = ScenarioFlowTestSteps.create(cycle.id(), "{\"name\": \"as declared\"}");
        String short_ = ScenarioFlowTestSteps.create(cycle.id(), "{\"name\": \"500 h per member\", \"changes\": {\"maxHoursPerMember\": 500}}");
        ScenarioFlowTestSteps.await(cycle.id(), base);
        ScenarioFlowTestSteps.await(cycle.id(), short_);

        JsonPath compare = given().get(path(cycle.id()) + "/compare?ids=" + base + "," + short_).then()
                .statusCode(200).extract().jsonPath();
        assertThat(compare.getList("scenarios.name")).containsExactly("as declared", "500 h per member");
        List<Float> bikes = compare.getList("products.find { it.key == 'bikes' && it.measure == 'delivered' }.values");
        assertThat(bikes.get(0)).as("bike works makes its maxOutput of 100 bikes with 3 × 1,600 h").isCloseTo(100f,
                org.assertj.core.api.Assertions.within(0.01f));
        assertThat(bikes.get(1)).as("at 500 h per member it has 1,500 h: 75 bikes").isCloseTo(75f,
                org.assertj.core.api.Assertions.within(0.01f));
        List<Float> hours = compare.getList("collectives.find { it.key == 'bike-works' }.values");
        assertThat(hours.get(1)).isLessThanOrEqualTo(500.001f);
        assertThat(compare.getList("metrics.measure")).contains("S_t (share score)", "labour hours", "emissions");
        assertThat(compare.getList("valuations")).isNotEmpty();
        assertThat(compare.getMap("$")).doesNotContainKey("pending");
        assertPlanAnalysisMetrics(cycle.id(), base, 1600);
        assertPlanAnalysisMetrics(cycle.id(), short_, 500);
        List<Float> gini = compare.getList(
                "metrics.find { it.measure == \"Gini of locals' essential shares\" }.values");
        assertThat(gini).hasSize(2).doesNotContainNull();

        String csv = given().accept("text/csv").get(path(cycle.id()) + "/compare?ids=" + base + "," + short_)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("section,key,measure,as declared,500 h per member");
        assertThat(csv).contains("products,bikes,delivered,");
        given().get(path(cycle.id()) + "/compare?format=csv&ids=" + base + "," + short_).then().statusCode(200)
                .contentType(startsWith("text/csv"));

        given().get(path(cycle.id())).then().statusCode(200).body("size()", equalTo(2))
                .body("[1].name", equalTo("500 h per member"));
        given().get("/api/cycles/" + cycle.id() + "/audit").then().statusCode(200);
        assertThat(given().get("/api/cycles/" + cycle.id() + "/audit?limit=100").jsonPath().getList("items.type"))
                .contains("scenario-created", "scenario-solved");
    }

    @Test
    void badChangesNameTheirFieldAndOnlyThePlannerMayCreate() {
        TestCycles.Opened cycle = TestCycles.open(3);
        given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"changes\": {\"maxHoursPerMember\": -5}}").post(path(cycle.id()))
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("changes.maxHoursPerMember"));
        given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"changes\": {\"removeCollective\": \"nobody\"}}").post(path(cycle.id()))
                .then().statusCode(400).body("field", equalTo("changes.removeCollective"));
        given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"changes\": {\"scaleNeeds\": {\"factor\": 2, \"product\": \"cake\"}}}")
                .post(path(cycle.id())).then().statusCode(400).body("field", equalTo("changes.scaleNeeds.product"));
        given().header("Authorization", PLANNER).contentType(ContentType.JSON).body("{\"changes\": {}}")
                .post(path(cycle.id())).then().statusCode(400).body("field", equalTo("name"));
        given().header("Authorization", cycle.bearer("river")).contentType(ContentType.JSON)
                .body("{\"name\": \"x\"}").post(path(cycle.id())).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"name\": \"x\"}").post(path(cycle.id())).then().statusCode(401);
        given().get(path(cycle.id()) + "/nope").then().statusCode(404).body("code", equalTo("unknown-scenario"));
        given().get(path(cycle.id()) + "/compare?ids=a").then().statusCode(400).body("field", equalTo("ids"));
    }

    @Test
    void addedCollectiveErrorsPointIntoTheChange() {
        TestCycles.Opened cycle = TestCycles.open(3);
        given().header("Authorization", PLANNER).contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"changes\": {\"addCollective\": {\"id\": \"bakery-2\", \"name\": \"B2\","
                        + " \"region\": \"north\", \"members\": 2, \"technologies\": [{\"product\": \"cake\","
                        + " \"maxOutput\": 10, \"labourHours\": 1}]}}}")
                .post(path(cycle.id())).then().statusCode(400)
                .body("field", startsWith("changes.addCollective"));
    }

    /** PlanAnalysis's metrics are filled and sensible; hours within the cap, tolerance 0.001 h. */
    private static void assertPlanAnalysisMetrics(String cycleId, String scenario, double hoursCap) {
        JsonPath result = given().get(path(cycleId) + "/" + scenario).then().statusCode(200).extract().jsonPath();
        String metrics = "result.metrics.";
        assertThat(result.getMap("result.metrics")).doesNotContainKey("pending");
        double gini = result.getDouble(metrics + "giniEssential");
        assertThat(gini).as("Gini of the locals' essential shares").isBetween(0.0, 1.0);
        double share = result.getDouble(metrics + "priorities.essential.quantityShare");
        double lowest = result.getDouble(metrics + "priorities.essential.lowestLocalShare");
        assertThat(lowest).as("the lowest local's share").isBetween(0.0, share + 1e-9);
        assertThat(result.getString(metrics + "priorities.essential.lowestLocal")).isNotBlank();
        double mean = result.getDouble(metrics + "memberHoursMean");
        double max = result.getDouble(metrics + "memberHoursMax");
        assertThat(mean).isPositive().isLessThanOrEqualTo(max + 1e-9);
        assertThat(max).as("no member works above the scenario's cap").isLessThanOrEqualTo(hoursCap + 0.001);
        assertThat(mean).as("mean = labour hours / members, to 0.01 h (JSON read as float)").isCloseTo(
                result.getDouble(metrics + "labourHours") / result.getLong(metrics + "members"),
                org.assertj.core.api.Assertions.within(0.01));
    }

    private static String path(String cycleId) {
        return "/api/cycles/" + cycleId + "/scenarios";
    }
}
