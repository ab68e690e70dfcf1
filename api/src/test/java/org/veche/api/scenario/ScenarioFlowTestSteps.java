package org.veche.api.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.veche.api.TestCycles.PLANNER;

import io.restassured.http.ContentType;

/** Creating a scenario as the planner and waiting until it is solved. */
final class ScenarioFlowTestSteps {

    private ScenarioFlowTestSteps() {}

    static String create(String cycleId, String body) {
        return given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(body).post(path(cycleId))
                .then().statusCode(202).body("status", equalTo("solving")).extract().jsonPath().getString("id");
    }

    static void await(String cycleId, String scenario) {
        for (int i = 0; i < 1200; i++) {
            String status = given().get(path(cycleId) + "/" + scenario).jsonPath().getString("status");
            if (!"solving".equals(status)) {
                assertThat(status).isEqualTo("done");
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Scenario " + scenario + " still solving after 1200 polls");
    }

    private static String path(String cycleId) {
        return "/api/cycles/" + cycleId + "/scenarios";
    }
}
