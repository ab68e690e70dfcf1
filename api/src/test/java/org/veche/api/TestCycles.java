package org.veche.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Builders for the tests: a cycle over the small bakery economy, rounds solved and waited for. */
public final class TestCycles {

    public static final String PLANNER = "Bearer test-planner-token";

    private TestCycles() {}

    /** An opened cycle: its id and the assemblies' tokens. */
    public record Opened(String id, Map<String, String> tokens) {
        public String bearer(String assembly) {
            return "Bearer " + tokens.get(assembly);
        }
    }

    public static String economy() {
        try (InputStream in = TestCycles.class.getResourceAsStream("/bakery.economy.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo economy of datasets/ (tests run in api/). */
    public static String demoEconomy() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("../datasets/demo.economy.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Opened openDemo(int maxRounds) {
        String body = "{\"economy\": " + demoEconomy() + ", \"calendar\": {\"maxRounds\": " + maxRounds
                + ", \"roundHours\": 48, \"quorum\": 1}}";
        JsonPath created = given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(body)
                .post("/api/cycles").then().statusCode(201).extract().jsonPath();
        return new Opened(created.getString("id"), created.getMap("tokens", String.class, String.class));
    }

    /** The cycle's current inputs, read back with the project's exchange format. */
    public static org.veche.model.Economy inputs(String cycleId) {
        return org.veche.planner.exchange.EconomyFormat.read(given().get("/api/cycles/" + cycleId + "/economy")
                .then().statusCode(200).extract().asString());
    }

    /** Round k's proposal, read back with the project's plan format. */
    public static org.veche.model.plan.Plan proposalPlan(String cycleId, int k) {
        return org.veche.planner.exchange.PlanFormat.read(given().get("/api/cycles/" + cycleId + "/rounds/" + k
                + "/proposal").then().statusCode(200).extract().asString()).plan();
    }

    public static String body(int maxRounds) {
        return "{\"economy\": " + economy() + ", \"calendar\": {\"maxRounds\": " + maxRounds
                + ", \"roundHours\": 48, \"quorum\": 1}}";
    }

    public static Opened open(int maxRounds) {
        JsonPath created = given().header("Authorization", PLANNER).contentType(ContentType.JSON).body(body(maxRounds))
                .post("/api/cycles").then().statusCode(201).extract().jsonPath();
        return new Opened(created.getString("id"), created.getMap("tokens", String.class, String.class));
    }

    /** Opens the next round and waits until its proposal is published; returns the round number. */
    public static int solveNextRound(String cycleId) {
        int k = given().header("Authorization", PLANNER).post("/api/cycles/" + cycleId + "/rounds")
                .then().statusCode(202).extract().jsonPath().getInt("round");
        awaitOpen(cycleId, k);
        return k;
    }

    public static String awaitOpen(String cycleId, int k) {
        for (int i = 0; i < 600; i++) {
            Response round = given().get("/api/cycles/" + cycleId + "/rounds/" + k);
            String status = round.jsonPath().getString("status");
            if (!"solving".equals(status)) {
                if (!"open".equals(status)) {
                    throw new AssertionError("Round " + k + " ended " + status + ": " + round.asString());
                }
                return round.jsonPath().getString("etag");
            }
            pause();
        }
        throw new AssertionError("Round " + k + " of " + cycleId + " is still solving after 600 polls");
    }

    public static String etag(String cycleId, int k) {
        return given().get("/api/cycles/" + cycleId + "/rounds/" + k).jsonPath().getString("etag");
    }

    public static io.restassured.response.ValidatableResponse answer(Opened cycle, int k, String assembly,
            String body) {
        return given().header("Authorization", cycle.bearer(assembly)).header("If-Match", "\"" + etag(cycle.id(), k) + "\"")
                .contentType(ContentType.JSON).body(body)
                .put("/api/cycles/" + cycle.id() + "/rounds/" + k + "/responses/" + assembly).then();
    }

    public static final String ACCEPT = "{\"decision\": \"accept\"}";

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
