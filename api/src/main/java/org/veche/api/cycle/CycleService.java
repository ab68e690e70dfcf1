package org.veche.api.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import org.veche.api.audit.AuditLog;
import org.veche.api.cycle.CycleBodies.Calendar;
import org.veche.api.cycle.CycleBodies.CollectiveInputs;
import org.veche.api.cycle.CycleBodies.Created;
import org.veche.api.cycle.CycleBodies.NewCycle;
import org.veche.api.economy.EconomyDocs.NeedDoc;
import org.veche.api.economy.EconomyDocuments;
import org.veche.api.problem.Problem.FieldViolation;
import org.veche.api.problem.ProblemException;
import org.veche.api.security.Caller;
import org.veche.api.security.Hashes;
import org.veche.api.store.AssemblyRow;
import org.veche.api.store.Assemblies;
import org.veche.api.store.CycleRow;
import org.veche.api.store.Cycles;
import org.veche.api.store.RoundRow;
import org.veche.api.store.Rounds;
import org.veche.model.Economy;
import org.veche.model.InvalidEconomyException;

/** Opening cycles and collecting the assemblies' inputs. */
@ApplicationScoped
public class CycleService {

    @Inject
    Cycles cycles;

    @Inject
    Assemblies assemblies;

    @Inject
    Rounds rounds;

    @Inject
    EconomyDocuments documents;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Created open(NewCycle body, Caller caller) {
        if (body.economy() == null || body.economy().isNull()) {
            throw ProblemException.badRequest("validation", "economy", "economy is required: a "
                    + EconomyDocuments.FORMAT + " document.");
        }
        Calendar calendar = calendar(body.calendar());
        Economy economy = prefixed("economy.", () -> documents.read(body.economy(), "economy"));
        distinctAssemblyIds(economy);
        String id = UUID.randomUUID().toString();
        String document = documents.write(economy);
        cycles.insert(new CycleRow(id, economy.name(), CycleState.COLLECTING, document, calendar.maxRounds(),
                calendar.roundHours(), calendar.quorum(), 0, clock.millis()));
        Map<String, String> tokens = new LinkedHashMap<>();
        List<AssemblyRow> rows = new ArrayList<>();
        economy.collectives().forEach(c -> rows.add(assembly(id, c.id(), AssemblyRow.COLLECTIVE, tokens)));
        economy.locals().forEach(l -> rows.add(assembly(id, l.id(), AssemblyRow.LOCAL, tokens)));
        assemblies.insertAll(rows);
        audit.append(id, caller.actor(), "cycle-opened", Map.of("calendar", calendar,
                "economyDigest", Hashes.sha256(document), "economy", body.economy(),
                "assemblies", rows.stream().map(r -> Map.of("id", r.assemblyId(), "kind", r.kind())).toList()));
        return new Created(id, tokens);
    }

    @Transactional
    public void replaceNeeds(String cycleId, String localId, List<NeedDoc> needs, Caller caller) {
        CycleRow cycle = editable(cycleId);
        Economy economy = documents.read(cycle.economy());
        var parsed = documents.needs(needs, "needs");
        Economy changed = withIndexedPaths(() -> economy.withLocal(localId, l -> l.withNeeds(parsed)));
        cycles.updateEconomy(cycleId, documents.write(changed));
        audit.append(cycleId, caller.actor(), "needs-replaced", Map.of("local", localId, "needs", needs));
    }

