package org.veche.api.store;

import java.util.Optional;

/**
 * A round of a cycle. {@code kind} is {@code proposal} (assemblies accept or amend) or {@code vote}
 * (the final yes/no vote on the last proposal). {@code economy} is the inputs it solved and
 * {@code stability} the slices accepted in the round before, as JSON.
 */
public record RoundRow(
        String cycleId,
        int number,
        String kind,
        String status,
        String economy,
        String stability,
        long openedAt,
        Optional<Long> deadline,
        Optional<Long> closedAt,
        Optional<String> outcome,
        Optional<String> proposalHash) {

    public static final String PROPOSAL = "proposal";
    public static final String VOTE = "vote";
    public static final String SOLVING = "solving";
    public static final String OPEN = "open";
    public static final String CLOSED = "closed";
    public static final String FAILED = "failed";

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    public boolean isVote() {
        return VOTE.equals(kind);
    }
}
