package org.veche.planner.solver;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.veche.model.plan.TechnologyRef;

/**
 * Makes an approximate plan — PDLP's ({@code lp.FirstOrderNeeds}), which breaks bounds, balances
 * and working time a little, or HiGHS's interior point's ({@code lp.InteriorNeeds}), which meets them
 * to about 1e-8 but may leave no hours to round whole units up with — whole and feasible: every line clamped into [0, maxOutput], each
 * collective over its hours scaled down to them, every line then backed off by a fraction θ, and
 * the result rounded by covering shortfalls upwards ({@link CoveringRounding}).
 *
 * <p>Why the back-off: a near-optimal plan uses nearly every collective's hours, so a shortfall
 * (PDLP's own, or a whole-unit line rounded down) can rarely be covered by raising a maker; it is
 * then cut from the product's users, and a cut grows as it travels (freeing δ of an input that a
 * user needs a per unit costs δ/a of the user's own product), so on the popular input structure
 * the cuts ran round the cycles and the plan went to zero (5,000 and 20,000 products, PDLP at a
 * relative 1e-3). Backing off by θ leaves θ of every collective's hours for the raises, at a cost of
 * about θ of the needs. θ starts at {@link #FIRST}; a plan that keeps less than {@link #KEEPS} of
 * the clamped plan's needs (a cascade) is tried again backed off further until one keeps it; one
 * that keeps it is tried again backed off less while that serves more; the best is kept. Measured
 * at 20,000 popular discrete products (seed 1): from PDLP at a relative 3e-3 (1,060,770 needs as it
 * stood) θ 0 and 3e-3 gave 0, 1e-2 gave 1,058,784; after 15 s of PDLP (1,021,614) θ 0 gave
 * 1,022,623 and 1e-2 1,021,475; after 38 s (1,057,060) 1e-2 gave 1,056,124, 1e-3 1,054,441 and 0
 * 1,048,613 (0.8 s each).
 */
final class BackedOffCovering {

    /** The first back-off tried. */
    static final double FIRST = 1e-2;

    /** Backed off further, as far as this, while the covering cascades. */
    private static final double[] FURTHER = {3e-2, 1e-1, 3e-1};

    /**
     * Backed off less, while it does not. 3e-3 since session 16: at 20,000 popular discrete products
     * an interior point near the optimum cascades backed off by 1e-3 (seed 1 at 60 s: cut short;
     * backed off by 3e-3 with the cut lifted, to nothing in 2.8 s) and loses 0.03–0.1 % backed off
     * by 1e-2, where 3e-3 kept 0.018 % more on seed 2 at 60 s and 0.005 % more on seed 1 at 30 s.
     * Tried after it and left out: raising the continuous lines back toward the clamped plan where
     * free hours and inputs made beyond their demand allow (no need loses): +0.003 % on seed 1 at
     * 60 s, +0.001 % elsewhere, for 0.5 s (the input cycles hold it back).
     */
    private static final double[] LESS = {3e-3, 1e-3, 0};

    /** A covering backed off less may take this many times as long as the first before it is cut short. */
    static final long LESS_PER_FIRST = 3;

    /** A covered plan that keeps less than this share of the clamped plan's needs has cascaded. */
    static final double KEEPS = 0.9;

    private final List<ProductionLine> lines;
    private final Map<TechnologyRef, Double> clamped;
    private final long deadlineNanos;
    private Map<TechnologyRef, Double> best;
    private double bestNeeds = -1;
    private final StringBuilder log = new StringBuilder();

