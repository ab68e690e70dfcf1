package org.veche.api.round;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.veche.api.audit.AuditLog;
import org.veche.api.cycle.CycleService;
import org.veche.api.cycle.CycleState;
import org.veche.api.economy.EconomyDocuments;
import org.veche.api.problem.ProblemException;
import org.veche.api.round.RoundBodies.Answer;
import org.veche.api.round.RoundBodies.Closed;
import org.veche.api.round.RoundBodies.Recorded;
import org.veche.api.security.Caller;
import org.veche.api.store.AssemblyRow;
import org.veche.api.store.Assemblies;
import org.veche.api.store.CycleRow;
import org.veche.api.store.Cycles;
import org.veche.api.store.ProposalLineRow;
import org.veche.api.store.Proposals;
import org.veche.api.store.ResponseRow;
import org.veche.api.store.Responses;
import org.veche.api.store.RoundRow;
import org.veche.api.store.Rounds;
import org.veche.api.store.SolverRunRow;
import org.veche.api.store.SolverRuns;
import org.veche.model.Economy;

/** Opening rounds, recording answers and closing rounds by the cycle's rules (SPEC §5). */
@ApplicationScoped
public class RoundService {

    @Inject
    org.veche.api.mandate.MandateService mandates;

    private static final Logger LOG = Logger.getLogger(RoundService.class);

    @Inject
    Cycles cycles;

    @Inject
    Assemblies assemblies;

    @Inject
    Rounds rounds;

    @Inject
    SolverRuns runs;

    @Inject
    Proposals proposals;

    @Inject
    Responses responses;

    @Inject
    Amendments amendments;

    @Inject
    EconomyDocuments documents;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Creates round k+1 and its solver run; the caller submits the run after this commits. */
    @Transactional
    public SolverRunRow open(String cycleId, Caller caller) {
        return open(cycleId, Optional.empty(), caller);
    }

