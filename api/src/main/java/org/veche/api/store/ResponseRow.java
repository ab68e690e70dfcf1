package org.veche.api.store;

import java.util.Optional;

/** One answer of an assembly to a round; {@code amendments} is a JSON array. */
public record ResponseRow(
        long id,
        String cycleId,
        int roundNumber,
        String assemblyId,
        String decision,
        String amendments,
        Optional<String> reason,
        long answeredAt,
        String actor) {}
