package org.veche.model;

import java.util.Objects;

/**
 * One broken rule, with the path of the bad value in the exchange format, e.g.
 * {@code collectives[3].technologies[0].inputs.flour}.
 */
public record Violation(String path, String message) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