    /**
     * Creates round k+1 on {@code inputs} (an economy document, e.g. a scenario's) when given, else on
     * the cycle's current inputs. Given inputs become the cycle's, so the amendments of this round and
     * the rounds after it build on them. The caller submits the run after this commits.
     */
    @Transactional
    public SolverRunRow open(String cycleId, Optional<String> inputs, Caller caller) {
        CycleRow cycle = locked(cycleId);
        if (!CycleState.COLLECTING.equals(cycle.state()) && !CycleState.NEGOTIATING.equals(cycle.state())) {
            throw ProblemException.conflict("cycle-not-negotiating", "The cycle is " + cycle.state()
                    + "; rounds open only while collecting or negotiating.");
        }
        Optional<RoundRow> last = cycle.currentRound() == 0 ? Optional.empty()
                : rounds.find(cycleId, cycle.currentRound());
        if (last.filter(r -> r.isOpen() || RoundRow.SOLVING.equals(r.status())).isPresent()) {
            throw ProblemException.conflict("round-in-progress", "Round " + cycle.currentRound() + " is "
                    + last.get().status() + "; close it before opening the next.");
        }
        long proposalRounds = rounds.of(cycleId).stream().filter(r -> RoundRow.CLOSED.equals(r.status())).count();
        if (proposalRounds >= cycle.maxRounds()) {
            throw ProblemException.conflict("no-rounds-left", "All " + cycle.maxRounds() + " rounds were held.");
        }
        int k = cycle.currentRound() + 1;
        long now = clock.millis();
        String stability = write(last.map(this::acceptedSlices).orElse(StabilityDoc.NONE));
        String economy = inputs.orElse(cycle.economy());
        inputs.ifPresent(doc -> cycles.updateEconomy(cycleId, doc));
        rounds.insert(new RoundRow(cycleId, k, RoundRow.PROPOSAL, RoundRow.SOLVING, economy, stability, now,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        SolverRunRow run = new SolverRunRow(UUID.randomUUID().toString(), cycleId, k, SolverRunRow.QUEUED, now,
                Optional.empty(), Optional.empty(), Optional.empty());
        runs.insert(run);
        cycles.updateState(cycleId, CycleState.NEGOTIATING);
        cycles.updateCurrentRound(cycleId, k);
        audit.append(cycleId, caller.actor(), "round-opened", Map.of("round", k, "run", run.id()));
        return run;
    }

    /** Records an assembly's answer; the round closes itself when every assembly has answered. */
    @Transactional
    public Recorded respond(String cycleId, int k, String assemblyId, String ifMatch, Answer answer, Caller caller) {
        CycleRow cycle = locked(cycleId);
        RoundRow round = round(cycleId, k);
        if (!round.isOpen()) {
            throw ProblemException.conflict("round-not-open", "Round " + k + " is " + round.status()
                    + "; answers are taken only while it is open.");
        }
        String etag = round.proposalHash().orElseThrow();
        checkIfMatch(ifMatch, etag);
        AssemblyRow assembly = assemblies.find(cycleId, assemblyId).orElseThrow();
        List<Amendment> typed = checkAnswer(round, assembly, answer);
        Map<String, Object> mandate = caller.kind() == Caller.Kind.DELEGATE
                ? mandates.enforce(cycleId, caller, k, answer.decision(), proposals.lines(cycleId,
                        round.isVote() ? k - 1 : k))
                : Map.of();
        long now = clock.millis();
        responses.insert(new ResponseRow(0, cycleId, k, assemblyId, answer.decision(), write(typed),
                Optional.ofNullable(answer.reason()), now, caller.actor()));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("round", k);
        payload.put("assembly", assemblyId);
        payload.put("decision", answer.decision());
        payload.put("amendments", typed);
        payload.put("reason", answer.reason() == null ? "" : answer.reason());
        payload.put("etag", etag);
        payload.putAll(mandate);
        audit.append(cycleId, caller.actor(), "response-submitted", payload);
        if (responses.current(cycleId, k).size() == assemblies.of(cycleId).size()) {
            close(cycle, round, "rule:all-answered");
        }
        return new Recorded(k, assemblyId, answer.decision(), now, etag);
    }

    /** Closes an open round now (the planner early, or the deadline). */
    @Transactional
    public Closed close(String cycleId, int k, String actor) {
        CycleRow cycle = locked(cycleId);
        RoundRow round = round(cycleId, k);
        if (!round.isOpen()) {
            throw ProblemException.conflict("round-not-open", "Round " + k + " is " + round.status()
                    + "; only an open round can close.");
        }
        return close(cycle, round, actor);
    }

    /** Closes every open round whose deadline has passed; no answer counts as no answer, never consent. */
    @Scheduled(every = "${veche.deadline-check:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeOverdue() {
        for (RoundRow overdue : rounds.overdue(clock.millis())) {
            try {
                QuarkusTransaction.requiringNew().run(() -> close(overdue.cycleId(), overdue.number(), "rule:deadline"));
            } catch (ProblemException e) {
                LOG.debugf("Round %d of %s closed meanwhile", overdue.number(), overdue.cycleId());
            }
        }
    }

    private Closed close(CycleRow cycle, RoundRow round, String actor) {
        Map<String, ResponseRow> answers = responses.current(cycle.id(), round.number());
        List<AssemblyRow> all = assemblies.of(cycle.id());
        String outcome = round.isVote() ? voteOutcome(cycle, answers, all) : proposalOutcome(cycle, round, answers, all);
        long now = clock.millis();
        rounds.close(cycle.id(), round.number(), outcome, now);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("round", round.number());
        payload.put("outcome", outcome);
        payload.put("answered", answers.keySet());
        payload.put("noAnswer", all.stream().map(AssemblyRow::assemblyId).filter(a -> !answers.containsKey(a)).toList());
        payload.put("conditions", conditions(round, answers));
        audit.append(cycle.id(), actor, "round-closed", payload);
        int next = 0;
        switch (outcome) {
            case Outcome.CONFIRMED -> cycles.updateState(cycle.id(), CycleState.CONFIRMED);
            case Outcome.FAILED -> cycles.updateState(cycle.id(), CycleState.FAILED);
            case Outcome.NEXT_ROUND -> {
                applyAmendments(cycle, round, answers, actor);
                next = round.number() + 1; // opened by the planner (POST …/rounds), after any input changes
            }
            case Outcome.FINAL_VOTE -> next = openVote(cycle, round, now, actor);
            default -> throw new IllegalStateException(outcome);
        }
        return new Closed(round.number(), outcome, next);
    }

    private String proposalOutcome(CycleRow cycle, RoundRow round, Map<String, ResponseRow> answers,
            List<AssemblyRow> all) {
        boolean quorum = answers.size() >= Math.ceil(cycle.quorum() * all.size() - 1e-9);
        boolean consent = answers.values().stream().allMatch(r -> consents(round, r));
        if (quorum && consent && !answers.isEmpty()) {
            return Outcome.CONFIRMED;
        }
        long held = rounds.of(cycle.id()).stream().filter(r -> !r.isVote() && RoundRow.CLOSED.equals(r.status())).count();
        return held + 1 >= cycle.maxRounds() ? Outcome.FINAL_VOTE : Outcome.NEXT_ROUND;
    }

    /** Accept, or an amendment made only of conditions that this proposal meets. */
    private boolean consents(RoundRow round, ResponseRow response) {
        if (RoundBodies.ACCEPT.equals(response.decision())) {
            return true;
        }
        List<Amendment> typed = read(response.amendments());
        if (typed.isEmpty() || !typed.stream().allMatch(a -> a instanceof Amendment.Condition)) {
            return false;
        }
        Economy economy = documents.read(round.economy());
        List<ProposalLineRow> lines = proposals.lines(round.cycleId(), round.number());
        return typed.stream().map(a -> Conditions.evaluate(economy, lines, response.assemblyId(),
                (Amendment.Condition) a)).allMatch(r -> Conditions.MET.equals(r.status()));
    }

    /** Simple majority of all assemblies, each weighted by its members or population. */
    private String voteOutcome(CycleRow cycle, Map<String, ResponseRow> answers, List<AssemblyRow> all) {
        Economy economy = documents.read(cycle.economy());
        double total = all.stream().mapToDouble(a -> weight(economy, a)).sum();
        double yes = all.stream().filter(a -> answers.containsKey(a.assemblyId())
                && RoundBodies.ACCEPT.equals(answers.get(a.assemblyId()).decision()))
                .mapToDouble(a -> weight(economy, a)).sum();
        return yes > total / 2 ? Outcome.CONFIRMED : Outcome.FAILED;
    }

    static double weight(Economy economy, AssemblyRow a) {
        return a.isLocal() ? economy.local(a.assemblyId()).map(l -> (double) l.population()).orElse(0.0)
                : economy.collective(a.assemblyId()).map(c -> (double) c.members()).orElse(0.0);
    }

    private void applyAmendments(CycleRow cycle, RoundRow round, Map<String, ResponseRow> answers, String actor) {
        Economy economy = documents.read(cycle.economy());
        List<Map<String, Object>> applied = new ArrayList<>();
        for (ResponseRow r : answers.values()) {
            List<Amendment> typed = read(r.amendments());
            if (RoundBodies.AMEND.equals(r.decision()) && !typed.isEmpty()) {
                economy = amendments.apply(economy, r.assemblyId(), typed);
                applied.add(Map.of("assembly", r.assemblyId(), "amendments", typed));
            }
        }
        cycles.updateEconomy(cycle.id(), documents.write(economy));
        audit.append(cycle.id(), actor, "amendments-applied", Map.of("round", round.number(), "applied", applied));
    }

    private int openVote(CycleRow cycle, RoundRow round, long now, String actor) {
        int k = round.number() + 1;
        long deadline = now + Math.round(cycle.roundHours() * 3_600_000);
        rounds.insert(new RoundRow(cycle.id(), k, RoundRow.VOTE, RoundRow.SOLVING, round.economy(),
                write(StabilityDoc.NONE), now, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        rounds.open(cycle.id(), k, round.proposalHash().orElseThrow(), deadline);
        cycles.updateState(cycle.id(), CycleState.FINAL_VOTE);
        cycles.updateCurrentRound(cycle.id(), k);
        audit.append(cycle.id(), actor, "final-vote-opened", Map.of("round", k, "proposalOfRound", round.number(),
                "etag", round.proposalHash().orElseThrow(), "deadline", deadline));
        return k;
    }

    /** The slices accepted in a closed round, for the next round's stability level. */
    private StabilityDoc acceptedSlices(RoundRow round) {
        if (round.proposalHash().isEmpty() || round.isVote()) {
            return StabilityDoc.NONE;
        }
        Map<String, ResponseRow> answers = responses.current(round.cycleId(), round.number());
        List<StabilityDoc.ProductionLine> production = new ArrayList<>();
        List<StabilityDoc.DeliveryLine> deliveries = new ArrayList<>();
        Map<String, Double> values = new LinkedHashMap<>();
        for (ProposalLineRow line : proposals.lines(round.cycleId(), round.number())) {
            boolean accepted = line.assemblyId().map(answers::get).filter(r -> consents(round, r)).isPresent();
            switch (line.kind()) {
                case ProposalLineRow.PRODUCTION -> {
                    if (accepted) {
                        production.add(new StabilityDoc.ProductionLine(line.assemblyId().orElseThrow(), line.product(),
                                line.quantity()));
                    }
                }
                case ProposalLineRow.DELIVERY -> {
                    if (accepted) {
                        deliveries.add(new StabilityDoc.DeliveryLine(line.assemblyId().orElseThrow(), line.product(),
                                line.priority().orElseThrow(), line.quantity()));
                    }
                }
                default -> values.put(line.product(), line.quantity());
            }
        }
        return new StabilityDoc(production, deliveries, values);
    }

    List<Conditions.Report> conditions(RoundRow round, Map<String, ResponseRow> answers) {
        if (round.proposalHash().isEmpty()) {
            return List.of();
        }
        Economy economy = documents.read(round.economy());
        List<ProposalLineRow> lines = proposals.lines(round.cycleId(), round.number());
        List<Conditions.Report> reports = new ArrayList<>();
        answers.values().forEach(r -> read(r.amendments()).stream()
                .filter(a -> a instanceof Amendment.Condition)
                .forEach(a -> reports.add(Conditions.evaluate(economy, lines, r.assemblyId(), (Amendment.Condition) a))));
        return reports;
    }

    private List<Amendment> checkAnswer(RoundRow round, AssemblyRow assembly, Answer answer) {
        List<Amendment> typed = answer.amendments() == null ? List.of() : answer.amendments();
        if (answer.decision() == null) {
            throw ProblemException.badRequest("validation", "decision", "decision is required: "
                    + (round.isVote() ? "accept or reject." : "accept or amend."));
        }
        if (round.isVote()) {
            if (!RoundBodies.ACCEPT.equals(answer.decision()) && !RoundBodies.REJECT.equals(answer.decision())) {
                throw ProblemException.badRequest("validation", "decision", "This is the final vote: decision is "
                        + "accept (yes) or reject (no), was '" + answer.decision() + "'.");
            }
            if (!typed.isEmpty()) {
                throw ProblemException.badRequest("validation", "amendments", "The final vote takes no amendments.");
            }
            return typed;
        }
        switch (answer.decision()) {
            case RoundBodies.ACCEPT -> {
                if (!typed.isEmpty()) {
                    throw ProblemException.badRequest("validation", "amendments",
                            "An accept carries no amendments; answer amend to change something.");
                }
            }
            case RoundBodies.AMEND -> {
                if (typed.isEmpty()) {
                    throw ProblemException.badRequest("validation", "amendments",
                            "An amend needs at least one amendment; answer accept otherwise.");
                }
                amendments.check(documents.read(round.economy()), assembly.assemblyId(), assembly.isLocal(), typed);
            }
            default -> throw ProblemException.badRequest("validation", "decision",
                    "decision must be accept or amend, was '" + answer.decision() + "'.");
        }
        return typed;
    }

    static void checkIfMatch(String ifMatch, String etag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired("Send If-Match with the proposal's ETag (\"" + etag
                    + "\") so an answer never applies to a proposal you have not seen.");
        }
        String given = ifMatch.trim();
        if (!given.equals("\"" + etag + "\"") && !given.equals(etag)) {
            throw ProblemException.preconditionFailed("If-Match " + given + " is not the current proposal's ETag \""
                    + etag + "\". Read the proposal again and answer that.");
        }
    }

    private CycleRow locked(String cycleId) {
        return cycles.lock(cycleId).orElseThrow(() -> CycleService.unknownCycle(cycleId));
    }

    RoundRow round(String cycleId, int k) {
        return rounds.find(cycleId, k).orElseThrow(() -> ProblemException.notFound("unknown-round",
                "Cycle '" + cycleId + "' has no round " + k + "."));
    }

    List<Amendment> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<Amendment>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored amendments are not readable", e);
        }
    }

    private String write(Object value) {
        try {
            return value instanceof List<?>
                    ? json.writerFor(new TypeReference<List<Amendment>>() {}).writeValueAsString(value)
                    : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not serialisable: " + value, e);
        }
    }
}
