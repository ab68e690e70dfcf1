package org.veche.planner.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which column of {@code labour.csv} gives each sector's hours. See {@link SectorHours}. */
public enum LabourSource {
    /** Hours if the table has them, else persons × annual hours, else compensation ÷ wage. */
    AUTO,
    /** A {@code hours_*} column, preferring hours of all persons engaged over employees' hours only. */
    HOURS,
    /** Persons employed × the stated annual hours per person. */
    PERSONS,
    /** Compensation of employees ÷ the stated hourly wage. */
    COMPENSATION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LabourSource parse(String text) {
        return Arrays.stream(values()).filter(s -> s.id().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown labour source '" + text + "'; use one of "
                        + Arrays.stream(values()).map(LabourSource::id).collect(Collectors.joining(", ")) + "."));
    }
}
