package org.veche.planner.lp;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolver.ResultStatus;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.plan.NeedGroup;

/**
 * The needs level solved stage by stage on a model of its own, on a thread of its own, beside the LP
 * phase's solve of the whole level. A stage opens the share segments (quarters of u) in order of
 * their value per unit of share, the priority's weight times the quarter's slope; the first stage
 * opens them down to the first priority open in full, each later one the next value. With the
 * default weights (100, 10, 1): every quarter of the essential needs at once, then the important
 * needs' quarters one by one, then the desired ones' but for the last (with every segment open the
 * stage would be the whole level). Each stage's optimum is a plan of the
 * whole economy (what is not open gets nothing), so when the time limit ends the whole level before
 * it has any plan (GLOP's dual simplex has none until it ends) the LP phase gives the last stage's
 * plan instead of the all-zero one ({@link LpStatus#PARTIAL}).
 *
 * <p>Measured at 20,000 products on the popular structure, where the whole level takes about 300 s:
 * the essential needs alone after 23.7 s (88.3 % of the optimum's needs), then with the important
 * needs' quarters one by one after 38.1, 54.8, 73.8 and 98.8 s (92.6, 95.9, 98.0 and 99.1 %); opening
 * the important needs at once instead took 68 s after the essential stage, so nothing between 24 and
 * 92 s. Beside the stages the whole level is not slowed (20,000 popular: 380 s; 100,000 tiered:
 * 1,028 s against 1,056 s alone). The whole level itself is not a stage: continued warm it took
 * longer than solved cold with presolve (the desired needs' stage 57 s at 20,000 tiered, where the
 * whole level takes 27 s; 441 s in all at 20,000 popular against 405 s). GLOP without presolve, so
 * that each stage continues from the basis of the one before (opening segments keeps it dual
 * feasible); the parameters are the discrete dive's ({@link BoundedNeedsLp#PARAMETERS}).
 *
 * <p>Where the LP phase can be stopped, the first stage is also its probe: a first stage too slow for
 * the whole level to end in time stops the LP phase, and the whole level is approximated instead
 * ({@link #approximate}); a whole level that the first stage called in time, but that has not ended
 * by half the time, is approximated beside it from then on, and the LP phase stopped only if it
 * still has not ended when the caller must make the plan whole ({@link #approximateBeside}).
 *
 * <p>Thread safe: {@link #best} and {@link #close} may be called while the stages run.
 */
final class NeedStages implements AutoCloseable {

    /**
     * A stage's optimum: the plan, its duals and its needs; {@code planned} are the priorities whose
     * segments were all open (the others were open in part or not at all).
     */
    record Stage(Set<Priority> planned, LevelSnapshot snapshot, LpSensitivity sensitivity, double needs) {}

    /**
     * Time left after the approximation, per production column, for the caller to make its plan
     * whole and load it (4.2 s at 20,000 products, 60,000 columns, where covering takes about a
     * second and loading and scoring the plan as long), or 15 % of the time left if more.
     */
    private static final long MAKE_WHOLE_NANOS_PER_COLUMN = 70_000;

    /**
     * The share of the time after which a whole level still running is approximated beside it
     * ({@link #approximateBeside}). Until then the stages run; from then on the interior point, which
     * slows GLOP beside it by about a tenth (20,000 tiered: needs level 34.6–34.9 s against 29.9–32.8 s
     * alone), so only once the level has taken half the time. Not later: at 100,000 tiered products
     * ({@code --time-limit 900}) the interior point beside took 359 s to converge from there; waiting
     * until the level was overdue by the first stage's estimate (15 times its 48 s) would have left it
     * 30 s.
     */
    static final double BESIDE_FROM = 0.5;

    /**
     * The smallest economy, in technologies (LP production columns), whose whole level is approximated
     * beside it ({@link #approximateBeside}). At 20,000 products (60,000 technologies) the needs level
     * ends in time on the tiered structure and the interior point beside it from half the time made
     * the 60 s solve longer (56.3, 56.6 and 59.3 s, the last with its labour level cut by the limit,
     * against 49.9–55.7 s, median 51.1, in six runs without it); at 100,000 (300,000) it took the
     * continuous tiered economy from a stage's plan to within 1.8e-9 of the optimum's needs at
     * {@code --time-limit 900}, and the discrete one from a stage's plan rounded (4,849,093 needs, over
     * the limit) to 4,881,977, 0.139 % below the proven bound. Between the two nothing was measured;
     * the dive's model stops running beside the LP phase at the same size
     * ({@code LpThenRepairCommand.BESIDE_LIMIT}).
     */
    static final long BESIDE_FROM_TECHNOLOGIES = 100_000;

