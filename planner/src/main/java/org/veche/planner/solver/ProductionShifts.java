package org.veche.planner.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Moves that keep a plan balanced. Each picks one line and a new output for it — a minimum run
 * switched off or on, one whole unit more or less, a small relative step for a divisible product —
 * and moves the suppliers of its largest inputs by the same requirement, so the change does not
 * simply starve or flood the products it uses. Discrete lines are picked more often: they are what
 * the LP could not decide. A third of the moves instead transfer output between two collectives
 * that make the same product (all of it, a part, or up to the accepted slice): that is how a plan
 * moves work between collectives and back to the slices a previous round accepted.
 */
public final class ProductionShifts implements MoveIteratorFactory<ProductionPlan, ProductionShift> {

    /** Inputs followed per move: enough for real recipes, bounded for dense input-output tables. */
    private static final int INPUTS_FOLLOWED = 12;
    private static final double[] STEPS = {0.001, 0.01, 0.05, 0.2};

    @Override
    public long getSize(ScoreDirector<ProductionPlan> director) {
        return director.getWorkingSolution().lines().size() * 4L;
    }

    @Override
    public Iterator<ProductionShift> createOriginalMoveIterator(ScoreDirector<ProductionPlan> director) {
        throw new UnsupportedOperationException("ProductionShifts only supports random selection.");
    }

    @Override
    public Iterator<ProductionShift> createRandomMoveIterator(ScoreDirector<ProductionPlan> director, Random random) {
        ProductionPlan plan = director.getWorkingSolution();
        List<ProductionLine> discrete = plan.lines().stream().filter(ProductionLine::discrete).toList();
        Map<ProductDemand, List<ProductionLine>> makers = new HashMap<>();
        plan.lines().forEach(line -> makers.computeIfAbsent(line.output(), p -> new ArrayList<>()).add(line));
        List<ProductionLine> shared = plan.lines().stream().filter(l -> makers.get(l.output()).size() > 1).toList();
        return Stream.generate(() -> !shared.isEmpty() && random.nextInt(3) == 0
                ? transfer(shared, makers, random)
                : shift(plan.lines(), discrete, makers, random)).iterator();
    }

    private static ProductionShift transfer(List<ProductionLine> shared, Map<ProductDemand, List<ProductionLine>> makers,
            Random random) {
        ProductionLine to = shared.get(random.nextInt(shared.size()));
        List<ProductionLine> others = makers.get(to.output()).stream().filter(l -> l != to).toList();
        ProductionLine from = others.get(random.nextInt(others.size()));
        double amount = switch (random.nextInt(3)) {
            case 0 -> from.quantity();
            case 1 -> from.quantity() * random.nextDouble();
            default -> to.accepted().orElse(to.quantity() + from.quantity()) - to.quantity();
        };
        amount = Math.min(amount, from.quantity());
        amount = Math.min(amount, to.technology().maxOutput() - to.quantity());
        if (to.integral()) {
            amount = Math.floor(amount);
        }
        Map<ProductionLine, Double> changes = new LinkedHashMap<>();
        changes.put(to, to.quantity() + Math.max(0, amount));
        changes.put(from, from.quantity() - Math.max(0, amount));
        return new ProductionShift(changes);
    }

    private static ProductionShift shift(List<ProductionLine> all, List<ProductionLine> discrete,
            Map<ProductDemand, List<ProductionLine>> makers, Random random) {
        boolean pickDiscrete = !discrete.isEmpty() && random.nextInt(4) != 0;
        List<ProductionLine> pool = pickDiscrete ? discrete : all;
        ProductionLine line = pool.get(random.nextInt(pool.size()));
        double target = target(line, random);
        Map<ProductionLine, Double> changes = new LinkedHashMap<>();
        changes.put(line, target);
        followInputs(line, target - line.quantity(), makers, random, changes);
        return new ProductionShift(changes);
    }

    private static double target(ProductionLine line, Random random) {
        double x = line.quantity();
        double min = line.technology().minOutput();
        double max = line.technology().maxOutput();
        double value;
        if (line.minimumRun() && (x == 0 || random.nextInt(3) == 0)) {
            value = x == 0 ? min : 0;
        } else if (line.integral()) {
            value = x + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(random.nextInt(3) == 0 ? 10 : 1));
        } else {
            double step = STEPS[random.nextInt(STEPS.length)] * Math.max(x, Math.max(min, 1));
            value = x + (random.nextBoolean() ? step : -step);
        }
        value = Math.max(0, Math.min(max, value));
        if (line.minimumRun() && value > 0 && value < min) {
            value = random.nextBoolean() ? 0 : min;
        }
        return value;
    }

    /** Moves one maker of each of the line's largest inputs by a·Δ (whole units for indivisible ones). */
    private static void followInputs(ProductionLine line, double delta, Map<ProductDemand, List<ProductionLine>> makers,
            Random random, Map<ProductionLine, Double> changes) {
        if (delta == 0) {
            return;
        }
        List<InputUse> inputs = line.inputs().stream()
                .sorted(Comparator.comparingDouble(InputUse::perUnit).reversed())
                .limit(INPUTS_FOLLOWED)
                .toList();
        for (InputUse input : inputs) {
            List<ProductionLine> candidates = makers.getOrDefault(input.product(), List.of());
            if (candidates.isEmpty()) {
                continue;
            }
            ProductionLine maker = candidates.get(random.nextInt(candidates.size()));
            double current = changes.getOrDefault(maker, maker.quantity());
            double need = input.perUnit() * delta;
            double value = current + (maker.integral() ? Math.signum(need) * Math.ceil(Math.abs(need)) : need);
            value = Math.max(0, Math.min(maker.technology().maxOutput(), value));
            if (maker.minimumRun() && value > 0 && value < maker.technology().minOutput()) {
                value = maker.technology().minOutput();
            }
            changes.put(maker, value);
        }
    }
}
