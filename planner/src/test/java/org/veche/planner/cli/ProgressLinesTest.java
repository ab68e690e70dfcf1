package org.veche.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.veche.model.check.PlanScore;
import org.veche.planner.Progress;
import org.veche.planner.SolveNote;

class ProgressLinesTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ProgressLines lines = new ProgressLines("veche solve", new PrintStream(bytes, true, StandardCharsets.UTF_8));

    @Test
    void eachLineSaysWhenTheBetterPlanCameWhetherItIsFeasibleAndItsNeeds() {
        lines.accept(progress(0.4, false, 0));
        lines.accept(progress(45.25, true, 1067978.4));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "veche solve: 0.4 s: better plan, not yet feasible, needs 0.00000",
                "veche solve: 45.3 s: better plan, feasible, needs 1.06798e+06");
    }

    @Test
    void betterPlansWithinTwoSecondsOfTheLastLineShownAreNotShown() {
        lines.accept(progress(10.0, true, 1));
        lines.accept(progress(10.5, true, 2));
        lines.accept(progress(11.9, true, 3));
        lines.accept(progress(12.0, true, 4));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).extracting(line -> line.substring(line.lastIndexOf(' ') + 1))
                .containsExactly("1.00000", "4.00000");
    }

    @Test
    void afterThirtySecondsWithoutALineItSaysTheSolveGoesOnAndHowMuchOfTheLimitIsGone() {
        Duration limit = Duration.ofSeconds(300);
        lines.accept(progress(2.0, true, 0));
        lines.stillSolving(Duration.ofSeconds(25), limit);
        lines.stillSolving(Duration.ofSeconds(32), limit);
        lines.stillSolving(Duration.ofSeconds(37), limit);
        lines.stillSolving(Duration.ofSeconds(62), limit);

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "veche solve: 2.0 s: better plan, feasible, needs 0.00000",
                "veche solve: 32.0 s of 300.0 s: still solving, no better plan since the last line",
                "veche solve: 62.0 s of 300.0 s: still solving, no better plan since the last line");
    }

    @Test
    void aNoteIsWrittenAsItComesAndCountsAsALineForTheQuietTime() {
        Duration limit = Duration.ofSeconds(60);
        lines.note(new SolveNote(Duration.ofMillis(23_400), "a plan of the needs by priority is ready beside the LP"));
        lines.stillSolving(Duration.ofSeconds(50), limit);
        lines.stillSolving(Duration.ofSeconds(54), limit);

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "veche solve: 23.4 s: a plan of the needs by priority is ready beside the LP",
                "veche solve: 54.0 s of 60.0 s: still solving, no better plan since the last line");
    }

    private static Progress progress(double seconds, boolean feasible, double needs) {
        return new Progress(new PlanScore(feasible, feasible ? 0 : -1, needs, 0, 0, 0, 0, 0, 0),
                Duration.ofMillis(Math.round(seconds * 1000)));
    }
}
