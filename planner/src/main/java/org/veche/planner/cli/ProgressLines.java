package org.veche.planner.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import org.veche.planner.Progress;
import org.veche.planner.SolveNote;

/**
 * Tells a person at the terminal how a long solve is going: one line on standard error for each
 * better plan, at most one per {@link #GAP} of solve time (local search finds many), each with the
 * time since the solve started and the plan's feasibility and needs; and when nothing was said for
 * {@link #QUIET} (the LP of a large economy runs minutes without a better plan), a line that the
 * solve is still running and how much of its time limit is gone ({@link #stillSolving}). What the
 * work beside a long LP has ready is written as it comes ({@link #note}).
 */
final class ProgressLines implements Consumer<Progress> {

    static final Duration GAP = Duration.ofSeconds(2);

    /** After this long without a line, {@link #stillSolving} says the solve goes on. */
    static final Duration QUIET = Duration.ofSeconds(30);

    private final String command;
    private final PrintStream err;
    private Duration lastShown;
    /** When any line was last written, better plan or not. */
    private Duration lastLine = Duration.ZERO;

    ProgressLines(String command, PrintStream err) {
        this.command = command;
        this.err = err;
    }

    @Override
    public synchronized void accept(Progress progress) {
        if (lastShown != null && progress.elapsed().minus(lastShown).compareTo(GAP) < 0) {
            return;
        }
        lastShown = progress.elapsed();
        lastLine = progress.elapsed();
        err.printf(Locale.ROOT, "%s: %.1f s: better plan, %s, needs %.6g%n", command,
                progress.elapsed().toMillis() / 1000.0,
                progress.best().feasible() ? "feasible" : "not yet feasible", progress.best().needs());
    }

    /** One line for {@code note}: what the solve would fall back on now, and when. */
    synchronized void note(SolveNote note) {
        lastLine = note.elapsed();
        err.printf(Locale.ROOT, "%s: %.1f s: %s%n", command, note.elapsed().toMillis() / 1000.0, note.text());
    }

    /**
     * Called every few seconds while the solve runs, {@code elapsed} into it: if nothing was written
     * for {@link #QUIET}, one line that it is still solving, of {@code limit}.
     */
    synchronized void stillSolving(Duration elapsed, Duration limit) {
        if (elapsed.minus(lastLine).compareTo(QUIET) < 0) {
            return;
        }
        lastLine = elapsed;
        err.printf(Locale.ROOT, "%s: %.1f s of %.1f s: still solving, no better plan since the last line%n", command,
                elapsed.toMillis() / 1000.0, limit.toMillis() / 1000.0);
    }
}
