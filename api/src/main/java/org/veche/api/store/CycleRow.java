package org.veche.api.store;

/** A planning cycle as stored. {@code economy} is the current inputs as a veche.economy/1 document. */
public record CycleRow(
        String id,
        String name,
        String state,
        String economy,
        int maxRounds,
        double roundHours,
        double quorum,
        int currentRound,
        long createdAt) {}
