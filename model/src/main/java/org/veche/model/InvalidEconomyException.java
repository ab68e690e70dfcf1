package org.veche.model;

import java.util.List;
import java.util.stream.Collectors;

/** An economy that breaks its invariants, with every violation at once. */
public final class InvalidEconomyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public InvalidEconomyException(List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An invalid economy has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return violations.size() + " problem(s) in the economy:\n"
                + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
    }
}
