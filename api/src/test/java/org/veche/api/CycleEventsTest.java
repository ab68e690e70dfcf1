package org.veche.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.veche.api.TestCycles.ACCEPT;
import static org.veche.api.TestCycles.PLANNER;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The live stream of a cycle, and inputs replaced between rounds. */
@QuarkusTest
class CycleEventsTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aSubscriberSeesTheRoundOpenAndItsProposalPublished() throws Exception {
        TestCycles.Opened cycle = TestCycles.open(2);
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + "api/cycles/" + cycle.id() + "/events"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(60)).build();
        HttpResponse<InputStream> stream = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> read(stream.body(), lines));

        TestCycles.solveNextRound(cycle.id());
        for (int i = 0; i < 200 && lines.stream().noneMatch(l -> l.contains("proposal-published")); i++) {
            Thread.sleep(50);
        }
        stream.body().close();
        reader.get(10, TimeUnit.SECONDS);
        assertThat(lines).anyMatch(l -> l.startsWith("data:") && l.contains("\"type\":\"round-opened\""));
        assertThat(lines).anyMatch(l -> l.startsWith("data:") && l.contains("\"type\":\"proposal-published\""));
    }

    @Test
    void inputsReplacedBetweenRoundsGoIntoTheNextRound() {
        TestCycles.Opened cycle = TestCycles.open(3);
        int one = TestCycles.solveNextRound(cycle.id());
        String needs = "[{\"product\": \"bread\", \"quantity\": 500, \"priority\": \"essential\"}]";
        // while the round is open, inputs change only through amendments
        given().header("Authorization", cycle.bearer("hill")).contentType("application/json").body(needs)
                .put("/api/cycles/" + cycle.id() + "/locals/hill/needs").then().statusCode(409)
                .body("code", equalTo("round-in-progress"));
        TestCycles.answer(cycle, one, "river", "{\"decision\": \"amend\", \"amendments\": [{\"type\": \"set-need\","
                + " \"product\": \"bikes\", \"priority\": \"desired\", \"quantity\": 40}]}")
                .statusCode(200);
        given().header("Authorization", PLANNER).post("/api/cycles/" + cycle.id() + "/rounds/" + one + "/close")
                .then().statusCode(200).body("outcome", equalTo("next-round"));
        // between rounds an assembly may replace its inputs; the next round solves with them
        given().header("Authorization", cycle.bearer("hill")).contentType("application/json").body(needs)
                .put("/api/cycles/" + cycle.id() + "/locals/hill/needs").then().statusCode(204);
        int two = TestCycles.solveNextRound(cycle.id());
        assertThat(two).isEqualTo(one + 1);
        double hillBread = TestCycles.proposalPlan(cycle.id(), two).deliveries().stream()
                .filter(d -> d.local().equals("hill")).mapToDouble(d -> d.quantity()).sum();
        assertThat(hillBread).isPositive().isLessThanOrEqualTo(500 + 1e-9);
        assertThat(TestCycles.inputs(cycle.id()).local("hill").orElseThrow().needs()).hasSize(1);
        TestCycles.answer(cycle, two, "river", ACCEPT).statusCode(200);
    }

    private static void read(InputStream body, List<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (java.io.IOException e) {
            // closed by the test once it has seen what it waited for
        }
    }
}