    private BackedOffCovering(List<ProductionLine> lines, Map<TechnologyRef, Double> approximate, long deadlineNanos) {
        this.lines = lines;
        this.clamped = clamped(lines, approximate);
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * The best whole plan found from {@code approximate} (every technology's production; missing
     * ones 0): each line at a valid choice, within its capacity and its collective's hours, every
     * balance kept (unless {@link CoveringRounding} ran out of work; the caller's score tells).
     * Each covering counts only if done by {@code deadlineNanos} (System.nanoTime), the first by two
     * thirds of the time left, so that one backed off further may still fit after it: at 100,000
     * popular discrete products the first cascaded for 60 s where the next took 5 s. Empty if none was done
     * in time. The emission cap is not looked at.
     */
    static Optional<Map<TechnologyRef, Double>> plan(List<ProductionLine> lines, Map<TechnologyRef, Double> approximate,
            long deadlineNanos) {
        BackedOffCovering covering = new BackedOffCovering(lines, approximate, deadlineNanos);
        covering.search();
        if (Boolean.getBoolean("veche.repair.log")) {
            System.err.printf(Locale.ROOT, "veche: backed-off covering: %s%n", covering.log);
        }
        return Optional.ofNullable(covering.best);
    }

    private void search() {
        double raw = needs(lines, clamped);
        log.append(String.format(Locale.ROOT, "clamped plan %.1f;", raw));
        long now = System.nanoTime();
        Optional<Double> first = covers(FIRST, now + (deadlineNanos - now) / 3 * 2);
        long firstNanos = System.nanoTime() - now;
        boolean cascaded = first.isEmpty() || first.get() < KEEPS * raw;
        for (double theta : cascaded ? FURTHER : LESS) {
            double before = bestNeeds;
            // Backed off less, a covering that takes far longer than the first is cascading: cut it short
            // (100,000 popular discrete: θ 1e-3 cascaded for 56 s to nothing where 1e-2 had taken 4.8 s).
            long by = cascaded ? deadlineNanos : Math.min(deadlineNanos, System.nanoTime() + LESS_PER_FIRST * firstNanos);
            Optional<Double> needs = covers(theta, by);
            if (needs.isEmpty() || (cascaded ? needs.get() >= KEEPS * raw : needs.get() <= before)) {
                break; // out of time; further: the first that keeps; less: the first that serves no more
            }
        }
    }

    /**
     * Covers the plan backed off by {@code theta} by {@code deadlineNanos}: its needs, or empty if it
     * was not done by then.
     */
    private Optional<Double> covers(double theta, long deadlineNanos) {
        long start = System.nanoTime();
        Optional<Map<TechnologyRef, Double>> covered = CoveringRounding.planBy(lines,
                line -> clamped.getOrDefault(line.ref(), 0.0) * (1 - theta), deadlineNanos);
        double needs = covered.map(plan -> needs(lines, plan)).orElse(-1.0);
        String what = covered.isEmpty() ? "not done by the deadline" : String.format(Locale.ROOT, "needs %.1f", needs);
        log.append(String.format(Locale.ROOT, " θ %g: %s in %d ms;", theta, what, (System.nanoTime() - start) / 1_000_000));
        if (covered.isEmpty()) {
            return Optional.empty();
        }
        if (needs > bestNeeds) {
            best = covered.get();
            bestNeeds = needs;
        }
        return Optional.of(needs);
    }

    /** Every line's production in [0, maxOutput], each collective's scaled down to its hours cap. */
    private static Map<TechnologyRef, Double> clamped(List<ProductionLine> lines, Map<TechnologyRef, Double> approximate) {
        Map<TechnologyRef, Double> production = new HashMap<>(lines.size() * 2);
        Map<String, Double> hours = new HashMap<>();
        for (ProductionLine line : lines) {
            double x = approximate.getOrDefault(line.ref(), 0.0);
            x = Double.isFinite(x) ? Math.clamp(x, 0, line.technology().maxOutput()) : 0;
            production.put(line.ref(), x);
            hours.merge(line.collective().id(), x * line.technology().labourHours(), Double::sum);
        }
        Map<String, Double> caps = LineIndex.of(lines).hoursCaps();
        for (ProductionLine line : lines) {
            double used = hours.get(line.collective().id());
            double cap = caps.get(line.collective().id());
            if (used > cap) {
                production.merge(line.ref(), cap / used, (x, factor) -> x * factor);
            }
        }
        return production;
    }

    /**
     * The needs level of {@code production}: each product's net output (negative taken as none)
     * shared out fairly ({@link FairSharing}).
     */
    static double needs(List<ProductionLine> lines, Map<TechnologyRef, Double> production) {
        Map<String, Double> net = new HashMap<>();
        Map<String, ProductDemand> products = new LinkedHashMap<>();
        for (ProductionLine line : lines) {
            double x = production.getOrDefault(line.ref(), 0.0);
            products.putIfAbsent(line.output().id(), line.output());
            net.merge(line.output().id(), x, Double::sum);
            line.inputs().forEach(input -> net.merge(input.product().id(), -input.perUnit() * x, Double::sum));
        }
        return products.values().stream()
                .mapToDouble(product -> FairSharing.allocate(product, Math.max(0, net.getOrDefault(product.id(), 0.0))).needs())
                .sum();
    }
}