    @Transactional
    public void replaceCollective(String cycleId, String collectiveId, CollectiveInputs body, Caller caller) {
        CycleRow cycle = editable(cycleId);
        List<FieldViolation> missing = new ArrayList<>();
        if (body.members() == null) {
            missing.add(new FieldViolation("members", "is required"));
        }
        if (body.technologies() == null) {
            missing.add(new FieldViolation("technologies", "is required"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(missing.get(0).field() + " is required", missing);
        }
        Economy economy = documents.read(cycle.economy());
        var technologies = documents.technologies(body.technologies(), "technologies");
        OptionalDouble hours = body.maxHoursPerMember() == null ? OptionalDouble.empty()
                : OptionalDouble.of(body.maxHoursPerMember());
        Economy changed = withIndexedPaths(() -> economy.withCollective(collectiveId,
                c -> c.withMembers(body.members()).withMaxHoursPerMember(hours).withTechnologies(technologies)));
        cycles.updateEconomy(cycleId, documents.write(changed));
        audit.append(cycleId, caller.actor(), "collective-replaced", Map.of("collective", collectiveId,
                "inputs", body));
    }

    /** Locks the cycle and checks its inputs may change now: in collection or between rounds. */
    private CycleRow editable(String cycleId) {
        CycleRow cycle = cycles.lock(cycleId).orElseThrow(() -> unknownCycle(cycleId));
        if (!CycleState.COLLECTING.equals(cycle.state()) && !CycleState.NEGOTIATING.equals(cycle.state())) {
            throw ProblemException.conflict("inputs-closed", "The cycle is " + cycle.state()
                    + "; inputs can change only while collecting or between rounds.");
        }
        if (cycle.currentRound() > 0) {
            RoundRow round = rounds.find(cycleId, cycle.currentRound()).orElseThrow();
            if (RoundRow.OPEN.equals(round.status()) || RoundRow.SOLVING.equals(round.status())) {
                throw ProblemException.conflict("round-in-progress", "Round " + round.number() + " is "
                        + round.status() + "; change inputs through an amendment in your response, or after"
                        + " the round closes.");
            }
        }
        return cycle;
    }

    public static ProblemException unknownCycle(String id) {
        return ProblemException.notFound("unknown-cycle", "No cycle '" + id + "'. List cycles with GET /api/cycles.");
    }

    private static AssemblyRow assembly(String cycleId, String assemblyId, String kind, Map<String, String> tokens) {
        String token = Hashes.newToken();
        tokens.put(assemblyId, token);
        return new AssemblyRow(cycleId, assemblyId, kind, Hashes.sha256(token));
    }

    private static Calendar calendar(Calendar c) {
        if (c == null) {
            throw ProblemException.badRequest("validation", "calendar", "calendar is required: "
                    + "{maxRounds, roundHours, quorum}.");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (c.maxRounds() == null || c.maxRounds() < 1 || c.maxRounds() > 100) {
            violations.add(new FieldViolation("calendar.maxRounds", "must be a whole number from 1 to 100, was "
                    + c.maxRounds()));
        }
        if (c.roundHours() == null || !Double.isFinite(c.roundHours()) || c.roundHours() <= 0) {
            violations.add(new FieldViolation("calendar.roundHours", "must be a number of hours above 0, was "
                    + c.roundHours()));
        }
        if (c.quorum() != null && (!Double.isFinite(c.quorum()) || c.quorum() <= 0 || c.quorum() > 1)) {
            violations.add(new FieldViolation("calendar.quorum",
                    "must be the share of assemblies that must answer, above 0 and at most 1, was " + c.quorum()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.get(0).field() + " " + violations.get(0).message(), violations);
        }
        return new Calendar(c.maxRounds(), c.roundHours(), c.quorum() == null ? 1.0 : c.quorum());
    }

    private static void distinctAssemblyIds(Economy economy) {
        Set<String> collectives = new HashSet<>();
        economy.collectives().forEach(c -> collectives.add(c.id()));
        for (int i = 0; i < economy.locals().size(); i++) {
            String id = economy.locals().get(i).id();
            if (collectives.contains(id)) {
                throw ProblemException.badRequest("validation", "economy.locals[" + i + "].id", "Local '" + id
                        + "' has the id of a collective; each assembly needs its own id to sign in. Rename one.");
            }
        }
    }

    private static <T> T prefixed(String prefix, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidEconomyException e) {
            List<FieldViolation> violations = e.violations().stream()
                    .map(v -> new FieldViolation(prefix + v.path(), v.message())).toList();
            throw ProblemException.invalid(violations.get(0).field() + ": " + violations.get(0).message(),
                    violations);
        }
    }

    private static Economy withIndexedPaths(java.util.function.Supplier<Economy> change) {
        return prefixed("", change);
    }
}
