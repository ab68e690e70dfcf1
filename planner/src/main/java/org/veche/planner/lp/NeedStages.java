package org.veche.planner.lp;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolver.ResultStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.plan.NeedGroup;

/**
 * The needs level solved priority by priority on a model of its own, on a thread of its own, beside
 * the LP phase's solve of the whole level: first with only the essential needs' shares open, then
 * with the important ones too. Each stage's optimum is a plan of the whole economy (the needs left
 * out get nothing), so when the time limit ends the whole level before it has any plan (GLOP's dual
 * simplex has none until it ends) the LP phase gives the last stage's plan instead of the all-zero
 * one ({@link LpStatus#PARTIAL}).
 *
 * <p>Measured at 20,000 products on the popular structure, where the whole level takes about 300 s:
 * the essential stage ends after about 24 s with 88 % of the optimum's needs, the important stage
 * about 68 s later with 99.1 %; beside them the whole level is not slowed (20,000 popular: 380 s;
 * 100,000 tiered: 1,028 s against 1,056 s alone). The last stage (every priority open) is not run: continued warm
 * it took longer than the whole level solved cold with presolve (desired stage 57 s at 20,000 tiered,
 * where the whole level takes 27 s; 441 s in all at 20,000 popular against 405 s), so it would only
 * take memory bandwidth from the LP phase. GLOP without presolve, so that each stage continues from
 * the basis of the one before (opening shares keeps it dual feasible); the parameters are the
 * discrete dive's ({@link BoundedNeedsLp#PARAMETERS}).
 *
 * <p>Thread safe: {@link #best} and {@link #close} may be called while the stages run.
 */
final class NeedStages implements AutoCloseable {

    /** A stage's optimum: the plan serving the needs of {@code planned} priorities, and its duals. */
    record Stage(Set<Priority> planned, LevelSnapshot snapshot, LpSensitivity sensitivity, double needs) {}

    private final Economy economy;
    private final long deadlineNanos;
    private final Thread thread;
    private volatile Stage best;
    private MPSolver solver;
    private boolean closed;
    private final List<String> log = new ArrayList<>();

    private NeedStages(Economy economy, long deadlineNanos) {
        this.economy = economy;
        this.deadlineNanos = deadlineNanos;
        this.thread = Thread.ofPlatform().daemon().name("veche-need-stages").unstarted(this::run);
    }

    /**
     * Starts the stages for {@code economy} until {@code deadlineNanos} (System.nanoTime), or empty
     * when there is nothing to stage: needs of fewer than two priorities.
     */
    static Optional<NeedStages> begin(Economy economy, long deadlineNanos) {
        if (priorities(economy).size() < 2) {
            return Optional.empty();
        }
        NeedStages stages = new NeedStages(economy, deadlineNanos);
        stages.thread.start();
        return Optional.of(stages);
    }

    private static List<Priority> priorities(Economy economy) {
        Set<Priority> present = new TreeSet<>();
        NeedGroups.demands(economy).keySet().forEach(group -> present.add(group.priority()));
        return List.copyOf(present);
    }

    /** The last stage solved to its optimum, if any. */
    Optional<Stage> best() {
        return Optional.ofNullable(best);
    }

    /** Waits until the stages ended (all solved, stopped or closed). */
    void awaitEnd() throws InterruptedException {
        thread.join();
    }

    /** Each stage's outcome and time, for the diagnostics. */
    synchronized List<String> log() {
        return List.copyOf(log);
    }

    private void run() {
        MPSolver created = MPSolver.createSolver("GLOP");
        if (created == null || !open(created)) {
            return;
        }
        try {
            PlanningLp lp = PlanningLp.build(economy, created);
            LevelObjective needs = LevelObjectives.needs(lp);
            lp.setObjective(needs);
            lp.solver.setSolverSpecificParametersAsString(BoundedNeedsLp.PARAMETERS);
            List<Priority> priorities = priorities(economy);
            Set<Priority> planned = EnumSet.noneOf(Priority.class);
            for (Priority priority : priorities.subList(0, priorities.size() - 1)) {
                planned.add(priority);
                if (!solveStage(lp, planned)) {
                    return;
                }
            }
        } catch (RuntimeException failure) {
            // Only a fallback: the LP phase goes on without it (and says why in its diagnostics).
            record("failed: " + failure);
        } finally {
            free();
        }
    }

    /** Solves with the shares of {@code planned} open and the others at zero; false to stop. */
    private boolean solveStage(PlanningLp lp, Set<Priority> planned) {
        for (int g = 0; g < lp.groups.size(); g++) {
            NeedGroup group = lp.groups.get(g);
            double upper = planned.contains(group.priority()) ? ShareUtility.QUARTER : 0;
            for (var segment : lp.segments[g]) {
                segment.setUb(upper);
            }
        }
        long start = System.nanoTime();
        long remaining = (deadlineNanos - start) / 1_000_000;
        if (remaining < 1 || isClosed()) {
            return false;
        }
        lp.solver.setTimeLimit(remaining);
        ResultStatus result = solve(lp.solver);
        record(planned + " " + result + " " + (System.nanoTime() - start) / 1_000_000 + " ms, "
                + lp.solver.iterations() + " iterations");
        if (result != ResultStatus.OPTIMAL || isClosed()) {
            return false;
        }
        LevelSnapshot snapshot = LevelSnapshot.read(lp);
        best = new Stage(Set.copyOf(planned), snapshot, LpSensitivity.read(lp, Set.of()), lp.solver.objective().value());
        return true;
    }

    /**
     * The stage's plan with what it leaves over handed to the needs it did not plan: per product,
     * output minus intermediate use minus the planned deliveries, given to the unplanned groups in
     * priority order. Planned shares and production stay as solved.
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
            if (stage.planned().contains(lp.groups.get(g).priority())) {
                left.merge(lp.groups.get(g).product(), -solved.shares()[g] * lp.demand[g], Double::sum);
            } else {
                unplanned.add(g);
            }
        }
        unplanned.sort(Comparator.comparing(g -> lp.groups.get(g).priority()));
        double[] shares = solved.shares().clone();
        for (int g : unplanned) {
            String product = lp.groups.get(g).product();
            double available = Math.max(0, left.getOrDefault(product, 0.0));
            shares[g] = lp.demand[g] > 0 ? Math.min(1, available / lp.demand[g]) : 0;
            left.put(product, available - shares[g] * lp.demand[g]);
        }
        return new LevelSnapshot(solved.production(), shares);
    }

    private static ResultStatus solve(MPSolver solver) {
        try {
            return solver.solve();
        } catch (IllegalArgumentException unknownStatus) {
            return ResultStatus.NOT_SOLVED;
        }
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
        }
    }
}
