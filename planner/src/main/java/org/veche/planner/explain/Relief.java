package org.veche.planner.explain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What would relieve a limit: {@code amount} more of {@code unit} at {@code subject} would serve
 * up to {@code shareGain} (a fraction, 0.05 = 5 points) more of the group. Estimated from the
 * needs level's duals: exact while the optimal basis stays the same, and an upper bound where the
 * relief is shared with other groups of equal marginal value. Without duals (a plan made from an
 * approximation of the LP) reckoned along the chain of short inputs instead: what the missing
 * quantity takes of the limit ({@code BindingTrace.requirement}).
 */
public record Relief(LimitKind kind, String subject, double amount, String unit, double shareGain) {
    public Relief {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * As the exchange formats write it: {@code kind} (its {@link LimitKind#id}), {@code subject},
     * {@code amount}, {@code unit}, {@code shareGain}.
     */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind.id());
        fields.put("subject", subject);
        fields.put("amount", amount);
        fields.put("unit", unit);
        fields.put("shareGain", shareGain);
        return fields;
    }
}
