package org.veche.api.audit;

import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.veche.api.cycle.CycleBodies.Page;
import org.veche.api.cycle.CycleService;
import org.veche.api.cycle.Pages;
import org.veche.api.store.AuditEventRow;
import org.veche.api.store.AuditEvents;
import org.veche.api.store.Cycles;

/** The audit trail of a cycle: anyone may read and verify it, and follow it live. */
@Path("/api/cycles/{id}")
public class AuditResource {

    @Inject
    AuditEvents events;

    @Inject
    AuditLog log;

    @Inject
    CycleEvents stream;

    @Inject
    Cycles cycles;

    /** One event as published. */
    public record EventView(int seq, String actor, long at, String type, String payload, String payloadDigest,
            String previousHash, String hash) {
        static EventView of(AuditEventRow e) {
            return new EventView(e.seq(), e.actor(), e.occurredAt(), e.type(), e.payload(), e.payloadDigest(),
                    e.previousHash(), e.hash());
        }
    }

    @GET
    @Path("/audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The cycle's audit log, oldest first, a page at a time")
    public Page<EventView> audit(@PathParam("id") String id, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        requireCycle(id);
        Pages.check(offset, limit);
        List<EventView> items = events.page(id, offset, limit).stream().map(EventView::of).toList();
        return new Page<>(items, offset, limit, events.count(id));
    }

    @GET
    @Path("/audit/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute the hash chain: {valid, events} or the first broken event")
    public Verification verify(@PathParam("id") String id) {
        requireCycle(id);
        return log.verify(id);
    }

    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: every audit event of the cycle as it commits (rounds, solves, answers)")
    public Multi<EventView> events(@PathParam("id") String id) {
        requireCycle(id);
        return stream.of(id).map(EventView::of);
    }

    private void requireCycle(String id) {
        if (cycles.find(id).isEmpty()) {
            throw CycleService.unknownCycle(id);
        }
    }
}
