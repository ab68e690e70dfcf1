package org.veche.api.store;

import java.util.Optional;

/** A delegate's mandate to answer for an assembly in rounds fromRound..toRound; instructions as JSON. */
public record MandateRow(
        String id,
        String cycleId,
        String assemblyId,
        String tokenHash,
        int fromRound,
        int toRound,
        String instructions,
        long createdAt,
        Optional<Long> revokedAt) {

    public boolean covers(int round) {
        return revokedAt.isEmpty() && round >= fromRound && round <= toRound;
    }
}
