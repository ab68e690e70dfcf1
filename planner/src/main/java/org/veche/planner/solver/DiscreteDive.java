package org.veche.planner.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.lp.BoundedNeedsLp;

/**
 * Makes the LP plan whole by diving on the warm needs LP ({@link BoundedNeedsLp}). From the LP
 * relaxation it first tries every discrete line at once, rounded so that no product falls short
 * ({@link #atOnce}, {@link ConsistentRounding}); on the synthetic economies one re-solve then
 * decides all or nearly all of them. What is left it decides a batch at a time — a minimum run
 * switched off (output 0) or on (at least minOutput), an indivisible quantity fixed at a whole
 * number — and re-solves after each batch, so the rest of the plan rebalances around the decisions
 * made. Only lines whose value at the current optimum is not a valid choice are decided, cheapest
 * first (nearest to a whole number, to 0 or to the minimum, relative to the line's size); the others
 * stay free until the end, when they are fixed where they are (the optimum stays optimal, so no
 * solve). No two choices of a
 * batch pull against each other ({@link #independent}): two lines of one product rounded down
 * together, or a user rounded up while its input's maker is rounded down, are what the LP refuses
 * most often, while the re-solve between batches lets the second adapt to the first. A batch the
 * LP refuses is halved until the culprit is alone; its choice is then flipped (floor to ceiling, on
 * to off). A re-solve that stalls until its time limit counts as refused, and the last accepted
 * state is solved again cold ({@link #restore}). A line with every choice refused frees the
 * decisions next to it ({@link #escape}). When the deadline passes, every open line is rounded at
 * once ({@link #finish}); if that fails too, or the escapes run out, the outcome is partial: the
 * choices made so far, with the LP's plan under them. Empty only when the first solve fails.
 */
final class DiscreteDive {

    /**
     * The dive's plan: {@code choices} in {@link DiscreteRepairCommand}'s form (a quantity, or NaN for
     * a divisible minimum run switched on and free above its minimum), the needs LP's production
     * under them, its needs level, how many lines are still {@code open} (neither decided nor a valid
     * choice where they are; 0 when the dive finished), and counts for the diagnostics.
     */
    record Outcome(Map<TechnologyRef, Double> choices, Map<TechnologyRef, Double> production, double needs,
            int open, int solves, int refusals, int escapes) {

        boolean complete() {
            return open == 0;
        }

        String summary() {
            return String.format(java.util.Locale.ROOT,
                    "%d lines decided%s in %d solves (%d refused, %d escapes), needs %.6g",
                    choices.size(), complete() ? "" : ", " + open + " still open,", solves, refusals, escapes, needs);
        }
    }

    /** Bounds a decided line keeps. As a choice: the quantity, or NaN when it is a range (on, free above the minimum). */
    record Decision(double lower, double upper) {

        static Decision fixed(double quantity) {
            return new Decision(quantity, quantity);
        }

        static Decision on(ProductionLine line) {
            return new Decision(line.technology().minOutput(), line.technology().maxOutput());
        }

        double choice() {
            return lower == upper ? lower : Double.NaN;
        }

        /** Whether this choice moves a line now at {@code value} up. */
        boolean raises(double value) {
            return Math.clamp(value, lower, upper) > value;
        }

        /** How far this choice moves a line now at {@code value}, relative to the line's size. */
        double distance(ProductionLine line, double value) {
            double target = Math.clamp(value, lower, upper);
            return Math.abs(target - value) / Math.max(1, Math.max(value, line.technology().minOutput()));
        }
    }

    /**
     * How far from a whole number a value may be and still count as whole: absolute, and far tighter
     * than the plan check's relative tolerance, which at a million units would let a value 0.4 off
     * pass and the LP under that pin fail.
     */
    static final double WHOLE = 1e-6;

    /** How many times a dive may free the decisions around a cornered line before it gives up. */
    static final int MAX_ESCAPES = 100;

    /**
     * A batch's re-solve may take this many times the mean of the batches before it, and at least
     * {@link #MIN_BATCH_LIMIT}; beyond that it counts as refused. At 20,000 products batches take
     * 1–4 s, but one was seen still running after 5 minutes (a stalled dual simplex), which
     * used up the repair's time and left the all-zero plan.
     */
    static final int BATCH_LIMIT_FACTOR = 10;

    static final Duration MIN_BATCH_LIMIT = Duration.ofSeconds(30);

