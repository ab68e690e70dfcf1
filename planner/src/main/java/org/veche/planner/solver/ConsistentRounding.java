package org.veche.planner.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.solver.DiscreteDive.Decision;

/**
 * Rounds every discrete line of an LP plan at once, so that one re-solve can take them all. First
 * down — whole quantities floored, a minimum run not reached switched off — then the minimum runs
 * nearer on than off switched on where their collective has the hours. That leaves some products
 * short: their makers now make less than their users take, counting every other line where the LP
 * has it. Each shortfall is covered from the lines around it: a maker raised (a continuous one by
 * the shortfall, a whole-unit one by whole units, a switched-off run switched on) as far as its
 * capacity, its collective's hours and what its own inputs can spare allow; else a user of the
 * product lowered, first as far as its own product has output to spare, then further, its own
 * users cut in turn. Moves change other products' balances, which are checked in turn; a line only
 * ever moves one way here, so covering ends. Continuous lines move only in this reckoning: the
 * decisions bound the discrete lines, and the LP re-solve places the rest. The makers and users of
 * a product still short at the end are left undecided, for the dive's batches.
 *
 * <p>At 20,000 products (tiered, seed 1) this decides 13,570 of 13,579 discrete lines in one
 * re-solve of 16 s, where deciding them in batches took 305 re-solves and 380 s; the plan's needs
 * end 0.047 % below the LP bound instead of 0.015 %.
 */
final class ConsistentRounding {

    /** Relative slack below which a product's balance counts as short. */
    private static final double EPSILON = 1e-9;

    /** How many shortfalls per product may be covered before the rest is left to the dive. */
    private static final int WORK_PER_PRODUCT = 20;

    private final List<ProductionLine> lines;
    private final double[] target;
    private final boolean[] open;
    /** +1 for a line raised here, -1 for one lowered: a line only ever moves one way, so covering cannot cycle. */
    private final byte[] moved;
    private final Map<String, List<Integer>> makers;
    private final Map<String, List<Integer>> users;
    private final Map<String, Double> balance = new HashMap<>();
    private final Map<String, Double> hoursLeft;

    private ConsistentRounding(List<ProductionLine> lines, ToDoubleFunction<ProductionLine> value) {
        this.lines = List.copyOf(lines);
        this.target = new double[lines.size()];
        this.open = new boolean[lines.size()];
        this.moved = new byte[lines.size()];
        LineIndex index = LineIndex.of(this.lines);
        this.makers = index.makers();
        this.users = index.users();
        this.hoursLeft = new HashMap<>(index.hoursCaps());
        for (int i = 0; i < lines.size(); i++) {
            ProductionLine line = lines.get(i);
            double x = Math.clamp(value.applyAsDouble(line), 0, line.technology().maxOutput());
            target[i] = x;
            if (line.discrete() && DiscreteDive.settled(line, x).isEmpty()) {
                open[i] = true;
                target[i] = rounded(line, x);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            ProductionLine line = lines.get(i);
            hoursLeft.merge(line.collective().id(), -line.technology().labourHours() * target[i], Double::sum);
            balance.merge(line.output().id(), target[i], Double::sum);
            for (InputUse input : line.inputs()) {
                balance.merge(input.product().id(), -input.perUnit() * target[i], Double::sum);
            }
        }
    }

    /**
     * Decisions for the discrete lines of {@code lines} (all lines of the plan, each at
     * {@code value}): every line not yet a valid choice there, and every valid one this rounding
     * moved; with {@code pinSettled}, the discrete lines left where they are too.
     */
    static Map<TechnologyRef, Decision> round(List<ProductionLine> lines, ToDoubleFunction<ProductionLine> value,
            boolean pinSettled) {
        ConsistentRounding rounding = new ConsistentRounding(lines, value);
        LinkedHashSet<String> work = new LinkedHashSet<>();
        rounding.switchOnNearer(value, work);
        rounding.coverShortfalls(work);
        if (Boolean.getBoolean("veche.repair.log")) {
            long stillShort = rounding.balance.keySet().stream().filter(rounding::isShort).count();
            System.err.printf(java.util.Locale.ROOT,
                    "veche: consistent rounding: %d lines raised, %d lowered, %d products still short%n",
                    rounding.count(1), rounding.count(-1), stillShort);
        }
        return rounding.decisions(value, pinSettled);
    }

    /**
     * Every line's quantity after the rounding, taken as it stands without a re-solve: the discrete
     * lines at their rounded values, the continuous ones where the covering moved them, and what is
     * still short then cut out by lowering its users (and theirs in turn) until no product is short.
     * Only lowering here, so this ends; it may serve less than a re-solve would, but needs no LP: the
     * repair's last resort when no full solve fits in the time left ({@code DiscreteRepairCommand}).
     * Hours and capacities hold as the covering keeps them; the emission cap is not looked at (the
     * caller scores the plan).
     */
    static Map<TechnologyRef, Double> plan(List<ProductionLine> lines, ToDoubleFunction<ProductionLine> value) {
        ConsistentRounding rounding = new ConsistentRounding(lines, value);
        LinkedHashSet<String> work = new LinkedHashSet<>();
        rounding.switchOnNearer(value, work);
        rounding.coverShortfalls(work);
        int cut = rounding.cutShortfalls();
        if (Boolean.getBoolean("veche.repair.log")) {
            System.err.printf(java.util.Locale.ROOT,
                    "veche: consistent rounding as it stands: %d lines raised, %d lowered (%d to cut what was still short)%n",
                    rounding.count(1), rounding.count(-1), cut);
        }
        Map<TechnologyRef, Double> production = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            production.put(lines.get(i).ref(), rounding.target[i]);
        }
        return production;
    }

