package org.veche.planner.lp;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolver.ResultStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.plan.NeedGroup;
import org.veche.model.plan.TechnologyRef;

/**
 * Solves the planning LP level by level: each level is optimised, then held at its optimum (within
 * {@link #RELATIVE_TOLERANCE}) while the next is optimised. Keeps the last solved level's values, so
 * a time limit or a numerical failure in a lower level still returns the best plan found.
 */
final class LexicographicSolve {

    /**
     * How far a later level may move a fixed level from its optimum, relative. Added to the solver's
     * own feasibility tolerance (about 1e-7 absolute per row) this keeps the final plan within 1e-6
     * relative of each level's optimum.
     */
    static final double RELATIVE_TOLERANCE = 1e-9;

    private final PlanningLp lp;
    private final long deadlineNanos;
    private final boolean productionPinned;
    private final Set<TechnologyRef> fixed;
    private final Duration timeLimit;
    private final LevelHold hold;
    private final boolean warm;
    private boolean firstLevelAbnormal;
    private LevelSnapshot snapshot;
    private LpStatus status = LpStatus.OPTIMAL;
    private final Map<String, Double> levelValues = new HashMap<>();
    private final List<String> levelLog = new ArrayList<>();
    private Map<String, Double> valuations = Map.of();
    private LpSensitivity sensitivity = LpSensitivity.NONE;
    private Set<Priority> unplanned = Set.of();
    private Runnable afterFirstLevel = () -> {};
    private BooleanSupplier stopRequested = () -> false;

    LexicographicSolve(PlanningLp lp, Duration timeLimit, Set<TechnologyRef> fixed, LevelHold hold) {
        this(lp, timeLimit, fixed, hold, false);
    }

    /**
     * With {@code warm}, the solver already holds an optimal basis of the first level (the discrete
     * dive's last solve, {@link BoundedNeedsLp}): the first level continues from it without presolve.
     */
    LexicographicSolve(PlanningLp lp, Duration timeLimit, Set<TechnologyRef> fixed, LevelHold hold,
            boolean warm) {
        this.warm = warm;
        this.lp = lp;
        this.hold = hold;
        this.timeLimit = timeLimit;
        this.deadlineNanos = System.nanoTime() + timeLimit.toNanos();
        this.fixed = Set.copyOf(fixed);
        this.productionPinned = !fixed.isEmpty();
        this.snapshot = LevelSnapshot.zero(lp);
    }

    /** Calls {@code action} once the first level's solve ended, however it ended (before the next level). */
    LexicographicSolve afterFirstLevel(Runnable action) {
        this.afterFirstLevel = action;
        return this;
    }

    /**
     * Ends the levels early, as at the time limit, once {@code requested} says so ({@link LpStop}):
     * a level interrupted then, or not yet started, counts as stopped, not as a numerical failure.
     */
    LexicographicSolve stoppedBy(BooleanSupplier requested) {
        this.stopRequested = requested;
        return this;
    }

    /** Runs the levels in order; returns empty if the pinned production admits no plan. */
    Optional<LexicographicSolve> run(List<LevelObjective> levels) {
        for (int level = 0; level < levels.size(); level++) {
            LevelObjective objective = levels.get(level);
            ResultStatus result = stopRequested.getAsBoolean() ? ResultStatus.NOT_SOLVED : solve(objective, level);
            if (level == 0) {
                afterFirstLevel.run();
            }
            if (result == ResultStatus.OPTIMAL) {
                snapshot = LevelSnapshot.read(lp);
                double optimum = objective.value();
                levelValues.put(objective.name(), optimum);
                readDuals(objective);
                if (level < levels.size() - 1) {
                    hold(objective, optimum);
                }
                continue;
            }
            if (level == 0 && result == ResultStatus.INFEASIBLE) {
                return Optional.empty();
            }
            firstLevelAbnormal = level == 0 && result == ResultStatus.ABNORMAL && !stopRequested.getAsBoolean();
            stopEarly(level, result);
            break;
        }
        return Optional.of(this);
    }

    /**
     * Keeps the level at its optimum for the levels below: by reduced-cost fixing where the duals
     * are trusted (exact, sparse, warm), else by an objective row within {@link #RELATIVE_TOLERANCE}.
     */
    private void hold(LevelObjective objective, double optimum) {
        Optional<String> face = hold == LevelHold.OPTIMAL_FACE && LpPhase.dualsTrusted(lp.solver)
                ? OptimalFace.hold(lp.solver, objective)
                : Optional.empty();
        if (face.isPresent()) {
            levelLog.add(objective.name() + " held by reduced-cost fixing (" + face.get() + ")");
            return;
        }
        lp.fix(objective, optimum, hold.rowTolerance() * Math.max(1, Math.abs(optimum)));
        levelLog.add(objective.name() + " held by objective row");
    }

    private ResultStatus solve(LevelObjective objective, int level) {
        lp.setObjective(objective);
        String method = warm && level == 0 ? SolverParameters.applyWarmFirst(lp.solver)
                : SolverParameters.apply(lp.solver, level);
        long start = System.nanoTime();
        long remainingMillis = Math.max(1, (deadlineNanos - start) / 1_000_000);
        lp.solver.setTimeLimit(remainingMillis);
        ResultStatus result = solverResult(lp.solver);
        levelLog.add(objective.name() + " " + result + " " + (System.nanoTime() - start) / 1_000_000 + " ms on " + method);
        return result;
    }

    /**
     * OR-Tools 9.15's Java enum has no constant for MPSOLVER_UNKNOWN_STATUS (99), which HiGHS returns
     * when its time limit strikes before any feasible point, so solve() throws; that is NOT_SOLVED.
     */
    static ResultStatus solverResult(MPSolver solver) {
        try {
            return solver.solve();
        } catch (IllegalArgumentException unknownStatus) {
            return ResultStatus.NOT_SOLVED;
        }
    }