    private final BoundedNeedsLp lp;
    private final List<ProductionLine> discrete;
    /** Every line of the plan, for {@link #atOnce}; empty to skip it. */
    private final List<ProductionLine> all;
    /** Until when the current solve may run: the dive's deadline, or the finish's. */
    private long deadlineNanos;
    private final long diveNanos;
    private final long finishNanos;
    private final Map<TechnologyRef, Decision> decided = new LinkedHashMap<>();
    private final Map<TechnologyRef, Set<Decision>> refused = new HashMap<>();
    private final Set<TechnologyRef> first = new HashSet<>();
    private final BatchSize batch = new BatchSize();
    private BoundedNeedsLp.Result current;
    private Duration coldSolve = Duration.ZERO;
    private boolean stopped;
    private int solves;
    private int batchSolves;
    private long batchNanos;
    private int refusals;
    private int escapes;

    private DiscreteDive(BoundedNeedsLp lp, List<ProductionLine> all, List<ProductionLine> discrete, long diveNanos,
            long finishNanos) {
        this.lp = lp;
        this.all = List.copyOf(all);
        this.discrete = List.copyOf(discrete);
        this.diveNanos = diveNanos;
        this.finishNanos = finishNanos;
        this.deadlineNanos = finishNanos;
    }

    /**
     * Dives from the LP relaxation of {@code lp} (every production column free) until every line of
     * {@code discrete} is decided or {@code deadlineNanos} passes; leaves {@code lp} with the
     * decisions as bounds. Empty if the relaxation itself is not solved.
     */
    static Optional<Outcome> run(BoundedNeedsLp lp, List<ProductionLine> discrete, long deadlineNanos) {
        return run(lp, discrete, deadlineNanos, deadlineNanos);
    }

    /**
     * As {@link #run(BoundedNeedsLp, List, long)}, but a dive still open at {@code deadlineNanos}
     * then decides every open line at once, rounded ({@link #finish}), until {@code finishNanos}.
     * The relaxation's own solve may take until {@code finishNanos} too.
     */
    static Optional<Outcome> run(BoundedNeedsLp lp, List<ProductionLine> discrete, long deadlineNanos,
            long finishNanos) {
        return run(lp, List.of(), discrete, deadlineNanos, finishNanos);
    }

    /**
     * As {@link #run(BoundedNeedsLp, List, long, long)}, but first tries every discrete line at once,
     * rounded by {@link ConsistentRounding} over {@code all} the plan's lines ({@link #atOnce}); that
     * try too may take until {@code finishNanos}, being the quickest way to a whole plan.
     */
    static Optional<Outcome> run(BoundedNeedsLp lp, List<ProductionLine> all, List<ProductionLine> discrete,
            long deadlineNanos, long finishNanos) {
        return run(lp, Optional.empty(), Duration.ZERO, all, discrete, deadlineNanos, finishNanos, finishNanos);
    }

    /**
     * As {@link #run(BoundedNeedsLp, List, List, long, long)}, from {@code relaxation}, the
     * relaxation already solved on {@code lp} in {@code took} ({@link DiveStart}); the at-once try
     * may take until {@code atOnceNanos}.
     */
    static Optional<Outcome> run(BoundedNeedsLp lp, BoundedNeedsLp.Result relaxation, Duration took,
            List<ProductionLine> all, List<ProductionLine> discrete, long deadlineNanos, long finishNanos,
            long atOnceNanos) {
        return run(lp, Optional.of(relaxation), took, all, discrete, deadlineNanos, finishNanos, atOnceNanos);
    }

    private static Optional<Outcome> run(BoundedNeedsLp lp, Optional<BoundedNeedsLp.Result> relaxation,
            Duration took, List<ProductionLine> all, List<ProductionLine> discrete, long deadlineNanos,
            long finishNanos, long atOnceNanos) {
        DiscreteDive dive = new DiscreteDive(lp, all, discrete, deadlineNanos, finishNanos);
        Optional<Outcome> outcome = dive.run(relaxation, took, atOnceNanos);
        if (outcome.isEmpty() || outcome.get().complete() || dive.stopped) {
            return outcome;
        }
        dive.deadlineNanos = finishNanos;
        for (Rounding rounding : List.of(Rounding.NEAREST, Rounding.UP, Rounding.DOWN)) {
            if (dive.finish(rounding)) {
                return Optional.of(dive.outcome());
            }
        }
        return Optional.of(dive.partial());
    }

