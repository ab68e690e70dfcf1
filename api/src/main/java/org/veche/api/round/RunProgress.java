package org.veche.api.round;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.veche.api.audit.CycleEvents;
import org.veche.api.round.RoundBodies.Best;
import org.veche.api.round.RoundBodies.Note;
import org.veche.api.store.SolverRunRow;
import org.veche.planner.Progress;
import org.veche.planner.SolveNote;

/**
 * The best plan each running solve has found so far. Kept in memory only (a restarted solve starts
 * over); shown on the run resource and sent as {@code solver-progress} server-sent events, at most
 * one per {@link #MIN_GAP_MILLIS} per run so a fast local search does not flood the stream. Also
 * the last note of the work beside a long LP ({@link #note}), sent as it comes (a few per solve).
 */
@ApplicationScoped
public class RunProgress {

    private static final long MIN_GAP_MILLIS = 500;

    @Inject
    CycleEvents events;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    private final Map<String, Best> best = new ConcurrentHashMap<>();
    private final Map<String, Long> lastSent = new ConcurrentHashMap<>();
    private final Map<String, Note> notes = new ConcurrentHashMap<>();

    void report(SolverRunRow run, Progress progress) {
        Best value = new Best(progress.best().feasible(), progress.best().needs(), progress.best().labourHours(),
                progress.best().emissions(), progress.elapsed().toMillis());
        best.put(run.id(), value);
        long now = clock.millis();
        Long last = lastSent.get(run.id());
        if (last == null || now - last >= MIN_GAP_MILLIS) {
            lastSent.put(run.id(), now);
            events.progress(run.cycleId(), now, write(Map.of("round", run.roundNumber(), "run", run.id(),
                    "best", value)));
        }
    }

    void note(SolverRunRow run, SolveNote note) {
        Note value = new Note(note.text(), note.elapsed().toMillis());
        notes.put(run.id(), value);
        events.progress(run.cycleId(), clock.millis(), write(Map.of("round", run.roundNumber(), "run", run.id(),
                "note", value)));
    }

    void forget(String runId) {
        lastSent.remove(runId);
    }

    Optional<Best> of(String runId) {
        return Optional.ofNullable(best.get(runId));
    }

    /** The last note of run {@code runId} (kept after it ends, until the server restarts, as its best plan). */
    Optional<Note> noteOf(String runId) {
        return Optional.ofNullable(notes.get(runId));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Solver progress could not be written", e);
        }
    }
}
