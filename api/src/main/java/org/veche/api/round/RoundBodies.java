package org.veche.api.round;

import java.util.List;

/** Request and response bodies of the round routes. */
public final class RoundBodies {

    private RoundBodies() {}

    /**
     * PUT …/responses/{assemblyId}. In a proposal round {@code decision} is accept or amend (amend
     * carries amendments); in the final-vote round it is accept (yes) or reject (no).
     */
    public record Answer(String decision, List<Amendment> amendments, String reason) {}

    /** The answer to POST …/rounds: the round being solved and its solver run. */
    public record Opened(int round, String status, SolverRun run) {}

    public record SolverRun(String id, int round, String status, Long queuedAt, Long startedAt, Long finishedAt,
            String message, Best best, Note note) {}

    /** The best plan a solve has found so far (while it runs, and after, until the server restarts). */
    public record Best(boolean feasible, double needs, double labourHours, double emissions, long elapsedMillis) {}

    /**
     * What the work beside a long LP last said it has ready (a plan of the needs by priority, a whole
     * plan of the essential needs, the LP stopped, an approximate plan of the LP), in words: what the run falls back on if its LP
     * does not end in time.
     */
    public record Note(String text, long elapsedMillis) {}

    /** The answer to POST …/close. */
    public record Closed(int round, String outcome, int nextRound) {}

    public record Recorded(int round, String assembly, String decision, long answeredAt, String etag) {}

    public static final String ACCEPT = "accept";
    public static final String AMEND = "amend";
    public static final String REJECT = "reject";
}
