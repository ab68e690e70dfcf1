package org.veche.api.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veche.api.economy.EconomyDocuments;
import org.veche.api.problem.ProblemException;
import org.veche.api.round.RoundBodies.SolverRun;
import org.veche.api.store.AssemblyRow;
import org.veche.api.store.Assemblies;
import org.veche.api.store.ProposalLineRow;
import org.veche.api.store.ProposalRow;
import org.veche.api.store.Proposals;
import org.veche.api.store.ResponseRow;
import org.veche.api.store.Responses;
import org.veche.api.store.RoundRow;
import org.veche.api.store.Rounds;
import org.veche.api.store.SolverRunRow;
import org.veche.api.store.SolverRuns;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Technology;

/** What anyone may read about a round: its state, who answered what, the proposal and each slice. */
@ApplicationScoped
public class RoundViews {

    @Inject
    Rounds rounds;

    @Inject
    RoundService service;

    @Inject
    Responses responses;

    @Inject
    Assemblies assemblies;

    @Inject
    Proposals proposals;

    @Inject
    SolverRuns runs;

    @Inject
    EconomyDocuments documents;

    @Inject
    RunProgress progress;

    public record AnswerView(String assembly, String decision, List<Amendment> amendments, String reason,
            long answeredAt, String by) {}

    public record RoundView(int number, String kind, String status, String etag, long openedAt, Long deadline,
            Long closedAt, String outcome, SolverRun run, List<AnswerView> answers, List<String> noAnswer,
            List<Conditions.Report> conditions, int answersGiven) {}

    public RoundView round(String cycleId, int k) {
        RoundRow round = service.round(cycleId, k);
        Map<String, ResponseRow> current = responses.current(cycleId, k);
        List<AnswerView> answers = current.values().stream().map(r -> new AnswerView(r.assemblyId(), r.decision(),
                service.read(r.amendments()), r.reason().orElse(null), r.answeredAt(), r.actor())).toList();
        List<String> noAnswer = assemblies.of(cycleId).stream().map(AssemblyRow::assemblyId)
                .filter(a -> !current.containsKey(a)).toList();
        return new RoundView(k, round.kind(), round.status(), round.proposalHash().orElse(null), round.openedAt(),
                round.deadline().orElse(null), round.closedAt().orElse(null), round.outcome().orElse(null),
                run(cycleId, k).orElse(null), answers, noAnswer, service.conditions(round, current),
                responses.all(cycleId, k).size());
    }

    public Optional<SolverRun> run(String cycleId, int k) {
        return runs.ofRound(cycleId, k).map(this::withProgress);
    }

    public Optional<SolverRun> runById(String cycleId, String id) {
        return runs.find(cycleId, id).map(this::withProgress);
    }

    private SolverRun withProgress(SolverRunRow r) {
        return run(r, progress.of(r.id()).orElse(null), progress.noteOf(r.id()).orElse(null));
    }

    static SolverRun run(SolverRunRow r, RoundBodies.Best best, RoundBodies.Note note) {
        return new SolverRun(r.id(), r.roundNumber(), r.status(), r.queuedAt(), r.startedAt().orElse(null),
                r.finishedAt().orElse(null), r.message().orElse(null), best, note);
    }

    /** The published proposal of round k (a vote round shows the proposal it votes on). */
    public ProposalRow proposal(String cycleId, int k) {
        RoundRow round = service.round(cycleId, k);
        int source = round.isVote() ? k - 1 : k;
        return proposals.find(cycleId, source).orElseThrow(() -> ProblemException.conflict("proposal-not-ready",
                "Round " + k + " is " + round.status() + "; its proposal is not published"
                        + (RoundRow.SOLVING.equals(round.status()) ? " yet. Try again shortly." : ".")));
    }

    public record Change(String product, String priority, double previous, double current, double delta,
            List<Map<String, Object>> causes) {}