    /** How many times {@link #finish} re-solves before giving up (lines can turn fractional again). */
    static final int FINISH_ROUNDS = 5;

    /**
     * Decides every open line at once, rounded by {@code rounding} from where the LP has it, and
     * re-solves, until no line is open; no halving, no flipping. True when every line is decided;
     * false, with this rounding's choices released, when the LP refuses one round or
     * {@link #FINISH_ROUNDS} do not settle it. Unlike rounding with every other line pinned where
     * the dive left it (which failed for 111 open lines at 20,000 products), the lines not yet
     * decided still move here. With 989 lines open at 20,000 products no rounding was feasible
     * either: this finishes a dive that was nearly done, not one cut off early.
     */
    private boolean finish(Rounding rounding) {
        Map<TechnologyRef, Decision> taken = new LinkedHashMap<>();
        for (int round = 0; round < FINISH_ROUNDS && System.nanoTime() < deadlineNanos; round++) {
            List<ProductionLine> open = discrete.stream()
                    .filter(line -> !decided.containsKey(line.ref()) && !taken.containsKey(line.ref())
                            && settled(line, value(line)).isEmpty())
                    .toList();
            if (open.isEmpty()) {
                decided.putAll(taken);
                return true;
            }
            for (ProductionLine line : open) {
                double quantity = rounding.of(line, value(line));
                Decision decision = Double.isNaN(quantity) ? Decision.on(line) : Decision.fixed(quantity);
                apply(line, decision);
                taken.put(line.ref(), decision);
            }
            BoundedNeedsLp.Result result = solve(Duration.ofNanos(Long.MAX_VALUE));
            if (Boolean.getBoolean("veche.repair.log")) {
                System.err.printf(java.util.Locale.ROOT, "veche: discrete dive: %d open lines rounded %s: %s%n",
                        open.size(), rounding, result.status());
            }
            if (!result.optimal()) {
                break;
            }
            current = result;
        }
        taken.keySet().forEach(lp::release);
        return false;
    }

    private Optional<Outcome> run(Optional<BoundedNeedsLp.Result> relaxation, Duration took, long atOnceNanos) {
        if (relaxation.isPresent()) {
            solves++;
            current = relaxation.get();
            coldSolve = took;
        } else {
            long start = System.nanoTime();
            current = solve();
            coldSolve = Duration.ofNanos(System.nanoTime() - start);
        }
        if (!current.optimal()) {
            return Optional.empty();
        }
        deadlineNanos = atOnceNanos;
        if (!atOnce()) {
            return Optional.of(partial());
        }
        deadlineNanos = diveNanos;
        while (!stopped && System.nanoTime() < deadlineNanos) {
            Queue queue = queue();
            if (queue.cornered().isPresent()) {
                if (!escape(queue.cornered().get())) {
                    return Optional.of(partial());
                }
                batch.restart();
            } else if (queue.candidates().isEmpty()) {
                return Optional.of(outcome());
            } else {
                tryBatch(queue.candidates());
            }
        }
        return Optional.of(partial());
    }

    /**
     * Tries every discrete line at once, rounded so that no product falls short where the LP plan
     * has the other lines ({@link ConsistentRounding}): first with the lines already valid pinned
     * where they are (one solve then decides everything), then with only the open lines bounded.
     * Keeps the first the LP takes; the dive goes on from there, by batches, for whatever is left.
     * False only when a failed re-solve could not be undone ({@link #restore}).
     */
    private boolean atOnce() {
        if (all.isEmpty()) {
            return true;
        }
        for (boolean pinSettled : List.of(true, false)) {
            Map<TechnologyRef, Decision> rounding = ConsistentRounding.round(all,
                    line -> current.production(line.ref()), pinSettled);
            if (rounding.isEmpty()) {
                return true;
            }
            Map<TechnologyRef, ProductionLine> byRef = new HashMap<>();
            discrete.forEach(line -> byRef.put(line.ref(), line));
            rounding.forEach((ref, decision) -> apply(byRef.get(ref), decision));
            long start = System.nanoTime();
            BoundedNeedsLp.Result result = solve(batchLimit());
            long took = System.nanoTime() - start;
            batchNanos += took;
            batchSolves++;
            if (Boolean.getBoolean("veche.repair.log")) {
                System.err.printf(java.util.Locale.ROOT,
                        "veche: discrete dive: %d lines at once (consistent rounding%s): %s (%d ms)%n",
                        rounding.size(), pinSettled ? ", valid lines pinned" : "", result.status(), took / 1_000_000);
            }
            if (result.optimal()) {
                current = result;
                decided.putAll(rounding);
                return true;
            }
            refusals++;
            rounding.keySet().forEach(lp::release);
            if (result.status() != BoundedNeedsLp.Status.INFEASIBLE && !restore()) {
                return false;
            }
        }
        return true;
    }

