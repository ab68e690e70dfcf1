package org.veche.api.round;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.veche.api.cycle.CycleService;
import org.veche.api.cycle.Idempotency;
import org.veche.api.problem.ProblemException;
import org.veche.api.round.RoundBodies.Answer;
import org.veche.api.round.RoundBodies.Closed;
import org.veche.api.round.RoundBodies.Opened;
import org.veche.api.round.RoundBodies.Recorded;
import org.veche.api.round.RoundBodies.SolverRun;
import org.veche.api.security.Authenticator;
import org.veche.api.security.Caller;
import org.veche.api.store.Cycles;
import org.veche.api.store.ProposalRow;
import org.veche.api.store.SolverRunRow;

/** Rounds of a cycle: opening and solving, reading proposals and slices, answering, closing. */
@Path("/api/cycles/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class RoundResource {

    @Inject
    RoundService service;

    @Inject
    RoundViews views;

    @Inject
    SolveRunner runner;

    @Inject
    Authenticator auth;

    @Inject
    Idempotency idempotency;

    @Inject
    Cycles cycles;

    @POST
    @Path("/rounds")
    @Operation(summary = "Open the next round and solve it asynchronously (planner)")
    @APIResponse(responseCode = "202", description = "Accepted: the round and its solver run")
    @APIResponse(responseCode = "401", description = "No or unknown token")
    @APIResponse(responseCode = "403", description = "Not the planner")
    @APIResponse(responseCode = "404", description = "No such cycle")
    @APIResponse(responseCode = "409", description = "A round is in progress, no rounds left, or the cycle is over")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request")
    public Response open(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam("Idempotency-Key") String key) {
        Caller caller = auth.requirePlanner(Optional.of(id), authorization);
        return idempotency.once(caller, key, "POST /api/cycles/" + id + "/rounds", "", () -> {
            SolverRunRow run = service.open(id, caller);
            runner.submit(run);
            return Response.accepted(new Opened(run.roundNumber(), "solving", RoundViews.run(run, null, null)))
                    .location(URI.create("/api/cycles/" + id + "/rounds/" + run.roundNumber())).build();
        });
    }

    @GET
    @Path("/rounds/{k}")
    @Operation(summary = "A round: status, ETag, who answered what and who has not")
    @APIResponse(responseCode = "200", description = "The round")
    @APIResponse(responseCode = "404", description = "No such cycle or round")
    public Response round(@PathParam("id") String id, @PathParam("k") int k) {
        requireCycle(id);
        RoundViews.RoundView view = views.round(id, k);
        Response.ResponseBuilder ok = Response.ok(view);
        return (view.etag() == null ? ok : ok.tag(new EntityTag(view.etag()))).build();
    }

    @GET
    @Path("/rounds/{k}/run")
    @Operation(summary = "The solver run of a round")
    public SolverRun roundRun(@PathParam("id") String id, @PathParam("k") int k) {
        requireCycle(id);
        return views.run(id, k).orElseThrow(() -> ProblemException.notFound("unknown-run", "Round " + k
                + " has no solver run."));
    }

    @GET
    @Path("/runs/{runId}")
    @Operation(summary = "A solver run: queued, running, done or failed")
    public SolverRun run(@PathParam("id") String id, @PathParam("runId") String runId) {
        requireCycle(id);
        return views.runById(id, runId).orElseThrow(() -> ProblemException.notFound("unknown-run",
                "No solver run '" + runId + "' in cycle '" + id + "'."));
    }

    @GET
    @Path("/rounds/{k}/proposal")
    @Operation(summary = "The round's proposal: veche.plan/1 plus metrics, labour values and explanations")
    @APIResponse(responseCode = "200", description = "The proposal; ETag is its content hash")
    @APIResponse(responseCode = "404", description = "No such cycle or round")
    @APIResponse(responseCode = "409", description = "Not published yet (solving) or the solve failed")
    public Response proposal(@PathParam("id") String id, @PathParam("k") int k) {
        requireCycle(id);
        ProposalRow proposal = views.proposal(id, k);
        return Response.ok(proposal.document(), MediaType.APPLICATION_JSON).tag(new EntityTag(proposal.hash()))
                .build();
    }

    @GET
    @Path("/rounds/{k}/slices/{assemblyId}")
    @Operation(summary = "One assembly's slice of the proposal, its explanations and the changes since k−1")
    @APIResponse(responseCode = "200", description = "The slice")
    @APIResponse(responseCode = "404", description = "No such cycle, round or assembly")
    @APIResponse(responseCode = "409", description = "Not published yet")
    public Response slice(@PathParam("id") String id, @PathParam("k") int k,
            @PathParam("assemblyId") String assemblyId) {
        requireCycle(id);
        Map<String, Object> slice = views.slice(id, k, assemblyId);
        return Response.ok(slice).tag(new EntityTag((String) slice.get("etag"))).build();
    }

    @PUT
    @Path("/rounds/{k}/responses/{assemblyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An assembly's answer (that assembly, or its delegate within a live mandate);"
            + " replaceable until the round closes")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid answer or amendment")
    @APIResponse(responseCode = "401", description = "No or unknown token")
    @APIResponse(responseCode = "403", description = "Not this assembly")
    @APIResponse(responseCode = "404", description = "No such cycle or round")
    @APIResponse(responseCode = "409", description = "The round is not open")
    @APIResponse(responseCode = "412", description = "If-Match is not the proposal's ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response respond(@PathParam("id") String id, @PathParam("k") int k,
            @PathParam("assemblyId") String assemblyId, Answer answer,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Caller caller = auth.requireAnswerer(id, assemblyId, authorization);
        if (answer == null) {
            throw ProblemException.badRequest("missing-body", "", "A JSON body {decision, amendments, reason} is required.");
        }
        Recorded recorded = service.respond(id, k, assemblyId, ifMatch, answer, caller);
        return Response.ok(recorded).tag(new EntityTag(recorded.etag())).build();
    }

    @POST
    @Path("/rounds/{k}/close")
    @Operation(summary = "Close the round now (planner): confirmed, next-round, final-vote or failed")
    @APIResponse(responseCode = "200", description = "Closed, with the outcome")
    @APIResponse(responseCode = "401", description = "No or unknown token")
    @APIResponse(responseCode = "403", description = "Not the planner")
    @APIResponse(responseCode = "404", description = "No such cycle or round")
    @APIResponse(responseCode = "409", description = "The round is not open")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request")
    public Response close(@PathParam("id") String id, @PathParam("k") int k,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam("Idempotency-Key") String key) {
        Caller caller = auth.requirePlanner(Optional.of(id), authorization);
        return idempotency.once(caller, key, "POST /api/cycles/" + id + "/rounds/" + k + "/close", "", () -> {
            Closed closed = service.close(id, k, caller.actor());
            return Response.ok(closed).build();
        });
    }

    private void requireCycle(String id) {
        if (cycles.find(id).isEmpty()) {
            throw CycleService.unknownCycle(id);
        }
    }
}
