package org.veche.api.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.veche.api.cycle.CycleService;
import org.veche.api.cycle.Idempotency;
import org.veche.api.problem.ProblemException;
import org.veche.api.round.SolveRunner;
import org.veche.api.scenario.ScenarioBodies.NewScenario;
import org.veche.api.scenario.ScenarioBodies.ScenarioView;
import org.veche.api.scenario.ScenarioComparison.Column;
import org.veche.api.security.Authenticator;
import org.veche.api.security.Caller;
import org.veche.api.store.Cycles;
import org.veche.api.store.SolverRunRow;

/** A planner's what-ifs on a cycle (SPEC §6): forked, solved, compared. Anyone may read them. */
@Path("/api/cycles/{id}/scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class ScenarioResource {

    static final String CSV = "text/csv";

    @Inject
    ScenarioService service;

    @Inject
    Scenarios scenarios;

    @Inject
    Cycles cycles;

    @Inject
    Authenticator auth;

    @Inject
    Idempotency idempotency;

    @Inject
    ObjectMapper json;

    @Inject
    SolveRunner runner;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fork the cycle's current inputs with changes and solve them asynchronously (planner)")
    @APIResponse(responseCode = "202", description = "Accepted: the scenario, status solving")
    @APIResponse(responseCode = "400", description = "Invalid name or changes")
    @APIResponse(responseCode = "401", description = "No or unknown token")
    @APIResponse(responseCode = "403", description = "Not the planner")
    @APIResponse(responseCode = "404", description = "No such cycle")
    public Response create(@PathParam("id") String id, NewScenario body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam("Idempotency-Key") String key) {
        Caller caller = auth.requirePlanner(Optional.of(id), authorization);
        requireCycle(id);
        if (body == null) {
            throw ProblemException.badRequest("missing-body", "", "A JSON body {name, changes} is required.");
        }
        return idempotency.once(caller, key, "POST /api/cycles/" + id + "/scenarios", body, () -> {
            ScenarioRow row = service.create(id, body, caller);
            service.submit(row);
            return Response.accepted(view(row, false))
                    .location(URI.create("/api/cycles/" + id + "/scenarios/" + row.id())).build();
        });
    }

    @GET
    @Operation(summary = "The cycle's scenarios, oldest first, without their results")
    public List<ScenarioView> list(@PathParam("id") String id) {
        requireCycle(id);
        return scenarios.of(id).stream().map(s -> view(s, false)).toList();
    }

    @GET
    @Path("/{sid}")
    @Operation(summary = "One scenario: status, changes and, when done, its result (metrics, figures, plan)")
    @APIResponse(responseCode = "404", description = "No such cycle or scenario")
    public ScenarioView get(@PathParam("id") String id, @PathParam("sid") String sid) {
        requireCycle(id);
        return view(find(id, sid), true);
    }

    @GET
    @Path("/compare")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Compare 2–4 solved scenarios: metrics, per-product, per-local, per-collective, valuations."
            + " CSV with Accept: text/csv or ?format=csv")
    @APIResponse(responseCode = "400", description = "ids missing, repeated, or not 2 to 4")
    @APIResponse(responseCode = "404", description = "No such cycle or scenario")
    @APIResponse(responseCode = "409", description = "A scenario is still solving or failed")
    public Response compare(@PathParam("id") String id, @QueryParam("ids") String ids,
            @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        requireCycle(id);
        List<String> wanted = ids == null ? List.of()
                : Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (wanted.size() < 2 || wanted.size() > 4 || wanted.stream().distinct().count() != wanted.size()) {
            throw ProblemException.badRequest("validation", "ids",
                    "ids must name 2 to 4 different scenarios, comma-separated: ?ids=a,b. Was '" + ids + "'.");
        }
        List<ScenarioRow> rows = wanted.stream().map(s -> find(id, s)).toList();
        rows.stream().filter(r -> !ScenarioRow.DONE.equals(r.status())).findFirst().ifPresent(r -> {
            throw ProblemException.conflict("scenario-not-solved", "Scenario '" + r.name() + "' (" + r.id() + ") is "
                    + r.status() + (ScenarioRow.SOLVING.equals(r.status()) ? "; compare it when it is done."
                            : ": " + r.message().orElse("") + ". Create it again with other changes."));
        });
        ScenarioComparison comparison = ScenarioComparison.of(
                rows.stream().map(r -> new Column(r.id(), r.name(), tree(r.changes()))).toList(),
                rows.stream().map(service::result).toList());
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && accept != null
                && accept.contains(CSV) && !accept.contains(MediaType.APPLICATION_JSON));
        return csv ? Response.ok(comparison.csv(), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"scenarios.csv\"").build()
                : Response.ok(comparison, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/{sid}/propose")
    @Operation(summary = "Put a solved scenario to the assemblies: open the next round on its inputs (planner)")
    @APIResponse(responseCode = "202", description = "Accepted: the round and its solver run")
    @APIResponse(responseCode = "401", description = "No or unknown token")
    @APIResponse(responseCode = "403", description = "Not the planner")
    @APIResponse(responseCode = "404", description = "No such cycle or scenario")
    @APIResponse(responseCode = "409", description = "A round is in progress, no rounds left, the cycle is over, the"
            + " scenario is not solved, or the cycle's inputs changed since it was made")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request")
    public Response propose(@PathParam("id") String id, @PathParam("sid") String sid,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @HeaderParam("Idempotency-Key") String key) {
        Caller caller = auth.requirePlanner(Optional.of(id), authorization);
        requireCycle(id);
        return idempotency.once(caller, key, "POST /api/cycles/" + id + "/scenarios/" + sid + "/propose", "", () -> {
            SolverRunRow run = service.propose(id, sid, caller);
            runner.submit(run);
            return Response.accepted(new Proposed(sid, run.roundNumber(), "solving", run.id()))
                    .location(URI.create("/api/cycles/" + id + "/rounds/" + run.roundNumber())).build();
        });
    }

    /** The round opened on a scenario's inputs, being solved by run {@code run}. */
    public record Proposed(String scenario, int round, String status, String run) {}

    private ScenarioView view(ScenarioRow s, boolean withResult) {
        return new ScenarioView(s.id(), s.cycleId(), s.name(), s.status(), tree(s.changes()), s.createdAt(),
                s.finishedAt().orElse(null), s.message().orElse(null),
                withResult ? s.result().map(this::tree).orElse(null) : null);
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored scenario document is unreadable", e);
        }
    }

    private ScenarioRow find(String id, String sid) {
        return scenarios.find(id, sid).orElseThrow(() -> ScenarioService.unknown(id, sid));
    }

    private void requireCycle(String id) {
        if (cycles.find(id).isEmpty()) {
            throw CycleService.unknownCycle(id);
        }
    }
}