    /**
     * Lowers the users of every product still short until none is, continuous users first, each to a
     * valid quantity (whole units, a minimum run or off); a lowered line's own product is then checked
     * in turn (within the same bound on work as the covering: on a cycle of inputs each round cuts
     * less). Returns how many lines were lowered.
     */
    private int cutShortfalls() {
        LinkedHashSet<String> work = new LinkedHashSet<>();
        balance.keySet().stream().filter(this::isShort).forEach(work::add);
        int cuts = 0;
        int budget = WORK_PER_PRODUCT * Math.max(1, balance.size());
        while (!work.isEmpty() && budget-- > 0) {
            String product = work.removeFirst();
            List<Integer> lowered = new ArrayList<>(users.getOrDefault(product, List.of()));
            lowered.sort(Comparator.comparingInt((Integer j) -> lines.get(j).discrete() ? 1 : 0));
            for (int j : lowered) {
                if (!isShort(product)) {
                    break;
                }
                double perUnit = lines.get(j).inputs().stream().filter(in -> in.product().id().equals(product))
                        .mapToDouble(InputUse::perUnit).sum();
                double to = loweredTo(j, -balance.get(product) / perUnit);
                if (to < target[j]) {
                    move(j, to, work);
                    cuts++;
                }
            }
        }
        return cuts;
    }

    /** Down: floor for whole units, off for a minimum run not reached. */
    private static double rounded(ProductionLine line, double x) {
        if (!line.integral()) {
            return 0;
        }
        if (line.minimumRun() && x < smallestRun(line)) {
            return 0;
        }
        return Math.floor(x + DiscreteDive.WHOLE);
    }

    /**
     * Switches back on the minimum runs that were nearer on than off, where the collective has the
     * hours and the inputs can be had.
     */
    private void switchOnNearer(ToDoubleFunction<ProductionLine> value, LinkedHashSet<String> work) {
        for (int i = 0; i < lines.size(); i++) {
            ProductionLine line = lines.get(i);
            if (!open[i] || !line.minimumRun() || target[i] > 0) {
                continue;
            }
            double x = Math.clamp(value.applyAsDouble(line), 0, line.technology().maxOutput());
            double on = line.integral() ? smallestRun(line) : line.technology().minOutput();
            boolean hours = line.technology().labourHours() * on <= hoursLeft.get(line.collective().id());
            if (x >= line.technology().minOutput() / 2 && on <= line.technology().maxOutput() && hours
                    && on <= fed(i)) {
                move(i, on, work);
            }
        }
    }

