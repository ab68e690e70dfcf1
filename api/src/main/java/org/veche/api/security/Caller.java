package org.veche.api.security;

import java.util.Optional;

/** Who sent a request: the planner, one assembly of the cycle, or anyone (no token). */
public record Caller(Kind kind, Optional<String> assemblyId) {

    public enum Kind { PLANNER, ASSEMBLY, ANYONE }

    public static final Caller PLANNER = new Caller(Kind.PLANNER, Optional.empty());
    public static final Caller ANYONE = new Caller(Kind.ANYONE, Optional.empty());

    public static Caller assembly(String id) {
        return new Caller(Kind.ASSEMBLY, Optional.of(id));
    }

    /** How the audit log names the caller: {@code planner}, {@code assembly:<id>} or {@code anyone}. */
    public String actor() {
        return switch (kind) {
            case PLANNER -> "planner";
            case ASSEMBLY -> "assembly:" + assemblyId.orElseThrow();
            case ANYONE -> "anyone";
        };
    }
}
