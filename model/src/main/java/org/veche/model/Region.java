package org.veche.model;

import java.util.Objects;

public record Region(String id, String name) {
    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