    static {
        Loader.loadNativeLibraries();
    }

    private final Economy economy;
    private final long deadlineNanos;
    private final Thread thread;
    private volatile Stage best;
    private MPSolver solver;
    private boolean closed;
    private final List<String> log = new ArrayList<>();
    private final List<Double> needs = new ArrayList<>();
    private final Consumer<String> notes;
    private final LpStop lpPhase;
    /** Set before the LP phase is stopped for an approximation: the LP phase then waits for it. */
    private volatile boolean approximating;
    private volatile FirstOrderNeeds.Result approximate;

    /** For tests: no stages, the whole level approximated at once. */
    private final boolean approximateOnly;
    /** From this many technologies on, a whole level still running at half the time is approximated beside it. */
    private final long besideFromTechnologies;

    private NeedStages(Economy economy, long deadlineNanos, Consumer<String> notes, LpStop lpPhase,
            boolean approximateOnly, long besideFromTechnologies) {
        this.economy = economy;
        this.deadlineNanos = deadlineNanos;
        this.notes = notes;
        this.lpPhase = lpPhase;
        this.approximateOnly = approximateOnly;
        this.besideFromTechnologies = besideFromTechnologies;
        this.thread = Thread.ofPlatform().daemon().name("veche-need-stages").unstarted(this::run);
    }

    /**
     * Starts the stages for {@code economy} until {@code deadlineNanos} (System.nanoTime), or empty
     * when no stage comes before the whole level (needs of one priority only, or none). Each stage
     * solved is told to {@code notes}, in words. With an {@code lpPhase} that can be stopped, a first
     * stage too slow for the whole level to end in time is cut short, the LP phase stopped, and the
     * whole level approximated instead ({@link #approximation}); in an economy of
     * {@link #BESIDE_FROM_TECHNOLOGIES} or more, a whole level still running at half the time is
     * approximated beside it ({@link #approximateBeside}).
     */
    static Optional<NeedStages> begin(Economy economy, long deadlineNanos, Consumer<String> notes, LpStop lpPhase) {
        return begin(economy, deadlineNanos, notes, lpPhase, BESIDE_FROM_TECHNOLOGIES);
    }

    /** As {@link #begin(Economy, long, Consumer, LpStop)}, approximating beside from {@code besideFromTechnologies}. */
    static Optional<NeedStages> begin(Economy economy, long deadlineNanos, Consumer<String> notes, LpStop lpPhase,
            long besideFromTechnologies) {
        if (thresholds(economy).isEmpty()) {
            return Optional.empty();
        }
        NeedStages stages = new NeedStages(economy, deadlineNanos, notes, lpPhase, false, besideFromTechnologies);
        stages.thread.start();
        return Optional.of(stages);
    }

    /** As {@link #begin}, but with no stages: the whole level is approximated at once. For tests. */
    static NeedStages approximating(Economy economy, long deadlineNanos, Consumer<String> notes, LpStop lpPhase) {
        NeedStages stages = new NeedStages(economy, deadlineNanos, notes, lpPhase, true, Long.MAX_VALUE);
        stages.thread.start();
        return stages;
    }

    /** A segment's value per unit of share, but for the product's weight: W_t · slope of quarter k. */
    private static double value(Economy economy, Priority priority, int quarter) {
        return economy.policy().priorityWeights().of(priority) * ShareUtility.SLOPES[quarter];
    }

    /**
     * The stages' thresholds, highest first: every distinct segment value but the lowest, from the
     * first at which a priority is open in full. Opening the essential needs quarter by quarter
     * reached them in full only after 50 s at 20,000 popular (35, 62 and 79 % of their needs after
     * 15.6, 24.6 and 37.2 s), against 23.7 s at once: the first stage does most of the simplex's
     * work whatever it opens.
     */
    private static List<Double> thresholds(Economy economy) {
        TreeSet<Double> values = new TreeSet<>(Comparator.reverseOrder());
        double first = 0;
        for (Priority priority : priorities(economy)) {
            for (int k = 0; k < ShareUtility.SLOPES.length; k++) {
                values.add(value(economy, priority, k));
            }
            first = Math.max(first, value(economy, priority, ShareUtility.SLOPES.length - 1));
        }
        if (values.size() < 2) {
            return List.of();
        }
        values.remove(values.last());
        return List.copyOf(values.tailSet(first, true));
    }

