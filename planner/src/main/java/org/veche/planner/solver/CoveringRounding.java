package org.veche.planner.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.veche.model.plan.TechnologyRef;

/**
 * Rounds an LP plan into a whole one without a re-solve, by covering shortfalls upwards. Every
 * discrete line goes down first (whole quantities floored, a minimum run not reached switched off);
 * then each product left short is covered by raising its makers — continuous ones first, then
 * whole-unit ones, then minimum runs switched on — as far as their capacity and their collective's
 * hours allow, whatever that takes from their own inputs: a raise that leaves an input short puts
 * that input on the list in turn. The economy is productive (a unit needs less than a unit of inputs
 * round any cycle), so these raises shrink as they travel and the list empties. Only what no maker
 * can cover is cut from the product's users, and a line cut is never raised again. If the work
 * allowed for that ({@link #WORK_PER_PRODUCT} per product) runs out, only cuts follow.
 *
 * <p>{@link ConsistentRounding#plan} raises a maker only as far as its inputs can spare one step
 * ahead, and then cuts; on the popular input structure that cut runs round the input cycles to
 * zero. From the essential needs alone at 20,000 popular discrete products this rounding kept
 * 917,731 and 919,377 of about 942,000 needs (seeds 1 and 2; the other: 0 for both) in 1–5 s, with
 * 99 and 78 lines cut; from the whole relaxation at 20,000 tiered products 1,060,254 where the other
 * kept 1,060,459 (the bound 1,064,229). Its choices also pin an LP re-solve that has a plan by
 * construction ({@link #decisions}). The emission cap is not looked at: the caller scores the plan.
 */
final class CoveringRounding {

    /** Relative shortfall below which a product counts as covered (feasibility allows 1e-6). */
    private static final double TOLERANCE = 1e-7;

    /** How many shortfalls per product may be worked on before only cuts follow. */
    private static final int WORK_PER_PRODUCT = 50;

    private final List<ProductionLine> lines;
    private final double[] quantity;
    /** Lines cut here: never raised again, so raising and cutting cannot chase each other. */
    private final boolean[] cut;
    private final Map<String, List<Integer>> makers;
    private final Map<String, List<Integer>> users;
    private final Map<String, Double> net = new HashMap<>();
    private final Map<String, Double> hoursLeft;
    private int raises;
    private int cuts;

    private CoveringRounding(List<ProductionLine> lines, ToDoubleFunction<ProductionLine> value) {
        this.lines = List.copyOf(lines);
        this.quantity = new double[lines.size()];
        this.cut = new boolean[lines.size()];
        LineIndex index = LineIndex.of(this.lines);
        this.makers = index.makers();
        this.users = index.users();
        this.hoursLeft = new HashMap<>(index.hoursCaps());
        for (int i = 0; i < lines.size(); i++) {
            ProductionLine line = lines.get(i);
            double x = Math.clamp(value.applyAsDouble(line), 0, line.technology().maxOutput());
            move(i, line.discrete() ? down(line, x) : x, null);
        }
    }

    /**
     * Every line's quantity: the discrete ones at valid choices, all balances covered (unless even
     * the cuts ran out of work; the caller's score tells), capacities and hours kept.
     */
    static Map<TechnologyRef, Double> plan(List<ProductionLine> lines, ToDoubleFunction<ProductionLine> value) {
        CoveringRounding rounding = new CoveringRounding(lines, value);
        rounding.cover(rounding.shortProducts());
        return rounding.production("covering rounding");
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
     * The choices of {@code production} (from {@link #plan}) as bounds for an LP re-solve: whole
     * quantities and lines off fixed, a minimum run switched on of a divisible product kept at or
     * above its minimum. The plan itself lies within them, so the re-solve is not refused.
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
     * runs out first, the rest by cuts alone.
     */
    private void cover(LinkedHashSet<String> work) {
        int budget = WORK_PER_PRODUCT * Math.max(1, net.size());
        while (!work.isEmpty() && budget-- > 0) {
            String product = work.removeFirst();
            if (isShort(product)) {
                raiseMakers(product, work);
            }
            if (isShort(product)) {
                cutUsers(product, work);
            }
        }
        // Out of work: cuts alone, which only go down, so they end.
        work.addAll(shortProducts());
        budget = WORK_PER_PRODUCT * Math.max(1, net.size());
        while (!work.isEmpty() && budget-- > 0) {
            String product = work.removeFirst();
            if (isShort(product)) {
                cutUsers(product, work);
            }
        }
    }

    /** How much more {@code product}'s users take than its makers make; 0 if none. */
    private double shortfall(String product) {
        return Math.max(0, -net.getOrDefault(product, 0.0));
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
        return net.getOrDefault(product, 0.0) < -TOLERANCE * Math.max(1, produced(product));
    }

    private double produced(String product) {
        double produced = 0;
        for (int i : makers.getOrDefault(product, List.of())) {
            produced += quantity[i];
        }
        return produced;
    }

    /** Raises {@code product}'s makers (continuous, then whole-unit, then runs switched off) towards its shortfall. */
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

    private int raiseOrder(int i) {
        ProductionLine line = lines.get(i);
        if (!line.discrete()) {
            return 0;
        }
        return line.minimumRun() && quantity[i] == 0 ? 2 : 1;
    }

    /** Lowers {@code product}'s users (continuous first) until it is covered, each to a valid quantity. */
    private void cutUsers(String product, LinkedHashSet<String> work) {
        List<Integer> candidates = new ArrayList<>(users.getOrDefault(product, List.of()));
        candidates.sort(Comparator.comparingInt((Integer j) -> lines.get(j).discrete() ? 1 : 0));
        for (int j : candidates) {
            double shortfall = shortfall(product);
            if (shortfall <= 0) {
                return;
            }
            ProductionLine line = lines.get(j);
            double perUnit = line.inputs().stream().filter(input -> input.product().id().equals(product))
                    .mapToDouble(InputUse::perUnit).sum();
            if (perUnit <= 0) {
                continue;
            }
            double to = Math.max(0, quantity[j] - shortfall / perUnit);
            if (line.discrete()) {
                to = down(line, to);
            }
            if (to < quantity[j]) {
                move(j, to, work);
                cut[j] = true;
                cuts++;
            }
        }
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
