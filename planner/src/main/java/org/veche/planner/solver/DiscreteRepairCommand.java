package org.veche.planner.solver;

import ai.timefold.solver.core.api.score.buildin.bendablebigdecimal.BendableBigDecimalScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.lp.LpOptions;
import org.veche.planner.lp.LpSolution;
import org.veche.planner.lp.LpStatus;

/**
 * Makes the LP plan whole: fixes every discrete choice (whole units, minimum runs switched on or
 * off) and re-solves the LP with those lines fixed, so the continuous lines rebalance around them.
 * Tries three roundings, keeps the best by the score, then moves one choice at a time a step up or
 * down (re-solving each time) while that improves and time remains. The relaxed values come from the
 * LP phase's own result: Timefold may hand this phase the best plan so far rather than the LP plan
 * (the fractional LP plan is infeasible, so it never becomes best), and rounding that would round zeros.
 */
final class DiscreteRepairCommand implements PhaseCommand<ProductionPlan> {

    /** A re-solve can push a free minimum-run line below its minimum; fix those and solve again. */
    private static final int MAX_RESOLVES = 5;

    private final LinearProgram lp;
    private final LpOptions options;
    private final Supplier<Optional<LpSolution>> relaxation;

    private record Trial(Map<TechnologyRef, Double> fixed, Map<TechnologyRef, Double> production,
            BendableBigDecimalScore score) {}

    DiscreteRepairCommand(LinearProgram lp, LpOptions options, Supplier<Optional<LpSolution>> relaxation) {
        this.lp = lp;
        this.options = options;
        this.relaxation = relaxation;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<ProductionPlan> director, BooleanSupplier isPhaseTerminated) {
        List<ProductionLine> discrete = director.getWorkingSolution().lines().stream()
                .filter(ProductionLine::discrete).toList();
        if (discrete.isEmpty()) {
            return;
        }
        Map<TechnologyRef, Double> relaxed = relaxed(discrete);
        Optional<Trial> best = Optional.empty();
        for (Rounding rounding : Rounding.values()) {
            Optional<Trial> trial = attempt(director, round(discrete, relaxed, rounding));
            best = better(best, trial);
            if (isPhaseTerminated.getAsBoolean()) {
                break;
            }
        }
        if (best.isEmpty()) {
            // No rounding has a feasible continuous completion: leave the rounded plan to local search.
            Map<TechnologyRef, Double> nearest = round(discrete, relaxed, Rounding.NEAREST);
            nearest.values().removeIf(v -> v.isNaN());
            ProductionLoad.load(director, nearest);
            return;
        }
        Trial improved = improveStepwise(director, discrete, relaxed, best.get(), isPhaseTerminated);
        ProductionLoad.load(director, improved.production());
    }

    /** The LP phase's discrete values; the working plan's only when the LP phase left no solution. */
    private Map<TechnologyRef, Double> relaxed(List<ProductionLine> discrete) {
        Map<TechnologyRef, Double> values = ProductionLoad.snapshot(discrete);
        relaxation.get().filter(solution -> solution.status() != LpStatus.INFEASIBLE)
                .ifPresent(solution -> discrete.forEach(line ->
                        values.put(line.ref(), ProductionLoad.tidy(line, solution.production(line.ref())))));
        return values;
    }

    /**
     * Coordinate search: each discrete choice one step down and one step up (re-solving the rest),
     * keeping any improvement, pass after pass until a pass improves nothing. Undecided choices
     * (relaxed value halfway between two options) go first, as they matter most.
     */
    private Trial improveStepwise(ScoreDirector<ProductionPlan> director, List<ProductionLine> discrete,
            Map<TechnologyRef, Double> relaxed, Trial start, BooleanSupplier isPhaseTerminated) {
        Trial best = start;
        List<ProductionLine> order = discrete.stream()
                .sorted(Comparator.comparingDouble(line -> closenessToHalf(line, relaxed.get(line.ref()))))
                .toList();
        boolean improved = true;
        while (improved && !isPhaseTerminated.getAsBoolean()) {
            improved = false;
            for (ProductionLine line : order) {
                for (double step : new double[] {1, -1}) {
                    if (isPhaseTerminated.getAsBoolean()) {
                        return best;
                    }
                    OptionalDouble next = step(line, best.production().get(line.ref()), step);
                    if (next.isEmpty()) {
                        continue;
                    }
                    Map<TechnologyRef, Double> fixed = new HashMap<>(best.fixed());
                    fixed.put(line.ref(), next.getAsDouble());
                    Optional<Trial> trial = attempt(director, fixed);
                    if (trial.isPresent() && trial.get().score().compareTo(best.score()) > 0) {
                        best = trial.get();
                        improved = true;
                    }
                }
            }
        }
        return best;
    }

