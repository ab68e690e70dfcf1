package org.veche.api.cycle;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.veche.api.cycle.CycleBodies.AssemblyView;
import org.veche.api.cycle.CycleBodies.Calendar;
import org.veche.api.cycle.CycleBodies.CollectiveInputs;
import org.veche.api.cycle.CycleBodies.CycleView;
import org.veche.api.cycle.CycleBodies.NewCycle;
import org.veche.api.cycle.CycleBodies.Page;
import org.veche.api.economy.EconomyDocs.NeedDoc;
import org.veche.api.problem.ProblemException;
import org.veche.api.security.Authenticator;
import org.veche.api.security.Caller;
import org.veche.api.store.Assemblies;
import org.veche.api.store.CycleRow;
import org.veche.api.store.Cycles;

/** Planning cycles: opening one, reading it, and each assembly's inputs during collection. */
@Path("/api/cycles")
@Produces(MediaType.APPLICATION_JSON)
public class CycleResource {

    @Inject
    CycleService service;

    @Inject
    Cycles cycles;

    @Inject
    Assemblies assemblies;

    @Inject
    Authenticator auth;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a planning cycle (planner). The assemblies' tokens are shown only in this answer.")
    @APIResponse(responseCode = "201", description = "Created: {id, tokens}")
    @APIResponse(responseCode = "400", description = "Invalid economy or calendar")
    @APIResponse(responseCode = "401", description = "No or unknown token")
    @APIResponse(responseCode = "403", description = "Not the planner")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response open(NewCycle body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam("Idempotency-Key") String key) {
        Caller caller = auth.requirePlanner(Optional.empty(), authorization);
        NewCycle request = required(body);
        return idempotency.once(caller, key, "POST /api/cycles", request, () -> {
            CycleBodies.Created created = service.open(request, caller);
            return Response.created(URI.create("/api/cycles/" + created.id())).entity(created).build();
        });
    }

    @GET
    @Operation(summary = "List cycles, oldest first, a page at a time")
    public Page<CycleView> list(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        Pages.check(offset, limit);
        return new Page<>(cycles.page(offset, limit).stream().map(this::view).toList(), offset, limit, cycles.count());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A cycle's state, current round and calendar")
    @APIResponse(responseCode = "200", description = "The cycle")
    @APIResponse(responseCode = "404", description = "No such cycle")
    public CycleView get(@PathParam("id") String id) {
        return view(find(id));
    }

    @GET
    @Path("/{id}/economy")
    @Operation(summary = "The cycle's current inputs as a veche.economy/1 document")
    public Response economy(@PathParam("id") String id) {
        return Response.ok(find(id).economy(), MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("/{id}/locals/{localId}/needs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a local's needs (that local only; while collecting or between rounds)")
    @APIResponse(responseCode = "204", description = "Replaced")
    @APIResponse(responseCode = "400", description = "Invalid needs")
    @APIResponse(responseCode = "401", description = "No or unknown token")
    @APIResponse(responseCode = "403", description = "Not this local")
    @APIResponse(responseCode = "409", description = "A round is open or solving, or the cycle is over")
    public Response replaceNeeds(@PathParam("id") String id, @PathParam("localId") String localId,
            List<NeedDoc> needs, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Caller caller = auth.requireAssembly(id, localId, authorization);
        requireKind(id, localId, true);
        service.replaceNeeds(id, localId, required(needs), caller);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/collectives/{collectiveId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a collective's members, hours and technologies (that collective only)")
    @APIResponse(responseCode = "204", description = "Replaced")
    @APIResponse(responseCode = "400", description = "Invalid inputs")
    @APIResponse(responseCode = "401", description = "No or unknown token")
    @APIResponse(responseCode = "403", description = "Not this collective")
    @APIResponse(responseCode = "409", description = "A round is open or solving, or the cycle is over")
    public Response replaceCollective(@PathParam("id") String id, @PathParam("collectiveId") String collectiveId,
            CollectiveInputs inputs, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Caller caller = auth.requireAssembly(id, collectiveId, authorization);
        requireKind(id, collectiveId, false);
        service.replaceCollective(id, collectiveId, required(inputs), caller);
        return Response.noContent().build();
    }

    private void requireKind(String cycleId, String assemblyId, boolean local) {
        boolean isLocal = assemblies.find(cycleId, assemblyId).orElseThrow().isLocal();
        if (isLocal != local) {
            throw ProblemException.notFound("unknown-assembly", "'" + assemblyId + "' is a "
                    + (isLocal ? "local" : "collective") + ", not a " + (local ? "local" : "collective") + ".");
        }
    }

    private CycleRow find(String id) {
        return cycles.find(id).orElseThrow(() -> CycleService.unknownCycle(id));
    }

    private CycleView view(CycleRow c) {
        List<AssemblyView> list = assemblies.of(c.id()).stream()
                .map(a -> new AssemblyView(a.assemblyId(), a.kind(), a.assemblyId())).toList();
        return new CycleView(c.id(), c.name(), c.state(), c.currentRound(),
                new Calendar(c.maxRounds(), c.roundHours(), c.quorum()), list);
    }

    static <T> T required(T body) {
        if (body == null) {
            throw ProblemException.badRequest("missing-body", "", "A JSON body is required.");
        }
        return body;
    }
}
