package org.veche.api.store;

/** A published proposal: immutable, numbered by its round, named by the SHA-256 of its document. */
public record ProposalRow(String cycleId, int roundNumber, String hash, String document, long createdAt) {}
