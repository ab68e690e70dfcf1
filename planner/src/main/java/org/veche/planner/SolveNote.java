package org.veche.planner;

import java.time.Duration;
import java.util.Objects;

/**
 * What a long solve has ready while its LP still runs, in words for the person waiting, {@code elapsed}
 * into the solve: a plan of the needs by priority solved beside the LP, a whole plan of the
 * essential needs, the LP stopped. Unlike {@link Progress} it is not the plan Timefold holds: it is
 * what the solve will fall back on if the LP does not end in time.
 */
public record SolveNote(Duration elapsed, String text) {

    public SolveNote {
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(text, "text");
    }
}
