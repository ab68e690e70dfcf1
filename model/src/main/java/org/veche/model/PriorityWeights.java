package org.veche.model;

/** W_t of the `needs` score level. Defaults: essential 100, important 10, desired 1. */
public record PriorityWeights(double essential, double important, double desired) {

    public static final PriorityWeights DEFAULT = new PriorityWeights(100, 10, 1);

    public double of(Priority priority) {
        return switch (priority) {
            case ESSENTIAL -> essential;
            case IMPORTANT -> important;
            case DESIRED -> desired;
        };
    }
}
