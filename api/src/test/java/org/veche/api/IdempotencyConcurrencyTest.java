package org.veche.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.veche.api.TestCycles.PLANNER;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two identical POSTs with one Idempotency-Key at the same moment: the work is done once, never a 5xx. */
@QuarkusTest
class IdempotencyConcurrencyTest {

    private static final int CLIENTS = 6;

    @Test
    void concurrentIdenticalPostsOpenOneCycle() throws Exception {
        long before = given().get("/api/cycles?limit=1").jsonPath().getLong("total");
        String body = TestCycles.body(2);
        List<Response> answers = race(() -> given().header("Authorization", PLANNER)
                .header("Idempotency-Key", "race-1").contentType("application/json").body(body).post("/api/cycles"));

        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertThat(statuses).allMatch(s -> s == 201 || s == 409).contains(201);
        assertThat(answers.stream().filter(r -> r.statusCode() == 201).map(r -> r.jsonPath().getString("id"))
                .distinct()).hasSize(1);
        assertThat(given().get("/api/cycles?limit=1").jsonPath().getLong("total")).isEqualTo(before + 1);
        // afterwards every retry gets the first answer
        Response retry = given().header("Authorization", PLANNER).header("Idempotency-Key", "race-1")
                .contentType("application/json").body(body).post("/api/cycles");
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void concurrentRoundOpeningsOpenOneRound() throws Exception {
        TestCycles.Opened cycle = TestCycles.open(2);
        List<Response> answers = race(() -> given().header("Authorization", PLANNER)
                .header("Idempotency-Key", "open-" + cycle.id()).post("/api/cycles/" + cycle.id() + "/rounds"));
        assertThat(answers).extracting(Response::statusCode).allMatch(s -> s == 202 || s == 409).contains(202);
        assertThat(answers.stream().filter(r -> r.statusCode() == 202).map(r -> r.jsonPath().getInt("round"))
                .distinct()).containsExactly(1);
        TestCycles.awaitOpen(cycle.id(), 1);
        assertThat(given().get("/api/cycles/" + cycle.id()).jsonPath().getInt("round")).isEqualTo(1);
    }

    private static List<Response> race(Callable<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                futures.add(pool.submit(request));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
