package org.veche.planner;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.veche.model.plan.StabilityReference;

/**
 * How to solve: the time limit of the whole solve, the plan's score analysis included (work that
 * cannot be interrupted, like building the LP of a huge economy, may overrun it), the
 * previous round's accepted slices, who to tell about each new best plan, and who to tell what the
 * work beside a long LP has ready ({@link SolveNote}).
 */
public record SolveOptions(Duration timeLimit, StabilityReference stability, Consumer<Progress> progress,
        Consumer<SolveNote> notes) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    public SolveOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive, was " + timeLimit + ". Try PT30S.");
        }
        Objects.requireNonNull(stability, "stability: use StabilityReference.NONE");
        Objects.requireNonNull(progress, "progress: use p -> {} to ignore progress");
        Objects.requireNonNull(notes, "notes: use n -> {} to ignore them");
    }

    public SolveOptions(Duration timeLimit, StabilityReference stability, Consumer<Progress> progress) {
        this(timeLimit, stability, progress, note -> {});
    }

    public SolveOptions(Duration timeLimit, StabilityReference stability) {
        this(timeLimit, stability, progress -> {});
    }

    public static SolveOptions defaults() {
        return new SolveOptions(DEFAULT_TIME_LIMIT, StabilityReference.NONE);
    }

    public SolveOptions withProgress(Consumer<Progress> value) {
        return new SolveOptions(timeLimit, stability, value, notes);
    }

    public SolveOptions withNotes(Consumer<SolveNote> value) {
        return new SolveOptions(timeLimit, stability, progress, value);
    }
}