    private long count(int direction) {
        long count = 0;
        for (byte m : moved) {
            count += m == direction ? 1 : 0;
        }
        return count;
    }

    private static double smallestRun(ProductionLine line) {
        double min = line.technology().minOutput();
        return line.minimumRun() ? Math.ceil(min - Quantities.TOLERANCE * Math.max(1, min)) : 0;
    }

    private void coverShortfalls(LinkedHashSet<String> work) {
        balance.forEach((product, left) -> {
            if (isShort(product)) {
                work.add(product);
            }
        });
        int budget = WORK_PER_PRODUCT * Math.max(1, balance.size());
        while (!work.isEmpty() && budget-- > 0) {
            String product = work.removeFirst();
            if (isShort(product)) {
                cover(product, work);
            }
        }
    }

    private boolean isShort(String product) {
        return balance.getOrDefault(product, 0.0) < -EPSILON * Math.max(1, supply(product));
    }

    private double supply(String product) {
        double supply = 0;
        for (int i : makers.getOrDefault(product, List.of())) {
            supply += target[i];
        }
        return supply;
    }

    /** Covers {@code product}'s shortfall: its makers raised where they have room, else its users lowered. */
    private void cover(String product, LinkedHashSet<String> work) {
        List<Integer> candidates = new ArrayList<>(makers.getOrDefault(product, List.of()));
        // continuous makers first (no rounding), then discrete ones
        candidates.sort(Comparator.comparingInt((Integer i) -> lines.get(i).discrete() ? 1 : 0));
        for (int i : candidates) {
            double shortfall = -balance.get(product);
            if (shortfall <= 0) {
                return;
            }
            if (moved[i] < 0) {
                continue;
            }
            double raised = raisedTo(i, shortfall);
            if (raised > target[i]) {
                move(i, raised, work);
            }
        }
        // continuous users first, then whole-unit ones; first as far as their own products have
        // output to spare, then further, their own products' users cut in turn
        List<Integer> lowered = new ArrayList<>(users.getOrDefault(product, List.of()));
        lowered.sort(Comparator.comparingInt((Integer j) -> lines.get(j).discrete() ? 1 : 0));
        for (boolean cascade : new boolean[] {false, true}) {
            for (int j : lowered) {
                double shortfall = -balance.get(product);
                if (shortfall <= 0) {
                    return;
                }
                ProductionLine user = lines.get(j);
                if (moved[j] > 0) {
                    continue;
                }
                double perUnit = user.inputs().stream().filter(in -> in.product().id().equals(product))
                        .mapToDouble(InputUse::perUnit).sum();
                double spare = Math.max(0, balance.get(user.output().id()));
                double to = loweredTo(j, cascade ? shortfall / perUnit : Math.min(spare, shortfall / perUnit));
                if (to < target[j] && (cascade || target[j] - to <= spare)) {
                    move(j, to, work);
                }
            }
        }
    }

    /** Where line {@code j} goes down by at least {@code cut}, staying a valid choice if it is discrete. */
    private double loweredTo(int j, double cut) {
        ProductionLine user = lines.get(j);
        double to = Math.max(0, target[j] - cut);
        if (user.integral()) {
            to = Math.floor(to + DiscreteDive.WHOLE);
        }
        if (user.minimumRun() && to < (user.integral() ? smallestRun(user) : user.technology().minOutput())) {
            to = 0;
        }
        return to;
    }

