package org.veche.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A cycle's policy: the working-time cap H per member, an optional emission cap E and the priority
 * weights W.
 */
public record Policy(double maxHoursPerMember, OptionalDouble emissionCap, PriorityWeights priorityWeights) {

    public Policy {
        Objects.requireNonNull(emissionCap, "emissionCap: use OptionalDouble.empty() for no cap");
        Objects.requireNonNull(priorityWeights, "priorityWeights");
    }

    public static Policy of(double maxHoursPerMember) {
        return new Policy(maxHoursPerMember, OptionalDouble.empty(), PriorityWeights.DEFAULT);
    }

    public Policy withMaxHoursPerMember(double hours) {
        return new Policy(hours, emissionCap, priorityWeights);
    }

    public Policy withEmissionCap(OptionalDouble cap) {
        return new Policy(maxHoursPerMember, cap, priorityWeights);
    }

    public Policy withPriorityWeights(PriorityWeights weights) {
        return new Policy(maxHoursPerMember, emissionCap, weights);
    }
}
