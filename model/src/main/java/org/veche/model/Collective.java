package org.veche.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A labour collective: a workplace's general assembly. {@code maxHoursPerMember} is its own cap
 * h_c; empty means the policy's. The cap in force is {@link #hoursCap(Policy)}.
 */
public record Collective(
        String id,
        String name,
        String region,
        int members,
        OptionalDouble maxHoursPerMember,
        List<Technology> technologies) {

    public Collective {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(maxHoursPerMember, "maxHoursPerMember: use OptionalDouble.empty()");
        technologies = List.copyOf(Objects.requireNonNull(technologies, "technologies"));
    }

    /** Hours per member in force: min(h_c, H). */
    public double hoursPerMemberCap(Policy policy) {
        double own = maxHoursPerMember.orElse(policy.maxHoursPerMember());
        return Math.min(own, policy.maxHoursPerMember());
    }

    /** The collective's working-time cap m_c·min(h_c, H). */
    public double hoursCap(Policy policy) {
        return members * hoursPerMemberCap(policy);
    }

    public Optional<Technology> technology(String productId) {
        return technologies.stream().filter(t -> t.product().equals(productId)).findFirst();
    }

    public Collective withMembers(int value) {
        return new Collective(id, name, region, value, maxHoursPerMember, technologies);
    }

    public Collective withMaxHoursPerMember(OptionalDouble value) {
        return new Collective(id, name, region, members, value, technologies);
    }

    public Collective withTechnologies(List<Technology> value) {
        return new Collective(id, name, region, members, maxHoursPerMember, value);
    }
}
