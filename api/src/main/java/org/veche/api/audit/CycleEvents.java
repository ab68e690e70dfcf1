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

    public Multi<AuditEventRow> of(String cycleId) {
        return processor.filter(e -> e.cycleId().equals(cycleId));
    }
}
