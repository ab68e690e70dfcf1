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
import java.util.function.BooleanSupplier;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.lp.LpOptions;
import org.veche.planner.lp.LpSolution;
import org.veche.planner.lp.LpStatus;

/**
 * Makes the LP plan whole: fixes every discrete choice (whole units, minimum runs switched on or
 * off) and re-solves the LP with those lines fixed, so the continuous lines rebalance around them.
 * Tries three roundings, keeps the best by the score, then flips one undecided choice at a time
 * (re-solving each time) while it improves and time remains.
 */
final class DiscreteRepairCommand implements PhaseCommand<ProductionPlan> {

    /** A re-solve can push a free minimum-run line below its minimum; fix those and solve again. */
    private static final int MAX_RESOLVES = 5;

    private final LinearProgram lp;
    private final LpOptions options;

    private record Trial(Map<TechnologyRef, Double> fixed, Map<TechnologyRef, Double> production,
            BendableBigDecimalScore score) {}

    DiscreteRepairCommand(LinearProgram lp, LpOptions options) {
        this.lp = lp;
        this.options = options;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<ProductionPlan> director, BooleanSupplier isPhaseTerminated) {
        List<ProductionLine> discrete = director.getWorkingSolution().lines().stream()
                .filter(ProductionLine::discrete).toList();
        if (discrete.isEmpty()) {
            return;
        }
        Map<TechnologyRef, Double> relaxed = ProductionLoad.snapshot(discrete);
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
        best = flipUndecided(director, discrete, relaxed, best.get(), isPhaseTerminated);
        ProductionLoad.load(director, best.get().production());
    }

    private Optional<Trial> flipUndecided(ScoreDirector<ProductionPlan> director, List<ProductionLine> discrete,
            Map<TechnologyRef, Double> relaxed, Trial start, BooleanSupplier isPhaseTerminated) {
        Trial best = start;
        List<ProductionLine> undecided = discrete.stream()
                .filter(line -> !Rounding.settled(line, relaxed.get(line.ref())))
                .sorted(Comparator.comparingDouble(line -> closenessToHalf(line, relaxed.get(line.ref()))))
                .toList();
        for (ProductionLine line : undecided) {
            if (isPhaseTerminated.getAsBoolean()) {
                break;
            }
            Map<TechnologyRef, Double> fixed = new HashMap<>(best.fixed());
            fixed.put(line.ref(), flip(line, best.production().get(line.ref()), relaxed.get(line.ref())));
            Optional<Trial> trial = attempt(director, fixed);
            if (trial.isPresent() && trial.get().score().compareTo(best.score()) > 0) {
                best = trial.get();
            }
        }
        return Optional.of(best);
    }

    /** The other side of the rounding: off↔on for a minimum run, one unit toward the relaxed value otherwise. */
    private static double flip(ProductionLine line, double current, double relaxed) {
        double min = line.technology().minOutput();
        if (line.minimumRun() && current == 0) {
            return line.integral() ? Math.max(min, Math.ceil(relaxed)) : Double.NaN;
        }
        if (line.minimumRun() && (!line.integral() || current - 1 < min)) {
            return 0;
        }
        double step = current > relaxed ? -1 : 1;
        return Math.max(0, Math.min(line.technology().maxOutput(), current + step));
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
