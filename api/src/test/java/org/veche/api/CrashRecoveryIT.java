package org.veche.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kill -9 in the middle of a round: the packaged server (target/quarkus-app) runs as its own process;
 * four assemblies keep answering (each answer acknowledged with 200 is counted), the process is killed
 * with SIGKILL while answers are in flight, restarted on the same data, and every acknowledged answer
 * must be in the round's log and the audit chain must still verify. Embedded H2 by default; PostgreSQL
 * with -Dveche.test.postgres=true (a throwaway schema). Prints the figures for docs/crash-test.md.
 */
class CrashRecoveryIT {

    private static final String PLANNER = "crash-test-planner-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path data;
    private final int port;
    private final boolean postgres = Boolean.getBoolean("veche.test.postgres");
    private final String schema = "veche_crash_" + UUID.randomUUID().toString().substring(0, 8);
    private Process server;

    CrashRecoveryIT() throws IOException {
        data = Files.createTempDirectory("veche-crash");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.destroyForcibly().waitFor();
        }
        if (postgres) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
                c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void everyAcknowledgedAnswerSurvivesAKillDashNine() throws Exception {
        start();
        JsonNode created = send("POST", "/api/cycles", PLANNER, TestCycles.body(3), Map.of(), 201);
        String id = created.get("id").asText();
        Map<String, String> tokens = JSON.convertValue(created.get("tokens"), Map.class);
        send("POST", "/api/cycles/" + id + "/rounds", PLANNER, "", Map.of(), 202);
        String etag = awaitOpen(id);

        List<String> writers = List.of("bakery", "mill", "bike-works", "river"); // hill never answers: the round stays open
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (String assembly : writers) {
            threads.add(Thread.ofPlatform().start(() -> answerUntilKilled(id, assembly, tokens.get(assembly), etag,
                    acknowledged, killed)));
        }
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
            Thread.sleep(5);
        }
        server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        server.waitFor();
        killed.set(true);
        for (Thread t : threads) {
            t.join();
        }

        long restart = System.nanoTime();
        start();
        double restartSeconds = (System.nanoTime() - restart) / 1e9;
        Set<String> found = reasonsInAudit(id);
        JsonNode round = send("GET", "/api/cycles/" + id + "/rounds/1", null, null, Map.of(), 200);
        JsonNode verify = send("GET", "/api/cycles/" + id + "/audit/verify", null, null, Map.of(), 200);
        System.out.printf("CRASH-TEST %s: acknowledged %d, found after restart %d of them (%d answers stored),"
                        + " restart %.1f s, audit valid %s%n", postgres ? "postgresql" : "h2", acknowledged.size(),
                acknowledged.stream().filter(found::contains).count(), round.get("answersGiven").asInt(),
                restartSeconds, verify.get("valid").asBoolean());

        assertThat(found).containsAll(acknowledged);
        assertThat(round.get("answersGiven").asInt()).isGreaterThanOrEqualTo(acknowledged.size());
        assertThat(round.get("status").asText()).isEqualTo("open");
        assertThat(verify.get("valid").asBoolean()).isTrue();
    }

    private void answerUntilKilled(String id, String assembly, String token, String etag, Set<String> acknowledged,
            AtomicBoolean killed) {
        for (int i = 0; !killed.get(); i++) {
            String reason = assembly + "#" + i;
            String body = i % 2 == 0 ? "{\"decision\": \"accept\", \"reason\": \"" + reason + "\"}"
                    : "{\"decision\": \"reject\", \"reason\": \"" + reason + "\"}";
            try {
                HttpResponse<String> r = http.send(request("PUT", "/api/cycles/" + id + "/rounds/1/responses/"
                        + assembly, token, body, Map.of("If-Match", "\"" + etag + "\"")), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    acknowledged.add(reason);
                }
            } catch (IOException e) {
                return; // the server is gone: this answer was never acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Set<String> reasonsInAudit(String id) throws Exception {
        Set<String> reasons = new HashSet<>();
        for (int offset = 0; ; offset += 500) {
            JsonNode page = send("GET", "/api/cycles/" + id + "/audit?offset=" + offset + "&limit=500", null, null,
                    Map.of(), 200);
            for (JsonNode event : page.get("items")) {
                if (event.get("type").asText().equals("response-submitted")) {
                    reasons.add(JSON.readTree(event.get("payload").asText()).get("reason").asText());
                }
            }
            if (page.get("items").size() < 500) {
                return reasons;
            }
        }
    }

    private String awaitOpen(String id) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode round = send("GET", "/api/cycles/" + id + "/rounds/1", null, null, Map.of(), 200);
            if (round.get("status").asText().equals("open")) {
                return round.get("etag").asText();
            }
            assertThat(round.get("status").asText()).isEqualTo("solving");
            Thread.sleep(100);
        }
        throw new AssertionError("Round 1 did not open within 60 s");
    }

    private void start() throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).as("the packaged server; run the package phase first").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("VECHE_DATA_DIR", data.toString());
        env.put("VECHE_PLANNER_TOKEN", PLANNER);
        env.put("VECHE_DEMO", "false");
        env.put("VECHE_SOLVER_TIME_LIMIT", "5s");
        if (postgres) {
            env.put("VECHE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
            env.put("VECHE_DB_USER", "postgres");
            env.put("VECHE_DB_SCHEMA", schema);
        }
        server = builder.start();
        for (int i = 0; i < 600; i++) {
            try {
                if (http.send(request("GET", "/api/cycles", null, null, Map.of()),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                assertThat(server.isAlive()).as("server process; see " + data.resolve("server.log")).isTrue();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The server did not answer within 60 s; see " + data.resolve("server.log"));
    }

    private JsonNode send(String method, String path, String token, String body, Map<String, String> headers,
            int expected) throws Exception {
        HttpResponse<String> r = http.send(request(method, path, token, body, headers), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(expected);
        return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
    }

    private HttpRequest request(String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        return b.build();
    }
}
