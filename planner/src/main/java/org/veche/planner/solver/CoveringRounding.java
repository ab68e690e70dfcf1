package org.veche.planner.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.veche.model.plan.TechnologyRef;

/**
 * Rounds an LP plan into a whole one without a re-solve, by covering shortfalls upwards. Every
 * discrete line goes down first (whole quantities floored, a minimum run not reached switched off);
 * then each product whose net output falls short — of what its users take, or of what it delivered
 * in the LP plan — is covered by raising its makers: the lines already producing first, continuous
 * ones before whole-unit ones before minimum runs switched on, each as far as its capacity and its
 * collective's hours allow, whatever that takes from its own inputs: a raise that leaves an input
 * short puts that input on the list in turn. The economy is productive (a unit needs less than a
 * unit of inputs round any cycle), so these raises shrink as they travel and the list empties. What
 * no maker can cover is first given up from the product's deliveries; only a shortfall of what its
 * users take is cut from them, first from what was raised here, then below where the rounding left
 * them, and a line cut is never raised again. If the work allowed ({@link #WORK_PER_PRODUCT} per
 * product) runs out, only cuts follow.
 *
 * <p>{@link ConsistentRounding#plan} raises a maker only as far as its inputs can spare one step
 * ahead, and then cuts; on the popular input structure that cut runs round the input cycles to
 * zero. From the essential needs alone at 20,000 popular discrete products (their LP plan: 941,753
 * and 942,655 needs, seeds 2 and 1) this rounding keeps 944,483 and 944,577 in 1.5 s: more than the
 * LP plan, since the deliveries are covered upwards on hours the essential plan left idle (without
 * covering the deliveries: 916,480 and 916,292); the other: 0 for both. From the whole relaxation at
 * 20,000 tiered products 1,057,056 where the other keeps 1,060,459 (the bound 1,064,229), so the
 * repair tries both. The emission cap is not looked at: the caller scores the plan.
 */
final class CoveringRounding {

    /** Relative shortfall below which a product counts as covered (feasibility allows 1e-6). */
    private static final double TOLERANCE = 1e-7;

    /** How many shortfalls per product may be worked on before only cuts follow. */
    private static final int WORK_PER_PRODUCT = 50;

    /** How many products are worked on between looks at the clock. */
    private static final int CLOCK_EVERY = 1_024;

    private final List<ProductionLine> lines;
    private final double[] quantity;
    /** Lines cut here: never raised again, so raising and cutting cannot chase each other. */
    private final boolean[] cut;
    private final Map<String, List<Integer>> makers;
    private final Map<String, List<Integer>> users;
    private final Map<String, Double> net = new HashMap<>();
    private final Map<String, Double> hoursLeft;
    /** What each product delivered in the LP plan (its net output there), kept while makers can cover it. */
    private final Map<String, Double> reserve = new HashMap<>();
    /** Each line's quantity once rounded down: raises above it are taken back before any cut below it. */
    private final double[] base;
    private int raises;
    private int cuts;

    private CoveringRounding(List<ProductionLine> lines, ToDoubleFunction<ProductionLine> value) {
        this.lines = List.copyOf(lines);
        this.quantity = new double[lines.size()];
        this.cut = new boolean[lines.size()];
        this.base = new double[lines.size()];
        LineIndex index = LineIndex.of(this.lines);
        this.makers = index.makers();
        this.users = index.users();
        this.hoursLeft = new HashMap<>(index.hoursCaps());
        for (int i = 0; i < lines.size(); i++) {
            ProductionLine line = lines.get(i);
            double x = Math.clamp(value.applyAsDouble(line), 0, line.technology().maxOutput());
            move(i, x, null);
        }
        net.forEach((product, left) -> reserve.put(product, Math.max(0, left)));
        for (int i = 0; i < lines.size(); i++) {
            ProductionLine line = lines.get(i);
            if (line.discrete()) {
                move(i, down(line, quantity[i]), null);
            }
            base[i] = quantity[i];
        }
    }

    /**
     * Every line's quantity: the discrete ones at valid choices, all balances covered (unless even
     * the cuts ran out of work; the caller's score tells), capacities and hours kept.
     */
    static Map<TechnologyRef, Double> plan(List<ProductionLine> lines, ToDoubleFunction<ProductionLine> value) {
        return planBy(lines, value, System.nanoTime() + Long.MAX_VALUE / 2).orElseThrow(); // no deadline
    }

    /**
     * As {@link #plan}, or empty if the covering is not done by {@code deadlineNanos}
     * (System.nanoTime): a covering whose cuts cascade takes several times as long as one that
     * does not (5.6 s against 0.7 s at 20,000 products).
     */
    static Optional<Map<TechnologyRef, Double>> planBy(List<ProductionLine> lines, ToDoubleFunction<ProductionLine> value,
            long deadlineNanos) {
        CoveringRounding rounding = new CoveringRounding(lines, value);
        if (!rounding.cover(rounding.shortProducts(), deadlineNanos)) {
            return Optional.empty();
        }
        return Optional.of(rounding.production("covering rounding"));
    }

