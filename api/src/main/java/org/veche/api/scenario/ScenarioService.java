package org.veche.api.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.veche.api.audit.AuditLog;
import org.veche.api.cycle.CycleService;
import org.veche.api.economy.EconomyDocuments;
import org.veche.api.problem.ProblemException;
import org.veche.api.round.RoundService;
import org.veche.api.scenario.ScenarioBodies.Changes;
import org.veche.api.scenario.ScenarioBodies.NewScenario;
import org.veche.api.security.Caller;
import org.veche.api.store.CycleRow;
import org.veche.api.store.Cycles;
import org.veche.api.store.SolverRunRow;
import org.veche.model.Economy;
import org.veche.model.plan.StabilityReference;
import org.veche.planner.Planner;
import org.veche.planner.SolveOptions;
import org.veche.planner.SolvedPlan;

/**
 * Forks a cycle's current inputs into scenarios and solves each off the request thread with the
 * project's planner. Creating, solving and failing are audit events, so they also stream as SSE.
 */
@ApplicationScoped
public class ScenarioService {

    private static final Logger LOG = Logger.getLogger(ScenarioService.class);

    @Inject
    Scenarios scenarios;

    @Inject
    Cycles cycles;

    @Inject
    EconomyDocuments documents;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    RoundService rounds;

    @Inject
    ManagedExecutor executor;

    @ConfigProperty(name = "veche.scenario-time-limit", defaultValue = "PT20S")
    Duration timeLimit;

    /** Restarts the solves a stopped server left unfinished. */
    void resume(@Observes StartupEvent start) {
        scenarios.unfinished().forEach(this::submit);
    }

    @Transactional
    public ScenarioRow create(String cycleId, NewScenario body, Caller caller) {
        CycleRow cycle = cycles.lock(cycleId).orElseThrow(() -> CycleService.unknownCycle(cycleId));
        String name = body.name() == null ? "" : body.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw ProblemException.badRequest("validation", "name",
                    "name is required: a short label such as '1,500 h per member' (at most 200 characters).");
        }
        Changes changes = body.changes() == null ? new Changes(null, null, null, null, null, null) : body.changes();
        Economy forked = new ScenarioChanges(documents, json).apply(documents.read(cycle.economy()), changes);
        ScenarioRow row = new ScenarioRow(UUID.randomUUID().toString(), cycleId, name, ScenarioRow.SOLVING,
                write(changes), documents.write(forked), java.util.Optional.empty(), java.util.Optional.empty(),
                clock.millis(), java.util.Optional.empty());
        scenarios.insert(row);
        audit.append(cycleId, caller.actor(), "scenario-created", Map.of("scenario", row.id(), "name", name,
                "changes", changes));
        return row;
    }

    /**
     * Opens the cycle's next round on this scenario's inputs, policy changes included (see
     * {@link RoundService#open(String, Optional, Caller)}). The scenario must be solved and made from
     * the cycle's current inputs: if they changed since, its changes applied to them now would give
     * other inputs, and the assemblies would lose those changes, so it is refused.
     */
    @Transactional
    public SolverRunRow propose(String cycleId, String scenarioId, Caller caller) {
        CycleRow cycle = cycles.lock(cycleId).orElseThrow(() -> CycleService.unknownCycle(cycleId));
        ScenarioRow row = scenarios.find(cycleId, scenarioId).orElseThrow(() -> unknown(cycleId, scenarioId));
        if (!ScenarioRow.DONE.equals(row.status())) {
            throw ProblemException.conflict("scenario-not-solved", "Scenario '" + row.name() + "' is " + row.status()
                    + "; only a solved scenario can be put to the assemblies.");
        }
        Economy current = documents.read(cycle.economy());
        String rebased = documents.write(new ScenarioChanges(documents, json).apply(current, changes(row)));
        if (!rebased.equals(row.economy())) {
            throw ProblemException.conflict("scenario-stale", "The cycle's inputs changed since scenario '" + row.name()
                    + "' was made (amendments or new inputs); create it again from the current inputs and propose that.");
        }
        SolverRunRow run = rounds.open(cycleId, Optional.of(row.economy()), caller);
        audit.append(cycleId, caller.actor(), "scenario-proposed", Map.of("scenario", row.id(), "name", row.name(),
                "round", run.roundNumber(), "run", run.id()));
        return run;
    }

    static ProblemException unknown(String cycleId, String scenarioId) {
        return ProblemException.notFound("unknown-scenario", "No scenario '" + scenarioId + "' in cycle '" + cycleId
                + "'. List them with GET /api/cycles/" + cycleId + "/scenarios.");
    }

    private Changes changes(ScenarioRow row) {
        try {
            return json.readValue(row.changes(), Changes.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored changes of scenario " + row.id() + " are unreadable", e);
        }
    }

    public void submit(ScenarioRow row) {
        executor.runAsync(() -> solve(row));
    }

    private void solve(ScenarioRow row) {
        try {
            Economy economy = documents.read(row.economy());
            SolvedPlan solved = new Planner().solve(economy, new SolveOptions(timeLimit, StabilityReference.NONE));
            ScenarioResult result = ScenarioFigures.of(economy, solved);
            QuarkusTransaction.requiringNew().run(() -> finish(row, result));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Solving scenario %s of cycle %s failed", row.id(), row.cycleId());
            QuarkusTransaction.requiringNew().run(() -> fail(row, e));
        }
    }

    private void finish(ScenarioRow row, ScenarioResult result) {
        cycles.lock(row.cycleId());
        scenarios.finish(row.id(), ScenarioRow.DONE, write(result), null, clock.millis());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("scenario", row.id());
        payload.put("name", row.name());
        payload.put("needs", result.metrics().needs());
        payload.put("labourHours", result.metrics().labourHours());
        payload.put("emissions", result.metrics().emissions());
        audit.append(row.cycleId(), "solver", "scenario-solved", payload);
    }

    private void fail(ScenarioRow row, Exception e) {
        cycles.lock(row.cycleId());
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        scenarios.finish(row.id(), ScenarioRow.FAILED, null, message, clock.millis());
        audit.append(row.cycleId(), "solver", "scenario-failed", Map.of("scenario", row.id(), "message", message));
    }

    ScenarioResult result(ScenarioRow row) {
        try {
            return json.readValue(row.result().orElseThrow(), ScenarioResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored result of scenario " + row.id() + " is unreadable", e);
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + value.getClass().getSimpleName(), e);
        }
    }
}