    /**
     * Where line {@code i} could go up to cover {@code shortfall} within its capacity, its
     * collective's hours and what its inputs can spare ({@link #fed}); its target if nowhere.
     */
    private double raisedTo(int i, double shortfall) {
        ProductionLine line = lines.get(i);
        double labour = line.technology().labourHours();
        double room = labour > 0 ? hoursLeft.get(line.collective().id()) / labour : Double.POSITIVE_INFINITY;
        double max = Math.min(line.technology().maxOutput(), target[i] + Math.min(Math.max(0, room), fed(i)));
        if (!line.integral()) {
            double wanted = Math.min(target[i] == 0 && line.minimumRun()
                    ? Math.max(line.technology().minOutput(), shortfall) : target[i] + shortfall, max);
            return line.minimumRun() && wanted < line.technology().minOutput() ? target[i] : wanted;
        }
        double next = target[i] == 0 && line.minimumRun() ? smallestRun(line) : Math.floor(target[i]) + 1;
        double covering = Math.ceil(target[i] + shortfall - DiscreteDive.WHOLE);
        double wanted = Math.min(Math.max(next, covering), Math.floor(max));
        return wanted >= next ? wanted : target[i];
    }

    /**
     * How much more line {@code i} could make with what its inputs have to spare or their makers
     * could add (one step ahead: the makers' own inputs are not looked at). Raising a line past this
     * leaves an input short that nothing around it can cover.
     */
    private double fed(int i) {
        double fed = Double.POSITIVE_INFINITY;
        for (InputUse input : lines.get(i).inputs()) {
            String product = input.product().id();
            double available = Math.max(0, balance.getOrDefault(product, 0.0));
            for (int m : makers.getOrDefault(product, List.of())) {
                if (m != i) {
                    available += room(m);
                }
            }
            fed = Math.min(fed, available / input.perUnit());
        }
        return fed;
    }

    /** How far line {@code m} could go up where it is (not a minimum run switched off, nor a line lowered here). */
    private double room(int m) {
        ProductionLine line = lines.get(m);
        if (moved[m] < 0 || (line.minimumRun() && target[m] == 0)) {
            return 0;
        }
        double labour = line.technology().labourHours();
        double hours = labour > 0 ? Math.max(0, hoursLeft.get(line.collective().id())) / labour
                : Double.POSITIVE_INFINITY;
        double room = Math.min(line.technology().maxOutput() - target[m], hours);
        return Math.max(0, line.integral() ? Math.floor(target[m] + room) - target[m] : room);
    }

    private void move(int i, double to, LinkedHashSet<String> work) {
        ProductionLine line = lines.get(i);
        double delta = to - target[i];
        target[i] = to;
        moved[i] = (byte) (delta > 0 ? 1 : -1);
        hoursLeft.merge(line.collective().id(), -line.technology().labourHours() * delta, Double::sum);
        balance.merge(line.output().id(), delta, Double::sum);
        for (InputUse input : line.inputs()) {
            String product = input.product().id();
            balance.merge(product, -input.perUnit() * delta, Double::sum);
            if (delta > 0 && isShort(product)) {
                work.add(product);
            }
        }
        if (delta < 0 && isShort(line.output().id())) {
            work.add(line.output().id());
        }
    }

    private Map<TechnologyRef, Decision> decisions(ToDoubleFunction<ProductionLine> value, boolean pinSettled) {
        boolean[] undecided = new boolean[lines.size()];
        balance.keySet().stream().filter(this::isShort).forEach(product -> {
            makers.getOrDefault(product, List.of()).forEach(i -> undecided[i] = true);
            users.getOrDefault(product, List.of()).forEach(i -> undecided[i] = true);
        });
        Map<TechnologyRef, Decision> decisions = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            ProductionLine line = lines.get(i);
            if (!line.discrete() || undecided[i]) {
                continue;
            }
            double x = Math.clamp(value.applyAsDouble(line), 0, line.technology().maxOutput());
            boolean moved = open[i] || target[i] != x;
            if (!moved && !pinSettled) {
                continue;
            }
            Decision decision;
            if (line.integral() || target[i] == 0) {
                decision = Decision.fixed(line.integral() ? Math.rint(target[i]) : 0);
            } else {
                decision = Decision.on(line);
            }
            decisions.put(line.ref(), decision);
        }
        return decisions;
    }
}
