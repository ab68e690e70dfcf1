package org.veche.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.veche.api.security.Hashes;
import org.veche.api.store.AuditEventRow;
import org.veche.api.store.AuditEvents;

/**
 * The append-only, hash-chained log of a cycle. Append inside the transaction that makes the change
 * and holds the cycle's lock, so the event and the change commit together, one at a time.
 */
@ApplicationScoped
public class AuditLog {

    static final String GENESIS = "0".repeat(64);

    @Inject
    AuditEvents events;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    CycleEvents stream;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Records an event whose payload is serialised to JSON. */
    public AuditEventRow append(String cycleId, String actor, String type, Object payload) {
        String text;
        try {
            text = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit payload of " + type + " is not serialisable", e);
        }
        Optional<AuditEventRow> last = events.last(cycleId);
        int seq = last.map(e -> e.seq() + 1).orElse(1);
        String previous = last.map(AuditEventRow::hash).orElse(GENESIS);
        long at = clock.millis();
        String digest = Hashes.sha256(text);
        String hash = link(previous, cycleId, seq, actor, at, type, digest);
        AuditEventRow row = new AuditEventRow(cycleId, seq, actor, at, type, text, digest, previous, hash);
        events.insert(row);
        afterCommit(row);
        return row;
    }

    /** Checks the whole chain; the first event that does not fit is reported. */
    public Verification verify(String cycleId) {
        List<AuditEventRow> all = events.all(cycleId);
        String previous = GENESIS;
        for (int i = 0; i < all.size(); i++) {
            AuditEventRow e = all.get(i);
            Optional<String> broken = brokenLink(e, i + 1, previous);
            if (broken.isPresent()) {
                return Verification.broken(all.size(), e.seq(), broken.get());
            }
            previous = e.hash();
        }
        return Verification.valid(all.size());
    }

    private static Optional<String> brokenLink(AuditEventRow e, int expectedSeq, String previous) {
        if (e.seq() != expectedSeq) {
            return Optional.of("expected event " + expectedSeq + " but found " + e.seq() + ": an event is missing");
        }
        if (!Hashes.sha256(e.payload()).equals(e.payloadDigest())) {
            return Optional.of("the payload does not match its digest: the payload was altered");
        }
        if (!e.previousHash().equals(previous)) {
            return Optional.of("previousHash does not match the hash of event " + (expectedSeq - 1));
        }
        String hash = link(e.previousHash(), e.cycleId(), e.seq(), e.actor(), e.occurredAt(), e.type(),
                e.payloadDigest());
        if (!hash.equals(e.hash())) {
            return Optional.of("the event's fields do not match its hash: actor, time, type or digest was altered");
        }
        return Optional.empty();
    }

    static String link(String previous, String cycleId, int seq, String actor, long at, String type,
            String digest) {
        return Hashes.sha256(String.join("\n", previous, cycleId, Integer.toString(seq), actor,
                Long.toString(at), type, digest));
    }

    private void afterCommit(AuditEventRow row) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    stream.publish(row);
                }
            }
        });
    }
}
