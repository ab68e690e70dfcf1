package org.veche.planner.exchange;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.veche.model.Violation;

/**
 * A file that cannot be read as a Veche exchange format, with every problem found at once: JSON
 * syntax, the {@code format} field, unknown fields, wrong types, missing or null values, numbers out
 * of range, and (for economies) the model's own rules.
 */
public final class FormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String format;
    private final List<Violation> violations;

    public FormatException(String format, List<Violation> violations) {
        super(describe(format, violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A format exception has at least one violation");
        }
        this.format = Objects.requireNonNull(format, "format");
        this.violations = List.copyOf(violations);
    }

    /** The format that was expected, e.g. {@code veche.economy/1}. */
    public String format() {
        return format;
    }

    /** Every problem, in the order found; each with the path of the bad value. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(String format, List<Violation> violations) {
        return violations.size() + (violations.size() == 1 ? " problem" : " problems") + " reading " + format
                + ":\n" + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
    }
}
