package org.veche.api.store;

/** Why a local's need is not fully served, in words the local understands. */
public record ExplanationRow(String localId, String product, String priority, String text) {}
