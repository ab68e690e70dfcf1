package org.veche.api.audit;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.veche.api.store.AuditEventRow;

/** Committed audit events as a live stream, for the server-sent events of a cycle. */
@ApplicationScoped
public class CycleEvents {

    private final BroadcastProcessor<AuditEventRow> processor = BroadcastProcessor.create();

    void publish(AuditEventRow event) {
        processor.onNext(event);
    }

    /**
     * A live-only event outside the audit chain (solver progress): sequence 0 and no hashes, so a
     * client tells it from a logged event; it is never stored.
     */
    public void progress(String cycleId, long at, String payload) {
        processor.onNext(new AuditEventRow(cycleId, 0, "solver", at, "solver-progress", payload, "", "", ""));
    }

    public Multi<AuditEventRow> of(String cycleId) {
        // A broadcast fails a subscriber that has not requested the next item (several events in
        // one moment, e.g. closing a round); a buffer per subscriber keeps the stream open.
        return processor.filter(e -> e.cycleId().equals(cycleId)).onOverflow().buffer(1024);
    }
}
