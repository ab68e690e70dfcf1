package org.veche.api.round;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.veche.api.audit.AuditLog;
import org.veche.api.economy.EconomyDocuments;
import org.veche.api.security.Hashes;
import org.veche.api.solve.ProposalSolver;
import org.veche.api.solve.SolvedProposal;
import org.veche.api.store.CycleRow;
import org.veche.api.store.Cycles;
import org.veche.api.store.ProposalRow;
import org.veche.api.store.Proposals;
import org.veche.api.store.RoundRow;
import org.veche.api.store.Rounds;
import org.veche.api.store.SolverRunRow;
import org.veche.api.store.SolverRuns;
import org.veche.model.Economy;

/**
 * Solves rounds off the request thread. The solve runs outside any transaction; publishing the
 * proposal (document, every line, the round's opening and the audit event) is one transaction.
 */
@ApplicationScoped
public class SolveRunner {

    private static final Logger LOG = Logger.getLogger(SolveRunner.class);
    private static final String ACTOR = "solver";

    @Inject
    ManagedExecutor executor;

    @Inject
    ProposalSolver solver;

    @Inject
    Cycles cycles;

    @Inject
    RunProgress progress;

    @Inject
    Rounds rounds;

    @Inject
    SolverRuns runs;

    @Inject
    Proposals proposals;

    @Inject
    EconomyDocuments documents;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Restarts the solves a stopped server left unfinished. */
    void resume(@Observes StartupEvent start) {
        runs.unfinished().forEach(this::submit);
    }

    /** Runs submitted in this process: a run is solved once even if start-up and a caller both submit it. */
    private final java.util.Set<String> submitted = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public void submit(SolverRunRow run) {
        if (submitted.add(run.id())) {
            executor.runAsync(() -> run(run));
        }
    }

    private void run(SolverRunRow run) {
        try {
            QuarkusTransaction.requiringNew().run(() -> runs.start(run.id(), clock.millis()));
            RoundRow round = rounds.find(run.cycleId(), run.roundNumber()).orElseThrow();
            Economy economy = documents.read(round.economy());
            StabilityDoc stability = json.readValue(round.stability(), StabilityDoc.class);
            SolvedProposal solved = solver.solve(economy, stability.reference(), p -> progress.report(run, p),
                    n -> progress.note(run, n));
            QuarkusTransaction.requiringNew().run(() -> publish(run, economy, solved));
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.errorf(e, "Solving round %d of cycle %s failed", run.roundNumber(), run.cycleId());
            QuarkusTransaction.requiringNew().run(() -> fail(run, e));
        } finally {
            progress.forget(run.id());
        }
    }

    private void publish(SolverRunRow run, Economy economy, SolvedProposal solved) {
        CycleRow cycle = cycles.lock(run.cycleId()).orElseThrow();
        String text = ProposalDocument.text(run.roundNumber(), solved);
        String hash = Hashes.sha256(text);
        long now = clock.millis();
        proposals.insert(new ProposalRow(run.cycleId(), run.roundNumber(), hash, text, now),
                ProposalDocument.lines(economy, solved), ProposalDocument.explanations(solved));
        long deadline = now + Math.round(cycle.roundHours() * 3_600_000);
        rounds.open(run.cycleId(), run.roundNumber(), hash, deadline);
        runs.finish(run.id(), SolverRunRow.DONE, now, "proposal " + hash);
        audit.append(run.cycleId(), ACTOR, "proposal-published", Map.of("round", run.roundNumber(),
                "etag", hash, "run", run.id(), "deadline", deadline));
    }

    private void fail(SolverRunRow run, Exception e) {
        cycles.lock(run.cycleId());
        long now = clock.millis();
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        runs.finish(run.id(), SolverRunRow.FAILED, now, message);
        rounds.fail(run.cycleId(), run.roundNumber(), now);
        audit.append(run.cycleId(), ACTOR, "solve-failed", Map.of("round", run.roundNumber(), "run", run.id(),
                "message", message));
    }
}