    /** The choices made so far and the plan under them (optimal for them), with the lines still open. */
    private Outcome partial() {
        int open = (int) discrete.stream()
                .filter(line -> !decided.containsKey(line.ref()) && settled(line, value(line)).isEmpty())
                .count();
        if (open == 0) {
            return outcome();
        }
        Map<TechnologyRef, Double> choices = new LinkedHashMap<>();
        decided.forEach((ref, decision) -> choices.put(ref, decision.choice()));
        return new Outcome(choices, current.production(), current.needs(), open, solves, refusals, escapes);
    }

    /** Applies the next batch of choices and re-solves; keeps them if the LP takes them, else releases them. */
    private void tryBatch(List<Candidate> queue) {
        List<Candidate> tried = independent(queue, batch.size());
        tried.forEach(c -> apply(c.line(), c.decision()));
        long start = System.nanoTime();
        BoundedNeedsLp.Result result = solve(batchLimit());
        long took = System.nanoTime() - start;
        batchNanos += took;
        batchSolves++;
        trace(tried, queue.size(), result, took);
        if (result.optimal()) {
            current = result;
            tried.forEach(c -> {
                decided.put(c.line().ref(), c.decision());
                first.remove(c.line().ref());
            });
            batch.passed(tried.size());
            return;
        }
        refusals++;
        tried.forEach(c -> lp.release(c.line().ref()));
        if (result.status() != BoundedNeedsLp.Status.INFEASIBLE && !restore()) {
            return;
        }
        if (tried.size() == 1) {
            // The culprit of the refused batches: its next choice next time.
            Candidate culprit = tried.getFirst();
            refused.computeIfAbsent(culprit.line().ref(), k -> new HashSet<>()).add(culprit.decision());
        }
        batch.refused(tried.size());
    }

    /**
     * Up to {@code size} candidates from the front of {@code queue}, skipping any that could pull
     * against one taken before it: two that raise the same collective's hours, two that lower the
     * same product's output, or one that raises a line whose input another lowers. For a smaller
     * size on the same queue, a prefix of the same batch, so halving a refused batch searches within it.
     */
    static List<Candidate> independent(List<Candidate> queue, int size) {
        Set<String> raisedCollectives = new HashSet<>();
        Set<String> lowered = new HashSet<>();
        Set<String> neededMore = new HashSet<>();
        List<Candidate> batch = new ArrayList<>();
        for (Candidate candidate : queue) {
            if (batch.size() >= size) {
                break;
            }
            ProductionLine line = candidate.line();
            String product = line.output().id();
            boolean clash = candidate.raises()
                    ? raisedCollectives.contains(line.collective().id())
                            || line.inputs().stream().anyMatch(input -> lowered.contains(input.product().id()))
                    : lowered.contains(product) || neededMore.contains(product);
            if (clash) {
                continue;
            }
            batch.add(candidate);
            if (candidate.raises()) {
                raisedCollectives.add(line.collective().id());
                line.inputs().forEach(input -> neededMore.add(input.product().id()));
            } else {
                lowered.add(product);
            }
        }
        return batch;
    }

