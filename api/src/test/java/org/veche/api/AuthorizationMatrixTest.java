package org.veche.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.veche.api.TestCycles.PLANNER;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every writing route × {no token, another assembly, planner, the right token}. Deny by default;
 * an assembly acts only for itself; a planner never writes an assembly's inputs or answers.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private TestCycles.Opened cycle;
    private int round;

    private record Route(String name, String method, String path, String body, String owner) {}

    /** Opened lazily: the application is not up yet when a {@code @BeforeAll} of the first test class runs. */
    private void openCycleWithAnOpenRound() {
        if (cycle == null) {
            cycle = TestCycles.open(3);
            round = TestCycles.solveNextRound(cycle.id());
        }
    }

    private List<Route> assemblyRoutes() {
        openCycleWithAnOpenRound();
        String c = "/api/cycles/" + cycle.id();
        return List.of(
                new Route("needs", "PUT", c + "/locals/river/needs",
                        "[{\"product\": \"bread\", \"quantity\": 1, \"priority\": \"essential\"}]", "river"),
                new Route("collective", "PUT", c + "/collectives/mill",
                        "{\"members\": 1, \"technologies\": [{\"product\": \"flour\", \"maxOutput\": 1, \"labourHours\": 1}]}",
                        "mill"),
                new Route("response", "PUT", c + "/rounds/" + round + "/responses/hill",
                        "{\"decision\": \"accept\"}", "hill"));
    }

    @Test
    void assemblyRoutesAcceptOnlyTheirOwnAssembly() {
        List<String> wrong = new ArrayList<>();
        for (Route r : assemblyRoutes()) {
            expect(wrong, r, "no token", null, 401);
            expect(wrong, r, "other assembly", cycle.bearer("bakery"), 403);
            expect(wrong, r, "planner", PLANNER, 403);
            expect(wrong, r, "unknown token", "Bearer not-a-token", 401);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void plannerRoutesAcceptOnlyThePlanner() {
        openCycleWithAnOpenRound();
        String c = "/api/cycles/" + cycle.id();
        List<Route> routes = List.of(
                new Route("open cycle", "POST", "/api/cycles", TestCycles.body(1), "planner"),
                new Route("open round", "POST", c + "/rounds", "", "planner"),
                new Route("close round", "POST", c + "/rounds/" + round + "/close", "", "planner"));
        List<String> wrong = new ArrayList<>();
        for (Route r : routes) {
            expect(wrong, r, "no token", null, 401);
            expect(wrong, r, "assembly", cycle.bearer("river"), r.path().equals("/api/cycles") ? 401 : 403);
        }
        assertThat(wrong).isEmpty();
        // the right token: a planner opens a cycle
        assertThat(send(new Route("open cycle", "POST", "/api/cycles", TestCycles.body(1), "planner"), PLANNER))
                .isEqualTo(201);
    }

    @Test
    void theRightTokenIsAccepted() {
        // collection is closed while a round is open, so the owner gets 409 (not 401/403) for inputs
        List<Route> routes = assemblyRoutes();
        assertThat(send(routes.get(0), cycle.bearer("river"))).isEqualTo(409);
        assertThat(send(routes.get(1), cycle.bearer("mill"))).isEqualTo(409);
        assertThat(given().header("Authorization", cycle.bearer("hill"))
                .header("If-Match", "\"" + TestCycles.etag(cycle.id(), round) + "\"").contentType("application/json")
                .body(routes.get(2).body()).put(routes.get(2).path()).statusCode()).isEqualTo(200);
    }

    @Test
    void readingNeedsNoToken() {
        openCycleWithAnOpenRound();
        String c = "/api/cycles/" + cycle.id();
        for (String path : List.of(c, c + "/rounds/" + round, c + "/rounds/" + round + "/proposal",
                c + "/rounds/" + round + "/slices/mill", c + "/audit", c + "/audit/verify")) {
            assertThat(given().get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void noRouteAnswersAnyCallerWithA5xx() {
        openCycleWithAnOpenRound();
        String c = "/api/cycles/" + cycle.id();
        String k = c + "/rounds/" + round;
        List<Route> routes = new ArrayList<>(assemblyRoutes());
        for (String path : List.of("/api/cycles", c, c + "/economy", k, k + "/run", c + "/runs/none", k + "/proposal",
                k + "/slices/mill", k + "/slices/nobody", c + "/audit", c + "/audit/verify", "/api/cycles/none",
                c + "/rounds/99")) {
            routes.add(new Route(path, "GET", path, "", "anyone"));
        }
        routes.add(new Route("open round", "POST", c + "/rounds", "", "planner"));
        routes.add(new Route("close round", "POST", c + "/rounds/99/close", "", "planner"));
        routes.add(new Route("mandate", "POST", c + "/mandates", "{\"rounds\": {\"from\": 1, \"to\": 1}}", "hill"));
        routes.add(new Route("revoke", "DELETE", c + "/mandates/none", "", "hill"));
        routes.add(new Route("bad json", "PUT", k + "/responses/hill", "{\"decision\": ", "hill"));
        List<String> failures = new ArrayList<>();
        for (Route r : routes) {
            for (String who : new String[] {null, cycle.bearer("bakery"), PLANNER, cycle.bearer("hill"),
                    "Bearer not-a-token", "Basic abc"}) {
                int status = send(r, who);
                if (status >= 500) {
                    failures.add(r.method() + " " + r.path() + " as " + who + ": " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private void expect(List<String> wrong, Route r, String who, String authorization, int status) {
        int actual = send(r, authorization);
        if (actual != status) {
            wrong.add(r.name() + " as " + who + ": expected " + status + ", got " + actual);
        }
    }

    private int send(Route r, String authorization) {
        RequestSpecification request = given().contentType("application/json");
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        if (!r.body().isEmpty()) {
            request = request.body(r.body());
        }
        return switch (r.method()) {
            case "PUT" -> request.put(r.path()).statusCode();
            case "GET" -> request.get(r.path()).statusCode();
            case "DELETE" -> request.delete(r.path()).statusCode();
            default -> request.post(r.path()).statusCode();
        };
    }
}
