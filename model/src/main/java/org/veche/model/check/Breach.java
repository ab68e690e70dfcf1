package org.veche.model.check;

import java.util.Objects;

/**
 * One broken rule in a plan. {@code subject} names what breaks it, in the ids of the exchange
 * format: {@code collective/product} for a technology, {@code collective} for working time,
 * {@code product} for material balance, {@code local/product/priority} for a need,
 * {@code product/priority} for a fair-sharing group and {@code emissions} for the emission cap.
 * {@code size} is how far off the plan is, in the rule's natural unit (see {@link #unit()}).
 */
public record Breach(Rule rule, String subject, double size, String message) {

    public Breach {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        if (!(size >= 0)) {
            throw new IllegalArgumentException("A breach of " + rule + " at " + subject
                    + " has a size of 0 or more, was " + size);
        }
    }

    /** What {@link #size()} counts. */
    public String unit() {
        return switch (rule) {
            case PLAN_COVERAGE -> "plan entries";
            case WORKING_TIME -> "hours over the cap";
            case EMISSION_CAP -> "emission units over the cap";
            case CAPACITY, NEED_CAP -> "product units over the limit";
            case MINIMUM_RUN, MATERIAL_BALANCE -> "product units short";
            case NON_NEGATIVE -> "product units below zero";
            case INTEGRALITY -> "distance to the nearest whole number";
            case FAIR_SHARING -> "product units that would have to move between locals";
        };
    }

    @Override
    public String toString() {
        return rule + " at " + subject + ": " + message;
    }
}