    private static Set<Priority> priorities(Economy economy) {
        Set<Priority> present = EnumSet.noneOf(Priority.class);
        NeedGroups.demands(economy).keySet().forEach(group -> present.add(group.priority()));
        return present;
    }

    /** The last stage solved to its optimum, if any. */
    Optional<Stage> best() {
        return Optional.ofNullable(best);
    }

    /**
     * The approximate plan of the whole level ({@link FirstOrderNeeds}: production as PDLP left it)
     * made in place of the stages when the first was too slow, waiting for it until the deadline
     * if it is being made; empty if none was made.
     */
    Optional<FirstOrderNeeds.Result> approximation() {
        if (approximating) {
            try {
                thread.join(Duration.ofNanos(Math.max(1, deadlineNanos - System.nanoTime())));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return Optional.ofNullable(approximate);
    }

    /** Waits until the stages ended (all solved, stopped or closed). */
    void awaitEnd() throws InterruptedException {
        thread.join();
    }

    /** Each stage's outcome and time, for the diagnostics. */
    synchronized List<String> log() {
        return List.copyOf(log);
    }

    /** The needs of each stage solved to its optimum, in order. */
    synchronized List<Double> needsByStage() {
        return List.copyOf(needs);
    }

    private void run() {
        MPSolver created = MPSolver.createSolver("GLOP");
        if (created == null || !open(created)) {
            return;
        }
        try {
            PlanningLp lp = PlanningLp.build(economy, created);
            lp.setObjective(LevelObjectives.needs(lp));
            lp.solver.setSolverSpecificParametersAsString(BoundedNeedsLp.PARAMETERS);
            if (approximateOnly) {
                approximate(lp);
                return;
            }
            long start = System.nanoTime();
            long firstBy = lpPhase.canStop() ? start + FirstOrderNeeds.hopelessAfter(deadlineNanos - start) : deadlineNanos;
            long besideFrom = deadlineNanos;
            boolean first = true;
            for (double threshold : thresholds(economy)) {
                if (!solveStage(lp, threshold, first ? firstBy : besideFrom)) {
                    // GLOP's time limit is in milliseconds: a stage ended within a hundredth of its time of the cut ran out of it.
                    boolean cut = System.nanoTime() - firstBy >= -(firstBy - start) / 100;
                    if (first && firstBy != deadlineNanos && !isClosed() && cut) {
                        approximate(lp);
                    }
                    if (first) {
                        return;
                    }
                    break;
                }
                if (first) {
                    besideFrom = besideFrom(start, lp.x.length);
                }
                first = false;
            }
            approximateBeside(lp, besideFrom);
        } catch (RuntimeException failure) {
            // Only a fallback: the LP phase goes on without it (and says why in its diagnostics).
            record("failed: " + failure);
        } finally {
            free();
        }
    }

    /**
     * Solves with the segments worth at least {@code threshold} open and the others at zero, until
     * {@code byNanos} at most; false to stop.
     */
    private boolean solveStage(PlanningLp lp, double threshold, long byNanos) {
        Set<Priority> planned = EnumSet.noneOf(Priority.class);
        Map<Priority, Integer> open = new TreeMap<>();
        for (Priority priority : priorities(economy)) {
            int quarters = 0;
            while (quarters < ShareUtility.SLOPES.length && value(economy, priority, quarters) >= threshold) {
                quarters++;
            }
            open.put(priority, quarters);
            if (quarters == ShareUtility.SLOPES.length) {
                planned.add(priority);
            }
        }
        for (int g = 0; g < lp.groups.size(); g++) {
            int quarters = open.get(lp.groups.get(g).priority());
            for (int k = 0; k < lp.segments[g].length; k++) {
                lp.segments[g][k].setUb(k < quarters ? ShareUtility.QUARTER : 0);
            }
        }
        long start = System.nanoTime();
        long remaining = (byNanos - start) / 1_000_000;
        if (remaining < 1 || isClosed()) {
            return false;
        }
        lp.solver.setTimeLimit(remaining);
        ResultStatus result = LexicographicSolve.solverResult(lp.solver);
        record("quarters open " + open + ": " + result + " " + (System.nanoTime() - start) / 1_000_000 + " ms, "
                + lp.solver.iterations() + " iterations");
        if (result != ResultStatus.OPTIMAL || isClosed()) {
            return false;
        }
        double value = lp.solver.objective().value();
        best = new Stage(Set.copyOf(planned), LevelSnapshot.read(lp), LpSensitivity.read(lp, Set.of()), value);
        synchronized (this) {
            needs.add(value);
        }
        notes.accept(String.format(Locale.ROOT, "a plan of the needs by priority is ready beside the LP (%s):"
                + " needs %.6g, what the solve falls back on if the LP does not end in time", describe(open), value));
        return true;
    }

    /**
     * The first stage took so long that the whole level would end after twice the time left: stops
     * the LP phase, opens every segment and approximates the whole level with PDLP on every core
     * ({@link FirstOrderNeeds}) until the time the caller needs to make its plan whole.
     */
    private void approximate(PlanningLp lp) {
        long start = System.nanoTime();
        long left = deadlineNanos - start;
        long solveFor = left - Math.max(left * 3 / 20, MAKE_WHOLE_NANOS_PER_COLUMN * lp.x.length);
        if (solveFor < 1_000_000_000L) {
            record("approximation skipped: no time");
            return;
        }
        approximating = true;
        lpPhase.request();
        notes.accept("the LP is stopped: at this pace it would end after twice the time left; approximating it instead");
        for (MPVariable[] segments : lp.segments) {
            for (MPVariable segment : segments) {
                segment.setUb(ShareUtility.QUARTER);
            }
        }
        Optional<FirstOrderNeeds.Result> result = InteriorNeeds.approximate(lp, Duration.ofNanos(solveFor),
                Runtime.getRuntime().availableProcessors());
        record("whole level approximated: " + result.map(FirstOrderNeeds.Result::log).orElse("no approximate plan"));
        result.ifPresent(plan -> {
            approximate = plan;
            notes.accept(String.format(Locale.ROOT, "an approximate plan of the LP (%s) is ready: needs %.6g before it"
                    + " is made feasible%s, what the solve falls back on", plan.method(), plan.objective(),
                    Double.isFinite(plan.bound()) ? String.format(Locale.ROOT, " (the optimum at most %.6g)", plan.bound()) : ""));
        });
    }

    /**
     * When the whole level, kept after the first stage, is approximated beside it if it has not ended
     * by then: once {@link #BESIDE_FROM} of the time has passed, in an economy of
     * {@code besideFromTechnologies} or more, if the LP phase can be stopped and HiGHS's interior
     * point is here (it can be interrupted); else the deadline: the stages go on to it.
     * {@code -Dveche.stages.beside=false} turns it off, for benchmarks.
     */
    private long besideFrom(long start, int technologies) {
        if (!lpPhase.canStop() || approximateOnly || technologies < besideFromTechnologies
                || InteriorPoint.available().isEmpty()
                || !Boolean.parseBoolean(System.getProperty("veche.stages.beside", "true"))) {
            return deadlineNanos;
        }
        return start + (long) ((deadlineNanos - start) * BESIDE_FROM);
    }

    /**
     * The whole level kept after a first stage that came in time, but not ended by {@code fromNanos}:
     * approximates it beside the LP phase with HiGHS's interior point on this thread's core, the LP
     * phase going on. If the LP phase's level ends first ({@link #close}), the interior point is
     * interrupted and its point dropped; if not, at the time the caller needs to make a plan whole,
     * the point is kept and the LP phase stopped, as after {@link #approximate}. The stages' first
     * estimate ({@link FirstOrderNeeds#WHOLE_PER_FIRST} times the first stage) is made at 20,000
     * products; at 100,000 the whole level took 36 times the first stage (tiered: 31 s against
     * 1,105 s), so with a limit the first stage called enough the solve used to end with a stage's
     * plan.
     */
    private void approximateBeside(PlanningLp lp, long fromNanos) {
        if (fromNanos >= deadlineNanos || !waitUntil(fromNanos)) {
            return;
        }
        long start = System.nanoTime();
        long left = deadlineNanos - start;
        long stopAt = start + left - Math.max(left * 3 / 20, MAKE_WHOLE_NANOS_PER_COLUMN * lp.x.length);
        if (stopAt - start < 1_000_000_000L) {
            record("approximation beside skipped: no time");
            return;
        }
        notes.accept("the LP's needs level is taking longer than expected: approximating it beside, in case it"
                + " does not end in time");
        for (MPVariable[] segments : lp.segments) {
            for (MPVariable segment : segments) {
                segment.setUb(ShareUtility.QUARTER);
            }
        }
        Optional<FirstOrderNeeds.Result> result = InteriorNeeds.approximate(lp, Duration.ofNanos(stopAt - start), 1,
                this::isClosed);
        if (result.isEmpty() || !waitUntil(stopAt)) {
            record("whole level approximated beside: " + (result.isEmpty() ? "no approximate plan" : "the LP ended first"));
            return;
        }
        synchronized (this) {
            if (closed) {
                record("whole level approximated beside: the LP ended first");
                return;
            }
            approximate = result.get();
            approximating = true;
            lpPhase.request();
        }
        record("whole level approximated beside, the LP stopped: " + result.get().log());
        FirstOrderNeeds.Result plan = result.get();
        notes.accept(String.format(Locale.ROOT, "the LP is stopped: its needs level did not end in time; an approximate"
                + " plan of it (%s) is ready: needs %.6g before it is made feasible%s, what the solve falls back on",
                plan.method(), plan.objective(), Double.isFinite(plan.bound())
                        ? String.format(Locale.ROOT, " (the optimum at most %.6g)", plan.bound()) : ""));
    }

    /** Waits until {@code nanos} (System.nanoTime) or until closed; true if not closed by then. */
    private synchronized boolean waitUntil(long nanos) {
        try {
            for (long left = nanos - System.nanoTime(); !closed && left > 0; left = nanos - System.nanoTime()) {
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !closed;
    }

    /** The quarters open, in words: "essential in full, important 1 of 4 quarters". */
    private static String describe(Map<Priority, Integer> open) {
        List<String> parts = new ArrayList<>();
        open.forEach((priority, quarters) -> {
            String name = priority.name().toLowerCase(Locale.ROOT);
            if (quarters == ShareUtility.SLOPES.length) {
                parts.add(name + " in full");
            } else if (quarters > 0) {
                parts.add(name + " " + quarters + " of " + ShareUtility.SLOPES.length + " quarters");
            }
        });
        return String.join(", ", parts);
    }

    /**
     * The stage's plan with what it leaves over handed to the needs it did not plan in full: per
     * product, output minus intermediate use minus the stage's deliveries, added to the shares of
     * the groups of the priorities not fully open, higher priorities first. Production and the
     * stage's shares stay as solved.
     */
    static LevelSnapshot withLeftovers(PlanningLp lp, Stage stage) {
        LevelSnapshot solved = stage.snapshot();
        Map<String, Double> left = new HashMap<>();
        for (int i = 0; i < lp.x.length; i++) {
            var technology = lp.technologyData.get(i);
            double x = solved.production()[i];
            left.merge(technology.product(), x, Double::sum);
            technology.inputs().forEach((input, a) -> left.merge(input, -a * x, Double::sum));
        }
        List<Integer> unplanned = new ArrayList<>();
        for (int g = 0; g < lp.groups.size(); g++) {
            left.merge(lp.groups.get(g).product(), -solved.shares()[g] * lp.demand[g], Double::sum);
            if (!stage.planned().contains(lp.groups.get(g).priority())) {
                unplanned.add(g);
            }
        }
        unplanned.sort(Comparator.comparing(g -> lp.groups.get(g).priority()));
        double[] shares = solved.shares().clone();
        for (int g : unplanned) {
            String product = lp.groups.get(g).product();
            double available = Math.max(0, left.getOrDefault(product, 0.0));
            double share = lp.demand[g] > 0 ? Math.min(1, shares[g] + available / lp.demand[g]) : shares[g];
            left.put(product, available - (share - shares[g]) * lp.demand[g]);
            shares[g] = share;
        }
        return new LevelSnapshot(solved.production(), shares);
    }

    private synchronized boolean open(MPSolver created) {
        if (closed) {
            created.delete();
            return false;
        }
        solver = created;
        return true;
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Keeps {@code line} for the diagnostics; with {@code -Dveche.stages.log=true} also prints it on standard error. */
    private synchronized void record(String line) {
        log.add(line);
        if (Boolean.getBoolean("veche.stages.log")) {
            System.err.println("need stage " + line);
        }
    }

    private synchronized void free() {
        closed = true;
        if (solver != null) {
            solver.delete();
            solver = null;
        }
    }

    /** Stops the stages (a running solve is interrupted) and frees the model once they end. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            if (solver != null) {
                solver.interruptSolve();
            }
            notifyAll();
        }
    }
}
