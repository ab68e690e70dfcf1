package org.veche.api.store;

/**
 * One event of a cycle's append-only log. {@code hash} = SHA-256 over the previous hash and this
 * event's fields (with the payload's digest), so changing any stored event breaks the chain there.
 */
public record AuditEventRow(
        String cycleId,
        int seq,
        String actor,
        long occurredAt,
        String type,
        String payload,
        String payloadDigest,
        String previousHash,
        String hash) {}
