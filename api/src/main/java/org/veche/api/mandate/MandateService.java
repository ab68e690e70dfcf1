package org.veche.api.mandate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.veche.api.audit.AuditLog;
import org.veche.api.cycle.CycleService;
import org.veche.api.mandate.MandateBodies.AcceptIf;
import org.veche.api.mandate.MandateBodies.Instructions;
import org.veche.api.mandate.MandateBodies.Issued;
import org.veche.api.mandate.MandateBodies.NewMandate;
import org.veche.api.problem.ProblemException;
import org.veche.api.security.Caller;
import org.veche.api.security.Hashes;
import org.veche.api.store.AssemblyRow;
import org.veche.api.store.Assemblies;
import org.veche.api.store.Cycles;
import org.veche.api.store.MandateRow;
import org.veche.api.store.Mandates;
import org.veche.api.store.ProposalLineRow;
import org.veche.model.Priority;

/** Issuing, revoking and enforcing delegates' mandates (SPEC §5.8). */
@ApplicationScoped
public class MandateService {

    @Inject
    Mandates mandates;

    @Inject
    Assemblies assemblies;

    @Inject
    Cycles cycles;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional
    public Issued issue(String cycleId, NewMandate body, Caller caller) {
        cycles.lock(cycleId).orElseThrow(() -> CycleService.unknownCycle(cycleId));
        String assemblyId = caller.assemblyId().orElseThrow();
        AssemblyRow assembly = assemblies.find(cycleId, assemblyId).orElseThrow();
        if (body == null || body.rounds() == null || body.rounds().from() == null || body.rounds().to() == null
                || body.rounds().from() < 1 || body.rounds().to() < body.rounds().from()) {
            throw ProblemException.badRequest("validation", "rounds", "rounds must be {from, to} with 1 ≤ from ≤ to,"
                    + " e.g. {\"from\": 1, \"to\": 3}.");
        }
        Instructions instructions = body.instructions() == null ? new Instructions(null) : body.instructions();
        checkInstructions(instructions, assembly);
        String id = UUID.randomUUID().toString();
        String token = Hashes.newToken();
        MandateRow row = new MandateRow(id, cycleId, assemblyId, Hashes.sha256(token), body.rounds().from(),
                body.rounds().to(), write(instructions), clock.millis(), Optional.empty());
        mandates.insert(row);
        audit.append(cycleId, caller.actor(), "mandate-issued", Map.of("mandate", id, "assembly", assemblyId,
                "fromRound", row.fromRound(), "toRound", row.toRound(), "instructions", instructions));
        return new Issued(id, assemblyId, row.fromRound(), row.toRound(), instructions, token);
    }

    @Transactional
    public void revoke(String cycleId, String mandateId, Caller caller) {
        cycles.lock(cycleId).orElseThrow(() -> CycleService.unknownCycle(cycleId));
        MandateRow mandate = mandates.find(cycleId, mandateId).filter(m -> m.assemblyId()
                .equals(caller.assemblyId().orElseThrow())).orElseThrow(() -> ProblemException.notFound(
                        "unknown-mandate", "Assembly '" + caller.assemblyId().orElseThrow() + "' has no mandate '"
                                + mandateId + "' in cycle '" + cycleId + "'."));
        if (mandate.revokedAt().isEmpty()) {
            mandates.revoke(mandateId, clock.millis());
            audit.append(cycleId, caller.actor(), "mandate-revoked", Map.of("mandate", mandateId,
                    "assembly", mandate.assemblyId()));
        }
    }

    /**
     * Throws 403 unless the delegate's mandate is live, covers round k and allows this decision on
     * these proposal lines; returns what the audit records about the check.
     */
    public Map<String, Object> enforce(String cycleId, Caller delegate, int k, String decision,
            List<ProposalLineRow> lines) {
        MandateRow mandate = mandates.find(cycleId, delegate.mandateId().orElseThrow()).orElseThrow();
        return check(mandate, k, decision, lines);
    }

    Map<String, Object> check(MandateRow mandate, int k, String decision, List<ProposalLineRow> lines) {
        if (mandate.revokedAt().isPresent()) {
            throw ProblemException.forbidden("Mandate " + mandate.id() + " was revoked by assembly '"
                    + mandate.assemblyId() + "'.");
        }
        if (!mandate.covers(k)) {
            throw ProblemException.forbidden("Mandate " + mandate.id() + " covers rounds " + mandate.fromRound()
                    + " to " + mandate.toRound() + ", not round " + k + ".");
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("mandate", mandate.id());
        AcceptIf acceptIf = read(mandate.instructions()).acceptIf();
        if ("accept".equals(decision) && acceptIf != null) {
            double share = share(lines, mandate.assemblyId(), acceptIf.priority());
            record.put("acceptIf", Map.of("priority", acceptIf.priority(), "minShare", acceptIf.minShare(),
                    "share", share));
            if (share + 1e-9 < acceptIf.minShare()) {
                throw ProblemException.forbidden("Mandate " + mandate.id() + " allows accept only if the "
                        + acceptIf.priority() + " share is at least " + acceptIf.minShare() + "; this proposal gives "
                        + String.format("%.4f", share) + ". Amend instead, or ask assembly '" + mandate.assemblyId()
                        + "'.");
            }
        }
        return record;
    }

    private static double share(List<ProposalLineRow> lines, String local, String priority) {
        double delivered = 0;
        double requested = 0;
        for (ProposalLineRow l : lines) {
            if (ProposalLineRow.DELIVERY.equals(l.kind()) && l.assemblyId().filter(local::equals).isPresent()
                    && l.priority().filter(priority::equals).isPresent()) {
                delivered += l.quantity();
                requested += l.requested().orElse(0.0);
            }
        }
        return requested > 0 ? delivered / requested : 1.0;
    }

    private static void checkInstructions(Instructions instructions, AssemblyRow assembly) {
        AcceptIf a = instructions.acceptIf();
        if (a == null) {
            return;
        }
        if (a.priority() == null || Priority.fromId(a.priority()).isEmpty()) {
            throw ProblemException.badRequest("validation", "instructions.acceptIf.priority", "priority must be"
                    + " essential, important or desired, was " + a.priority() + ".");
        }
        if (a.minShare() == null || !(a.minShare() >= 0 && a.minShare() <= 1)) {
            throw ProblemException.badRequest("validation", "instructions.acceptIf.minShare", "minShare must be a"
                    + " share from 0 to 1, was " + a.minShare() + ".");
        }
        if (!assembly.isLocal()) {
            throw ProblemException.badRequest("validation", "instructions.acceptIf", "acceptIf reads a local's"
                    + " deliveries; '" + assembly.assemblyId() + "' is a collective.");
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Instructions could not be written", e);
        }
    }

    private Instructions read(String text) {
        try {
            return json.readValue(text, Instructions.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored instructions could not be read", e);
        }
    }
}
