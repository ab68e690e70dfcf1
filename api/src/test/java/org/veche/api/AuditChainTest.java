package org.veche.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.veche.api.store.Sql;

/** The audit log is hash-chained: altering a stored event is caught at that event. */
@QuarkusTest
class AuditChainTest {

    @Inject
    Sql sql;

    @Test
    void aPayloadAlteredInTheDatabaseBreaksVerificationAtThatEvent() {
        TestCycles.Opened cycle = TestCycles.open(2);
        TestCycles.solveNextRound(cycle.id());
        String verify = "/api/cycles/" + cycle.id() + "/audit/verify";
        given().get(verify).then().body("valid", equalTo(true)).body("events", greaterThanOrEqualTo(3));

        sql.update("UPDATE audit_event SET payload = REPLACE(payload, '\"round\":1', '\"round\":7')"
                + " WHERE cycle_id = ? AND seq = 2", cycle.id());

        given().get(verify).then().statusCode(200).body("valid", equalTo(false)).body("brokenAt", equalTo(2));
    }

    @Test
    void anActorRewrittenTogetherWithItsDigestStillBreaksTheChain() {
        TestCycles.Opened cycle = TestCycles.open(2);
        sql.update("UPDATE audit_event SET actor = 'assembly:river' WHERE cycle_id = ? AND seq = 1", cycle.id());
        given().get("/api/cycles/" + cycle.id() + "/audit/verify").then().body("valid", equalTo(false))
                .body("brokenAt", equalTo(1));
    }

    @Test
    void theLogIsPaginated() {
        TestCycles.Opened cycle = TestCycles.open(2);
        TestCycles.solveNextRound(cycle.id());
        given().get("/api/cycles/" + cycle.id() + "/audit?offset=1&limit=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].seq", equalTo(2)).body("total", equalTo(3));
    }
}