    /** Whether the first level failed numerically (another solver may succeed). */
    boolean firstLevelAbnormal() {
        return firstLevelAbnormal;
    }

    /** Each level's outcome and time, e.g. "needs OPTIMAL 120 ms", for the diagnostics. */
    List<String> levelLog() {
        return List.copyOf(levelLog);
    }

    /**
     * A level that did not finish: keep its values if the solver has a feasible point, otherwise
     * the previous level's. With nothing solved the plan is all zero ({@link LpStatus#STOPPED} when
     * the time limit ended it); with production pinned there is then no plan to give.
     */
    private void stopEarly(int level, ResultStatus result) {
        status = LpStatus.FEASIBLE;
        if (result == ResultStatus.FEASIBLE) {
            snapshot = LevelSnapshot.read(lp);
        } else if (level == 0 && productionPinned) {
            throw new LpTimeLimitException("The LP phase found no plan within its time limit of "
                    + timeLimit.toMillis() + " ms (solver said " + result
                    + "). Raise LpOptions.timeLimit or pin less production.");
        } else if (level == 0 && (timeIsUp() || stopRequested.getAsBoolean())) {
            status = LpStatus.STOPPED;
            unplanned = EnumSet.noneOf(Priority.class);
            lp.groups.forEach(group -> unplanned.add(group.priority()));
        }
    }

    /** Whether the first level ended without any plan: the all-zero plan stands in for it. */
    boolean firstLevelUnsolved() {
        return !levelValues.containsKey(LevelObjectives.NEEDS) && snapshotIsZero();
    }

    private boolean snapshotIsZero() {
        return Arrays.stream(snapshot.production()).allMatch(v -> v == 0)
                && Arrays.stream(snapshot.shares()).allMatch(v -> v == 0);
    }

    /**
     * Takes a stage's plan (solved on a model built alike from the same economy, so its columns are
     * in the same order) in place of a first level that found none: status {@link LpStatus#PARTIAL}.
     */
    void adopt(NeedStages.Stage stage) {
        snapshot = NeedStages.withLeftovers(lp, stage);
        sensitivity = stage.sensitivity();
        status = LpStatus.PARTIAL;
        unplanned = EnumSet.noneOf(Priority.class);
        lp.groups.forEach(group -> unplanned.add(group.priority()));
        unplanned.removeAll(stage.planned());
        levelLog.add("needs from the stage beside with " + stage.planned() + " planned in full");
    }

    /**
     * Whether the time limit, not a numerical failure, ended the level: GLOP reports both as
     * ABNORMAL. Within a hundredth of the limit (at least 10 ms) of the deadline counts as up.
     */
    private boolean timeIsUp() {
        return deadlineNanos - System.nanoTime() < Math.max(10_000_000L, timeLimit.toNanos() / 100);
    }

    private void readDuals(LevelObjective objective) {
        if (!LpPhase.dualsTrusted(lp.solver)) {
            return;
        }
        if (objective.name().equals(LevelObjectives.NEEDS)) {
            sensitivity = LpSensitivity.read(lp, fixed);
        } else if (objective.name().equals(LevelObjectives.LABOUR_HOURS)) {
            valuations = readValuations();
        }
    }

    /**
     * Duals of material balance while labour hours are minimised: the hours one more unit of net
     * output of a product costs. Solver noise below 1e-9 and negative values (a product in
     * surplus is free) are reported as 0.
     */
    private Map<String, Double> readValuations() {
        Map<String, Double> values = new HashMap<>();
        lp.balance.forEach((product, row) -> values.put(product, clean(row.dualValue())));
        return values;
    }

    static double clean(double value) {
        return value > 1e-9 ? value : 0;
    }

    LpSolution toSolution(LpDiagnostics diagnostics) {
        Map<TechnologyRef, Double> production = new HashMap<>();
        for (int i = 0; i < lp.x.length; i++) {
            production.put(lp.technologies.get(i), snapshot.production()[i]);
        }
        Map<NeedGroup, Double> shares = new HashMap<>();
        for (int g = 0; g < lp.groups.size(); g++) {
            shares.put(lp.groups.get(g), snapshot.shares()[g]);
        }
        return new LpSolution(status, production, shares, valuations, needs(),
                -levelValues.getOrDefault(LevelObjectives.STABILITY, 0.0),
                perUnitTotal(0), perUnitTotal(1), diagnostics, sensitivity, unplanned);
    }

    /** The needs level of the returned plan, from its shares (not the solver's objective value). */
    private double needs() {
        double sum = 0;
        for (int g = 0; g < lp.groups.size(); g++) {
            NeedGroup group = lp.groups.get(g);
            sum += lp.economy.policy().priorityWeights().of(group.priority())
                    * lp.economy.requireProduct(group.product()).weight()
                    * ShareUtility.u(snapshot.shares()[g]);
        }
        return sum;
    }

    /** Total labour hours (which = 0) or emissions (which = 1) of the returned production. */
    private double perUnitTotal(int which) {
        double sum = 0;
        for (int i = 0; i < lp.x.length; i++) {
            var technology = lp.technologyData.get(i);
            sum += (which == 0 ? technology.labourHours() : technology.emissions()) * snapshot.production()[i];
        }
        return sum;
    }

    static List<LevelObjective> nonEmpty(List<LevelObjective> levels) {
        List<LevelObjective> kept = new ArrayList<>();
        for (LevelObjective level : levels) {
            if (!level.isEmpty() || level.name().equals(LevelObjectives.NEEDS)) {
                kept.add(level);
            }
        }
        return kept;
    }

    MPSolver solver() {
        return lp.solver;
    }
}