    /**
     * The neighbouring choice one step up or down: whole units move by one, a minimum run switches
     * on (at its minimum, or left free for a divisible product) or off. Empty when there is none.
     */
    private static OptionalDouble step(ProductionLine line, double current, double direction) {
        double min = line.technology().minOutput();
        boolean on = current > 0;
        if (!line.integral()) {
            if (!line.minimumRun() || (direction > 0) == on) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(direction > 0 ? Double.NaN : 0);
        }
        double next = Math.rint(current) + direction;
        if (line.minimumRun() && next > 0 && next < min) {
            next = direction > 0 ? min : 0;
        }
        if (next < 0 || next > line.technology().maxOutput()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(next);
    }

    /** 0 when the relaxed value sits halfway between the two choices: those are decided first. */
    private static double closenessToHalf(ProductionLine line, double relaxed) {
        if (line.minimumRun() && relaxed < line.technology().minOutput()) {
            return Math.abs(relaxed / line.technology().minOutput() - 0.5);
        }
        return Math.abs(relaxed - Math.floor(relaxed) - 0.5);
    }

    private static Map<TechnologyRef, Double> round(List<ProductionLine> discrete, Map<TechnologyRef, Double> relaxed,
            Rounding rounding) {
        Map<TechnologyRef, Double> fixed = new HashMap<>();
        discrete.forEach(line -> fixed.put(line.ref(), rounding.of(line, relaxed.get(line.ref()))));
        return fixed;
    }

    /** Re-solves with {@code fixed} (NaN = left free); empty when the LP has no completion. */
    private Optional<Trial> attempt(ScoreDirector<ProductionPlan> director, Map<TechnologyRef, Double> choices) {
        Map<TechnologyRef, Double> fixed = new HashMap<>(choices);
        Map<TechnologyRef, ProductionLine> lines = new HashMap<>();
        director.getWorkingSolution().lines().forEach(l -> lines.put(l.ref(), l));
        for (int round = 0; round < MAX_RESOLVES; round++) {
            Map<TechnologyRef, Double> pinned = new HashMap<>(fixed);
            pinned.values().removeIf(v -> v.isNaN());
            LpSolution solution = lp.solve(director.getWorkingSolution().economy(), options.withFixedProduction(pinned));
            if (solution.status() == LpStatus.INFEASIBLE) {
                return Optional.empty();
            }
            boolean settled = true;
            for (Map.Entry<TechnologyRef, Double> choice : fixed.entrySet()) {
                double value = solution.production().getOrDefault(choice.getKey(), 0.0);
                ProductionLine line = lines.get(choice.getKey());
                if (choice.getValue().isNaN() && !Rounding.settled(line, value)) {
                    choice.setValue(Rounding.NEAREST.of(line, value) == 0 ? 0.0 : line.technology().minOutput());
                    settled = false;
                }
            }
            if (settled) {
                ProductionLoad.load(director, solution.production());
                return Optional.of(new Trial(fixed, ProductionLoad.snapshot(director.getWorkingSolution().lines()),
                        score(director)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Trial> better(Optional<Trial> a, Optional<Trial> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return b.get().score().compareTo(a.get().score()) > 0 ? b : a;
    }

    @SuppressWarnings("unchecked")
    private static BendableBigDecimalScore score(ScoreDirector<ProductionPlan> director) {
        // The public ScoreDirector cannot score a trial; the inner one is the same director.
        return ((InnerScoreDirector<ProductionPlan, BendableBigDecimalScore>) director).calculateScore().raw();
    }
}
