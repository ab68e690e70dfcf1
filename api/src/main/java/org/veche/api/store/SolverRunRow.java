package org.veche.api.store;

import java.util.Optional;

/** One asynchronous solve of a round's proposal. */
public record SolverRunRow(
        String id,
        String cycleId,
        int roundNumber,
        String status,
        long queuedAt,
        Optional<Long> startedAt,
        Optional<Long> finishedAt,
        Optional<String> message) {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
}