    /** One assembly's part of proposal k, what changed since the round before, and why. */
    public Map<String, Object> slice(String cycleId, int k, String assemblyId) {
        AssemblyRow assembly = assemblies.find(cycleId, assemblyId).orElseThrow(() -> ProblemException.notFound(
                "unknown-assembly", "Cycle '" + cycleId + "' has no assembly '" + assemblyId + "'."));
        ProposalRow proposal = proposal(cycleId, k);
        RoundRow round = service.round(cycleId, proposal.roundNumber());
        Economy economy = documents.read(round.economy());
        List<ProposalLineRow> lines = proposals.linesOf(cycleId, proposal.roundNumber(), assemblyId);
        Map<String, Object> slice = new LinkedHashMap<>();
        slice.put("round", k);
        slice.put("assembly", assemblyId);
        slice.put("kind", assembly.kind());
        slice.put("etag", proposal.hash());
        if (assembly.isLocal()) {
            slice.put("deliveries", lines.stream().map(l -> Map.of("product", l.product(), "priority",
                    l.priority().orElse(""), "requested", l.requested().orElse(0.0), "delivered", l.quantity(),
                    "share", l.requested().filter(q -> q > 0).map(q -> l.quantity() / q).orElse(1.0))).toList());
            slice.put("explanations", proposals.explanationsOf(cycleId, proposal.roundNumber(), assemblyId));
        } else {
            collectiveSlice(slice, economy.collective(assemblyId).orElseThrow(), economy, lines);
        }
        slice.put("changes", changes(cycleId, proposal.roundNumber(), assemblyId, lines));
        return slice;
    }

    private static void collectiveSlice(Map<String, Object> slice, Collective c, Economy economy,
            List<ProposalLineRow> lines) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        double hours = 0;
        List<Map<String, Object>> production = new ArrayList<>();
        for (ProposalLineRow l : lines) {
            Technology t = c.technology(l.product()).orElseThrow();
            hours += t.labourHours() * l.quantity();
            t.inputs().forEach((q, a) -> inputs.merge(q, a * l.quantity(), Double::sum));
            production.add(Map.of("product", l.product(), "quantity", l.quantity(), "maxOutput", t.maxOutput(),
                    "labourHours", t.labourHours() * l.quantity()));
        }
        double cap = c.hoursCap(economy.policy());
        slice.put("production", production);
        slice.put("inputsReceived", inputs);
        slice.put("hoursUsed", hours);
        slice.put("hoursCap", cap);
        slice.put("hoursPerMember", c.members() > 0 ? hours / c.members() : 0);
        slice.put("utilisation", cap > 0 ? hours / cap : 0);
    }

    /** Lines that differ from the last earlier proposal, with the amendments of that round that touched them. */
    private List<Change> changes(String cycleId, int k, String assemblyId, List<ProposalLineRow> lines) {
        Optional<RoundRow> previous = rounds.of(cycleId).stream()
                .filter(r -> r.number() < k && !r.isVote() && r.proposalHash().isPresent())
                .reduce((a, b) -> b);
        if (previous.isEmpty()) {
            return List.of();
        }
        int p = previous.get().number();
        List<ProposalLineRow> before = proposals.linesOf(cycleId, p, assemblyId);
        List<Map<String, Object>> amendments = new ArrayList<>();
        responses.current(cycleId, p).values().forEach(r -> service.read(r.amendments()).forEach(a ->
                amendments.add(Map.of("assembly", r.assemblyId(), "amendment", a))));
        List<Change> changes = new ArrayList<>();
        for (ProposalLineRow now : lines) {
            double was = before.stream().filter(b -> b.product().equals(now.product())
                    && b.priority().equals(now.priority())).mapToDouble(ProposalLineRow::quantity).sum();
            if (Math.abs(was - now.quantity()) > 1e-9 * Math.max(1, Math.abs(was))) {
                List<Map<String, Object>> causes = amendments.stream().filter(m -> causes(m, now, assemblyId)).toList();
                if (causes.isEmpty()) {
                    // no amendment names this product: it moved through inputs or shared capacity, so every
                    // amendment of the round before is a possible cause
                    causes = amendments.stream().map(m -> Map.<String, Object>of("assembly", m.get("assembly"),
                            "amendment", m.get("amendment"), "indirect", true)).toList();
                }
                changes.add(new Change(now.product(), now.priority().orElse(null), was, now.quantity(),
                        now.quantity() - was, causes));
            }
        }
        return changes;
    }

    private static boolean causes(Map<String, Object> m, ProposalLineRow line, String assemblyId) {
        Amendment a = (Amendment) m.get("amendment");
        return a.concerns().map(line.product()::equals).orElse(false) || assemblyId.equals(m.get("assembly"));
    }
}
