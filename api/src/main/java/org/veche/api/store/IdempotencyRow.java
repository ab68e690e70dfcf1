package org.veche.api.store;

import java.util.Optional;

/** The first answer given to a POST with an Idempotency-Key, replayed on retries. */
public record IdempotencyRow(
        String actor,
        String key,
        String route,
        String requestDigest,
        int status,
        String body,
        Optional<String> location,
        long createdAt) {}
