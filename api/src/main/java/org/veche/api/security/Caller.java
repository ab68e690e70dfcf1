package org.veche.api.security;

import java.util.Optional;

/**
 * Who sent a request: the planner, one assembly of the cycle, a delegate answering for an assembly
 * under a mandate, or anyone (no token).
 */
public record Caller(Kind kind, Optional<String> assemblyId, Optional<String> mandateId) {

    public enum Kind { PLANNER, ASSEMBLY, DELEGATE, ANYONE }

    public static final Caller PLANNER = new Caller(Kind.PLANNER, Optional.empty(), Optional.empty());
    public static final Caller ANYONE = new Caller(Kind.ANYONE, Optional.empty(), Optional.empty());

    public static Caller assembly(String id) {
        return new Caller(Kind.ASSEMBLY, Optional.of(id), Optional.empty());
    }

    public static Caller delegate(String assemblyId, String mandateId) {
        return new Caller(Kind.DELEGATE, Optional.of(assemblyId), Optional.of(mandateId));
    }

    /**
     * How the audit log names the caller: {@code planner}, {@code assembly:<id>},
     * {@code delegate:<mandate>:assembly:<id>} or {@code anyone}.
     */
    public String actor() {
        return switch (kind) {
            case PLANNER -> "planner";
            case ASSEMBLY -> "assembly:" + assemblyId.orElseThrow();
            case DELEGATE -> "delegate:" + mandateId.orElseThrow() + ":assembly:" + assemblyId.orElseThrow();
            case ANYONE -> "anyone";
        };
    }
}
