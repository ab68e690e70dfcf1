package org.veche.planner.io;

import org.veche.model.Priority;

/** How a sector's household demand is split into essential, important and desired needs; sums to 1. */
public record PriorityShares(double essential, double important, double desired) {

    public PriorityShares {
        for (double share : new double[] {essential, important, desired}) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("Priority shares must be between 0 and 1, were "
                        + essential + "/" + important + "/" + desired + ".");
            }
        }
        if (Math.abs(essential + important + desired - 1) > 1e-9) {
            throw new IllegalArgumentException("Priority shares must add up to 1, were " + essential + "/"
                    + important + "/" + desired + " (sum " + (essential + important + desired) + ").");
        }
    }

    /** Parses {@code 0.6/0.25/0.15} (essential/important/desired). */
    public static PriorityShares parse(String text) {
        String[] parts = text.split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Priority shares look like 0.6/0.25/0.15 (essential/important/desired), got '"
                    + text + "'.");
        }
        try {
            return new PriorityShares(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Priority shares must be numbers like 0.6/0.25/0.15, got '" + text + "'.", e);
        }
    }

    public double of(Priority priority) {
        return switch (priority) {
            case ESSENTIAL -> essential;
            case IMPORTANT -> important;
            case DESIRED -> desired;
        };
    }

    @Override
    public String toString() {
        return essential + "/" + important + "/" + desired;
    }
}
