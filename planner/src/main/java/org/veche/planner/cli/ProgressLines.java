package org.veche.planner.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import org.veche.planner.Progress;

/**
 * Tells a person at the terminal how a long solve is going: one line on standard error for each
 * better plan, at most one per {@link #GAP} of solve time (local search finds many), each with the
 * time since the solve started and the plan's feasibility and needs.
 */
final class ProgressLines implements Consumer<Progress> {

    static final Duration GAP = Duration.ofSeconds(2);

    private final String command;
    private final PrintStream err;
    private Duration lastShown;

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
        err.printf(Locale.ROOT, "%s: %.1f s: better plan, %s, needs %.6g%n", command,
                progress.elapsed().toMillis() / 1000.0,
                progress.best().feasible() ? "feasible" : "not yet feasible", progress.best().needs());
    }
}
