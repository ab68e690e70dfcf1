package org.veche.planner.io;

import java.util.Objects;

/** One row of {@code sectors.csv}: its position in every matrix and vector, its id and name. */
public record Sector(int index, String id, String name) {
    public Sector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