    private LinkedHashSet<String> shortProducts() {
        LinkedHashSet<String> work = new LinkedHashSet<>();
        net.keySet().stream().filter(this::isShort).forEach(work::add);
        return work;
    }

    private Map<TechnologyRef, Double> production(String what) {
        Map<TechnologyRef, Double> production = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            production.put(lines.get(i).ref(), quantity[i]);
        }
        if (Boolean.getBoolean("veche.repair.log")) {
            long stillShort = net.keySet().stream().filter(this::isShort).count();
            System.err.printf(java.util.Locale.ROOT, "veche: %s: %d raises, %d cuts, %d products still short%n",
                    what, raises, cuts, stillShort);
        }
        return production;
    }

    /**
     * The choices of {@code production} (from {@link #plan}) as the dive's decisions: whole
     * quantities and lines off fixed, a minimum run switched on of a divisible product kept at or
     * above its minimum. The plan itself lies within them, so an LP re-solve pinned to them is never
     * refused.
     */
    static Map<TechnologyRef, DiscreteDive.Decision> decisions(List<ProductionLine> lines,
            Map<TechnologyRef, Double> production) {
        Map<TechnologyRef, DiscreteDive.Decision> decisions = new HashMap<>();
        for (ProductionLine line : lines) {
            if (line.discrete()) {
                double x = production.getOrDefault(line.ref(), 0.0);
                decisions.put(line.ref(), line.integral() || x == 0
                        ? DiscreteDive.Decision.fixed(x) : DiscreteDive.Decision.on(line));
            }
        }
        return decisions;
    }

    /**
     * Covers the products in {@code work} and those their moves leave short; if the work allowed
     * runs out first, the rest by cuts alone. False if {@code deadlineNanos} (System.nanoTime)
     * passed first (looked at every {@link #CLOCK_EVERY} products).
     */
    private boolean cover(LinkedHashSet<String> work, long deadlineNanos) {
        int budget = WORK_PER_PRODUCT * Math.max(1, net.size());
        while (!work.isEmpty() && budget-- > 0) {
            if (budget % CLOCK_EVERY == 0 && System.nanoTime() - deadlineNanos > 0) {
                return false;
            }
            String product = work.removeFirst();
            if (isShort(product)) {
                raiseMakers(product, work);
            }
            if (isShort(product)) {
                giveUpReserve(product);
            }
            if (isShort(product)) {
                cutUsers(product, work);
            }
        }
        // Out of work: cuts alone, which only go down, so they end.
        work.addAll(shortProducts());
        budget = WORK_PER_PRODUCT * Math.max(1, net.size());
        while (!work.isEmpty() && budget-- > 0) {
            if (budget % CLOCK_EVERY == 0 && System.nanoTime() - deadlineNanos > 0) {
                return false;
            }
            String product = work.removeFirst();
            giveUpReserve(product);
            if (isShort(product)) {
                cutUsers(product, work);
            }
        }
        return true;
    }

    /** Lowers {@code product}'s reserve by what is still short, as far as it goes. */
    private void giveUpReserve(String product) {
        double kept = reserve.getOrDefault(product, 0.0);
        if (kept > 0) {
            reserve.put(product, Math.max(0, kept - shortfall(product)));
        }
    }

    /** How much more {@code product}'s users and its kept deliveries take than its makers make; 0 if none. */
    private double shortfall(String product) {
        return Math.max(0, reserve.getOrDefault(product, 0.0) - net.getOrDefault(product, 0.0));
    }

    /** Down: floor for whole units, off for a minimum run not reached. */
    private static double down(ProductionLine line, double x) {
        double to = line.integral() ? Math.floor(x + DiscreteDive.WHOLE) : x;
        return line.minimumRun() && Quantities.exceeds(smallestRun(line), to) ? 0 : to;
    }

    /** The least a minimum run switched on makes: its minimum, in whole units if the product is indivisible. */
    private static double smallestRun(ProductionLine line) {
        double min = line.technology().minOutput();
        return line.integral() ? Math.ceil(min - Quantities.TOLERANCE * Math.max(1, min)) : min;
    }

    private boolean isShort(String product) {
        return net.getOrDefault(product, 0.0) - reserve.getOrDefault(product, 0.0)
                < -TOLERANCE * Math.max(1, produced(product));
    }

    private double produced(String product) {
        double produced = 0;
        for (int i : makers.getOrDefault(product, List.of())) {
            produced += quantity[i];
        }
        return produced;
    }

    /** Raises {@code product}'s makers ({@link #raiseOrder}) towards its shortfall. */
    private void raiseMakers(String product, LinkedHashSet<String> work) {
        List<Integer> candidates = new ArrayList<>(makers.getOrDefault(product, List.of()));
        candidates.sort(Comparator.comparingInt(this::raiseOrder));
        for (int i : candidates) {
            double shortfall = shortfall(product);
            if (shortfall <= 0) {
                return;
            }
            if (cut[i]) {
                continue;
            }
            ProductionLine line = lines.get(i);
            double labour = line.technology().labourHours();
            double room = labour > 0 ? Math.max(0, hoursLeft.get(line.collective().id())) / labour
                    : Double.POSITIVE_INFINITY;
            double max = Math.min(line.technology().maxOutput(), quantity[i] + room);
            double wanted = quantity[i] + shortfall;
            if (line.minimumRun() && quantity[i] == 0) {
                wanted = Math.max(wanted, smallestRun(line));
            }
            if (line.integral()) {
                wanted = Math.ceil(wanted - DiscreteDive.WHOLE);
                max = Math.floor(max + DiscreteDive.WHOLE);
            }
            double to = Math.min(wanted, max);
            if (line.minimumRun() && Quantities.exceeds(smallestRun(line), to)) {
                continue;
            }
            if (to > quantity[i]) {
                move(i, to, work);
                raises++;
            }
        }
    }

    /**
     * Lines already producing before idle ones (the LP plan chose them); within each, continuous
     * lines, then whole-unit ones, then minimum runs switched off.
     */
    private int raiseOrder(int i) {
        ProductionLine line = lines.get(i);
        int idle = quantity[i] > 0 ? 0 : 3;
        if (!line.discrete()) {
            return idle;
        }
        return idle + (line.minimumRun() && quantity[i] == 0 ? 2 : 1);
    }

    /**
     * Lowers {@code product}'s users (continuous first; within each, those that take the most of it
     * per unit first, whose own output then loses the least) until it is covered, each to a valid
     * quantity: first only what was raised here (back towards where the rounding left them), then
     * below that.
     */
    private void cutUsers(String product, LinkedHashSet<String> work) {
        List<Integer> candidates = new ArrayList<>(users.getOrDefault(product, List.of()));
        candidates.sort(Comparator.comparingInt((Integer j) -> lines.get(j).discrete() ? 1 : 0)
                .thenComparingDouble(j -> -perUnit(lines.get(j), product)));
        for (boolean belowBase : new boolean[] {false, true}) {
            for (int j : candidates) {
                double shortfall = shortfall(product);
                if (shortfall <= 0) {
                    return;
                }
                ProductionLine line = lines.get(j);
                double perUnit = perUnit(line, product);
                if (perUnit <= 0 || (!belowBase && quantity[j] <= base[j])) {
                    continue;
                }
                double to = belowBase ? lowered(line, quantity[j] - shortfall / perUnit)
                        : undone(j, quantity[j] - shortfall / perUnit);
                if (to < quantity[j]) {
                    move(j, to, work);
                    cut[j] = true;
                    cuts++;
                }
            }
        }
    }

    /** How much of {@code product} a unit of {@code line} takes. */
    private static double perUnit(ProductionLine line, String product) {
        return line.inputs().stream().filter(input -> input.product().id().equals(product))
                .mapToDouble(InputUse::perUnit).sum();
    }

    /** Line {@code line} lowered to {@code x} or below, at a valid quantity. */
    private static double lowered(ProductionLine line, double x) {
        double to = Math.max(0, x);
        return line.discrete() ? down(line, to) : to;
    }

    /** Line {@code j} lowered towards {@code x}, but not below where the rounding left it, at a valid quantity. */
    private double undone(int j, double x) {
        ProductionLine line = lines.get(j);
        double to = Math.max(base[j], x);
        if (line.integral()) {
            to = Math.min(quantity[j], Math.ceil(to - DiscreteDive.WHOLE));
        }
        if (line.minimumRun() && Quantities.exceeds(smallestRun(line), to)) {
            to = base[j] == 0 ? 0 : Math.max(base[j], smallestRun(line));
        }
        return to;
    }

    /** Sets line {@code i} to {@code to}; products its move leaves short join {@code work} (if any). */
    private void move(int i, double to, LinkedHashSet<String> work) {
        ProductionLine line = lines.get(i);
        double delta = to - quantity[i];
        quantity[i] = to;
        hoursLeft.merge(line.collective().id(), -line.technology().labourHours() * delta, Double::sum);
        net.merge(line.output().id(), delta, Double::sum);
        for (InputUse input : line.inputs()) {
            String used = input.product().id();
            net.merge(used, -input.perUnit() * delta, Double::sum);
            if (work != null && delta > 0 && isShort(used)) {
                work.add(used);
            }
        }
        if (work != null && delta < 0 && isShort(line.output().id())) {
            work.add(line.output().id());
        }
    }
}