    /**
     * After a re-solve that stalled or failed numerically, solves the last accepted state again from
     * a cold start. Otherwise the next re-solve continues from the stalled solver's state: at 20,000
     * products, in a trial of another batch order, the smaller batches tried after one stalled
     * re-solve stalled too (32, 47, 70 s). False, and the dive stops, if even that fails.
     */
    private boolean restore() {
        lp.forgetBasis();
        long start = System.nanoTime();
        BoundedNeedsLp.Result back = solve();
        if (Boolean.getBoolean("veche.repair.log")) {
            System.err.printf(java.util.Locale.ROOT,
                    "veche: discrete dive: cold re-solve of the accepted choices: %s (%d ms)%n", back.status(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        if (!back.optimal()) {
            stopped = true;
            return false;
        }
        current = back;
        return true;
    }

    /**
     * Everything at once first (on the synthetic economies most batches pass); a refused batch halves
     * until its culprit is alone, without growing meanwhile. Once the culprit is found (and flipped),
     * the next batch is half the batch that was first refused, and batches double with each pass.
     */
    static final class BatchSize {
        private int size = Integer.MAX_VALUE;
        private boolean growing = true;
        private int firstRefused;

        int size() {
            return size;
        }

        void passed(int tried) {
            if (!growing) {
                size = tried;
            } else if (size != Integer.MAX_VALUE) {
                size = (int) Math.min(Integer.MAX_VALUE - 1L, 2L * Math.max(size, tried));
            }
        }

        void refused(int tried) {
            if (growing) {
                firstRefused = tried;
            }
            growing = tried == 1;
            size = growing ? Math.max(1, firstRefused / 2) : Math.max(1, tried / 2);
        }

        void restart() {
            size = 1;
            growing = true;
        }
    }

    /**
     * The lines still undecided are whole at the current optimum: fix them there (the optimum stays
     * optimal, so no solve) and report every choice.
     */
    private Outcome outcome() {
        for (ProductionLine line : discrete) {
            if (!decided.containsKey(line.ref())) {
                Decision decision = settled(line, value(line)).orElseThrow();
                apply(line, decision);
                decided.put(line.ref(), decision);
            }
        }
        Map<TechnologyRef, Double> choices = new LinkedHashMap<>();
        decided.forEach((ref, decision) -> choices.put(ref, decision.choice()));
        return new Outcome(choices, current.production(), current.needs(), 0, solves, refusals, escapes);
    }

    /**
     * A line with every choice refused is cornered by decisions made before it (a user of its
     * product pinned to need more than its floor makes, while its ceiling is above its maximum, say).
     * Frees the decided lines next to it — same collective, same product, its product's users, its
     * inputs' makers — and lets it go first. False when nothing is left to free or too many escapes.
     */
    private boolean escape(ProductionLine cornered) {
        if (escapes++ >= MAX_ESCAPES) {
            return false;
        }
        List<ProductionLine> freed = discrete.stream()
                .filter(line -> decided.containsKey(line.ref()) && adjacent(cornered, line))
                .toList();
        freed.forEach(line -> {
            decided.remove(line.ref());
            lp.release(line.ref());
        });
        refused.remove(cornered.ref());
        first.add(cornered.ref());
        return !freed.isEmpty();
    }

    /** Whether a decision on {@code other} can constrain {@code line} directly. */
    static boolean adjacent(ProductionLine line, ProductionLine other) {
        String product = line.output().id();
        String otherProduct = other.output().id();
        return line.collective().id().equals(other.collective().id())
                || product.equals(otherProduct)
                || other.inputs().stream().anyMatch(input -> input.product().id().equals(product))
                || line.inputs().stream().anyMatch(input -> input.product().id().equals(otherProduct));
    }

    /** A choice to try; {@code raises} when it moves the line up from where the LP has it. */
    record Candidate(ProductionLine line, Decision decision, double distance, boolean raises) {}

    /** The choices to try, cheapest first; or a line with no choice left. */
    private record Queue(List<Candidate> candidates, Optional<ProductionLine> cornered) {}

    /**
     * Each undecided line that is not whole at the current optimum, with its preferred choice not yet
     * refused; lines freed by an escape first, then the cheapest.
     */
    private Queue queue() {
        List<Candidate> queue = new ArrayList<>();
        for (ProductionLine line : discrete) {
            if (decided.containsKey(line.ref())) {
                continue;
            }
            double value = value(line);
            if (settled(line, value).isPresent()) {
                continue;
            }
            Set<Decision> refusedHere = refused.getOrDefault(line.ref(), Set.of());
            Optional<Decision> choice = choices(line, value).stream().filter(d -> !refusedHere.contains(d)).findFirst();
            if (choice.isEmpty()) {
                return new Queue(List.of(), Optional.of(line));
            }
            double distance = first.contains(line.ref()) ? -1 : choice.get().distance(line, value);
            queue.add(new Candidate(line, choice.get(), distance, choice.get().raises(value)));
        }
        queue.sort(Comparator.comparingDouble(Candidate::distance));
        return new Queue(queue, Optional.empty());
    }

    /** With {@code -Dveche.repair.log=true}, each batch, how the LP took it and how long, on standard error. */
    private static void trace(List<Candidate> tried, int queued, BoundedNeedsLp.Result result, long nanos) {
        if (Boolean.getBoolean("veche.repair.log")) {
            System.err.printf(java.util.Locale.ROOT,
                    "veche: discrete dive: %d of %d choices, first %s to %s: %s (%d ms)%n",
                    tried.size(), queued, tried.getFirst().line().ref(), tried.getFirst().decision(), result.status(),
                    nanos / 1_000_000);
        }
    }

    /** The line's current value within [0, maxOutput]. */
    private double value(ProductionLine line) {
        return Math.clamp(current.production(line.ref()), 0, line.technology().maxOutput());
    }

    /** The decision {@code value} already satisfies, if it is a valid discrete choice. */
    static Optional<Decision> settled(ProductionLine line, double value) {
        double min = line.technology().minOutput();
        boolean off = !Quantities.exceeds(value, 0);
        if (line.integral()) {
            if (Math.abs(value - Math.rint(value)) > WHOLE) {
                return Optional.empty();
            }
            double whole = Math.rint(value);
            boolean runOk = !line.minimumRun() || whole == 0 || !Quantities.exceeds(min, whole);
            return runOk ? Optional.of(Decision.fixed(whole)) : Optional.empty();
        }
        if (off) {
            return Optional.of(Decision.fixed(0));
        }
        return Quantities.exceeds(min, value) ? Optional.empty() : Optional.of(Decision.on(line));
    }

    /**
     * The valid choices around an unsettled {@code value}, preferred first: a minimum run off or on,
     * the nearer first; a whole number floored, else the ceiling (else, with a minimum run, off).
     */
    static List<Decision> choices(ProductionLine line, double value) {
        double max = line.technology().maxOutput();
        double min = line.technology().minOutput();
        List<Decision> choices = new ArrayList<>(3);
        if (!line.integral()) {
            Decision off = Decision.fixed(0);
            Decision on = Decision.on(line);
            choices.addAll(value >= min / 2 ? List.of(on, off) : List.of(off, on));
            return choices;
        }
        double smallestRun = line.minimumRun() ? Math.ceil(min - Quantities.TOLERANCE * Math.max(1, min)) : 0;
        if (line.minimumRun() && value < smallestRun) {
            Decision off = Decision.fixed(0);
            List<Decision> pair = value >= min / 2 ? List.of(Decision.fixed(smallestRun), off)
                    : List.of(off, Decision.fixed(smallestRun));
            pair.stream().filter(d -> d.lower() <= max).forEach(choices::add);
            return choices;
        }
        double floor = Math.floor(value);
        double ceiling = floor + 1;
        choices.add(Decision.fixed(floor));
        if (ceiling <= max) {
            choices.add(Decision.fixed(ceiling));
        }
        if (line.minimumRun()) {
            choices.add(Decision.fixed(0));
        }
        return choices;
    }

    private void apply(ProductionLine line, Decision decision) {
        lp.bound(line.ref(), decision.lower(), decision.upper());
    }

    private Duration batchLimit() {
        return batchLimit(batchSolves, batchNanos, coldSolve);
    }

    /**
     * How long a batch's re-solve may take after {@code solves} batches that took {@code nanos} in
     * all. The first batch, with no mean yet, may take as long as the cold solve before it: at
     * 20,000 products it pins 1,504 choices at once and its re-solve is no quick warm step.
     */
    static Duration batchLimit(int solves, long nanos, Duration coldSolve) {
        Duration limit = solves == 0 ? coldSolve : Duration.ofNanos(nanos / solves * BATCH_LIMIT_FACTOR);
        return limit.compareTo(MIN_BATCH_LIMIT) > 0 ? limit : MIN_BATCH_LIMIT;
    }

    /** The first solve: from the relaxation, as long as the deadline allows. */
    private BoundedNeedsLp.Result solve() {
        return solve(Duration.ofNanos(Long.MAX_VALUE));
    }

    private BoundedNeedsLp.Result solve(Duration limit) {
        solves++;
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0) {
            return new BoundedNeedsLp.Result(BoundedNeedsLp.Status.STOPPED, 0, Map.of());
        }
        return lp.solve(Duration.ofNanos(Math.min(remaining, limit.toNanos())));
    }
}
