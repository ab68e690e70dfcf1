package org.veche.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A local: a community's general assembly, declaring its needs. */
public record Local(String id, String name, String region, long population, List<Need> needs) {

    public Local {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        needs = List.copyOf(Objects.requireNonNull(needs, "needs"));
    }

    public Optional<Need> need(String productId, Priority priority) {
        return needs.stream()
                .filter(n -> n.product().equals(productId) && n.priority() == priority)
                .findFirst();
    }

    public Local withNeeds(List<Need> value) {
        return new Local(id, name, region, population, value);
    }
}
