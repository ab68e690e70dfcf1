package org.veche.planner.lp;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;

/**
 * How to solve the continuous plan. {@code fixedProduction} pins some technologies to a quantity and
 * {@code minimumProduction} makes others produce at least a quantity (both used by the discrete
 * repair: whole units, minimum runs switched on); {@code stability} is the previous round's
 * accepted slices. {@code needStages} asks for the needs solved priority by priority on a second
 * core beside the whole level ({@link NeedStages}), so that a time limit that ends the whole level
 * early still leaves a plan; {@link LpPhase} uses them only where they pay (large economies, nothing
 * pinned, a second core). {@code stop} lets another thread end the phase early ({@link LpStop}).
 * {@code notes} hears, in words for the person waiting, what the work beside the whole level has
 * ready (a stage's plan), while the level itself still runs.
 */
public record LpOptions(Duration timeLimit, Map<TechnologyRef, Double> fixedProduction,
        Map<TechnologyRef, Double> minimumProduction, StabilityReference stability, boolean needStages, LpStop stop,
        Consumer<String> notes) {

    public static final LpOptions DEFAULT =
            new LpOptions(Duration.ofMinutes(5), Map.of(), Map.of(), StabilityReference.NONE, false, LpStop.NEVER,
                    note -> {});

    public LpOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        fixedProduction = Map.copyOf(fixedProduction);
        minimumProduction = Map.copyOf(minimumProduction);
        Objects.requireNonNull(stability, "stability");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(notes, "notes: use note -> {} to ignore them");
    }

    public LpOptions withFixedProduction(Map<TechnologyRef, Double> value) {
        return new LpOptions(timeLimit, value, minimumProduction, stability, needStages, stop, notes);
    }

    public LpOptions withMinimumProduction(Map<TechnologyRef, Double> value) {
        return new LpOptions(timeLimit, fixedProduction, value, stability, needStages, stop, notes);
    }

    public LpOptions withTimeLimit(Duration value) {
        return new LpOptions(value, fixedProduction, minimumProduction, stability, needStages, stop, notes);
    }

    public LpOptions withStability(StabilityReference value) {
        return new LpOptions(timeLimit, fixedProduction, minimumProduction, value, needStages, stop, notes);
    }

    public LpOptions withNeedStages(boolean value) {
        return new LpOptions(timeLimit, fixedProduction, minimumProduction, stability, value, stop, notes);
    }

    public LpOptions withStop(LpStop value) {
        return new LpOptions(timeLimit, fixedProduction, minimumProduction, stability, needStages, value, notes);
    }

    public LpOptions withNotes(Consumer<String> value) {
        return new LpOptions(timeLimit, fixedProduction, minimumProduction, stability, needStages, stop, value);
    }
}
