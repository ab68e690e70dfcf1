package org.veche.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How much a local needs something. Weighted, not strictly ordered: see SPEC §3. */
public enum Priority {
    ESSENTIAL,
    IMPORTANT,
    DESIRED;

    /** The lower-case name used in files and the API: {@code essential}, {@code important}, {@code desired}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Priority> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }
}
