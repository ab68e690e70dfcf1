package org.veche.api.store;

/** An assembly taking part in a cycle, with the SHA-256 of its bearer token (the token itself is never stored). */
public record AssemblyRow(String cycleId, String assemblyId, String kind, String tokenHash) {

    public static final String LOCAL = "local";
    public static final String COLLECTIVE = "collective";

    public boolean isLocal() {
        return LOCAL.equals(kind);
    }
}
