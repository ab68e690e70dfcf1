package org.veche.api.round;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.veche.api.audit.CycleEvents;
import org.veche.api.store.AuditEventRow;
import org.veche.api.store.SolverRunRow;
import org.veche.planner.SolveNote;

/** The notes of the work beside a long LP, on the run resource and the cycle's live events. */
class RunProgressTest {

    private static final SolverRunRow RUN = new SolverRunRow("run-1", "cycle-1", 2, SolverRunRow.RUNNING, 0,
            Optional.of(0L), Optional.empty(), Optional.empty());

    @Test
    void eachNoteIsSentAsItComesAndTheLastIsKeptForTheRun() {
        RunProgress progress = new RunProgress();
        progress.events = new CycleEvents();
        progress.json = new ObjectMapper();
        progress.clock = Clock.fixed(Instant.ofEpochMilli(5_000), ZoneOffset.UTC);
        List<AuditEventRow> sent = new CopyOnWriteArrayList<>();
        progress.events.of("cycle-1").subscribe().with(sent::add);

        progress.note(RUN, new SolveNote(Duration.ofMillis(23_400), "a plan of the needs by priority is ready"));
        progress.note(RUN, new SolveNote(Duration.ofMillis(23_600), "the LP is stopped"));

        assertThat(sent).hasSize(2).allMatch(event -> event.type().equals("solver-progress") && event.seq() == 0);
        assertThat(sent.get(0).payload()).contains("\"run\":\"run-1\"").contains("\"round\":2")
                .contains("\"note\":{\"text\":\"a plan of the needs by priority is ready\",\"elapsedMillis\":23400}");
        assertThat(progress.noteOf("run-1")).contains(new RoundBodies.Note("the LP is stopped", 23_600));
        assertThat(progress.noteOf("run-2")).isEmpty();
    }
}
