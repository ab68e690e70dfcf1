package org.veche.planner.lp;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.veche.model.Economy;
import org.veche.model.plan.TechnologyRef;

/**
 * The exact LP phase: the continuous relaxation of SPEC §3's planning model (no minimum outputs, no
 * integrality), solved lexicographically — needs, then stability, then labour hours, then
 * emissions — on GLOP through OR-Tools (HiGHS where GLOP is unavailable), each level held at its
 * optimum by reduced-cost fixing ({@link OptimalFace}). For a large economy, when asked, the needs
 * are also solved priority by priority beside it ({@link NeedStages}), for a plan when the time limit
 * ends the needs level before it has one ({@link LpStatus#PARTIAL}).
 */
public final class LpPhase {

    /**
     * GLOP first at every size: its duals are correct (valuations, sensitivity) and let each level be
     * held by reduced-cost fixing, which keeps the later levels small and warm. HiGHS (interior point)
     * is the fallback; OR-Tools 9.15 hands back its row activities as duals and no reduced costs, so
     * a HiGHS solution carries no valuations and holds levels by dense objective rows.
     */
    static final List<String> SOLVERS = List.of("GLOP", "HIGHS");

    /**
     * From this many technologies (LP production columns) on, the needs are also solved stage by
     * stage beside the whole level ({@link NeedStages}) when the options ask for it. Below it the
     * whole level takes seconds (2,000 products, 6,000 technologies: about 1 s) and a second model
     * would only cost memory; at 20,000 products (60,000 technologies) it takes 27 s (tiered) to
     * 300 s (popular).
     */
    static final int STAGES_FROM_TECHNOLOGIES = 10_000;

    /** A pinned quantity may exceed maxOutput by this much (relative) before the pin counts as impossible. */
    private static final double PIN_TOLERANCE = 1e-9;

    static {
        Loader.loadNativeLibraries();
    }

    private LpPhase() {}

    /** The best continuous plan for {@code economy} under {@code options}. */
    public static LpSolution solve(Economy economy, LpOptions options) {
        return solve(economy, options, SOLVERS);
    }

    /** Whether this solver's duals can be read: only GLOP's are (OR-Tools 9.15 returns HiGHS's row activities instead). */
    static boolean dualsTrusted(MPSolver solver) {
        return isGlop(solver);
    }

    static boolean isGlop(MPSolver solver) {
        // problemType() throws for HiGHS in the 9.15 Java binding (no enum constant), so ask the version.
        return solver.solverVersion().startsWith("Glop");
    }

    static LpSolution solve(Economy economy, LpOptions options, List<String> solverIds) {
        return solve(economy, options, solverIds, LevelHold.OPTIMAL_FACE);
    }

    /**
     * Solves on the first available solver of {@code solverIds}; if its first level fails
     * numerically (ABNORMAL), the next available solver tries again within the remaining time,
     * unless less than a tenth of the time limit remains: GLOP stopped by its time limit in the
     * middle of the dual simplex says ABNORMAL too (IMPRECISE, no primal solution), and HiGHS
     * would then only spend a second building its model.
     */
    static LpSolution solve(Economy economy, LpOptions options, List<String> solverIds, LevelHold hold) {
        long start = System.nanoTime();
        Optional<NeedStages> stages = stages(economy, options, start + options.timeLimit().toNanos());
        try {
            return solve(economy, options, solverIds, hold, stages, start);
        } finally {
            stages.ifPresent(NeedStages::close);
        }
    }

    /**
     * The need stages beside the whole level, when asked for and worth it: nothing pinned (the
     * discrete repair's re-solves), a second core for them, a large economy, and GLOP available
     * (they need its warm basis between stages).
     */
    private static Optional<NeedStages> stages(Economy economy, LpOptions options, long deadlineNanos) {
        boolean wanted = options.needStages() && options.fixedProduction().isEmpty()
                && options.minimumProduction().isEmpty()
                && Runtime.getRuntime().availableProcessors() > 1
                && technologies(economy) >= STAGES_FROM_TECHNOLOGIES;
        return wanted ? NeedStages.begin(economy, deadlineNanos, options.notes(), options.stop()) : Optional.empty();
    }

    private static long technologies(Economy economy) {
        return economy.collectives().stream().mapToLong(c -> c.technologies().size()).sum();
    }

    /** Solves with {@code stages} (if any) beside, counting the time limit from {@code start} (System.nanoTime). */
    static LpSolution solve(Economy economy, LpOptions options, List<String> solverIds, LevelHold hold,
            Optional<NeedStages> stages, long start) {
        LpSolution last = null;
        for (String id : solverIds) {
            if (last != null && options.stop().requested()) {
                return last; // asked to end: no other solver
            }
            MPSolver solver = MPSolver.createSolver(id);
            if (solver == null) {
                continue;
            }
            Duration remaining = options.timeLimit().minusNanos(System.nanoTime() - start);
            Attempt attempt = solve(economy, options.withTimeLimit(remaining.isNegative() ? Duration.ofMillis(1) : remaining),
                    configure(solver), hold, stages);
            long left = options.timeLimit().toNanos() - (System.nanoTime() - start);
            if (!attempt.firstLevelAbnormal() || left < options.timeLimit().toNanos() / 10) {
                return attempt.solution();
            }
            last = attempt.solution();
        }
        if (last != null) {
            return last;
        }
        throw new IllegalStateException("None of the LP solvers " + solverIds
                + " is available in this OR-Tools build. Check the ortools-java native library for this platform.");
    }

    private record Attempt(LpSolution solution, boolean firstLevelAbnormal) {}

    private static Attempt solve(Economy economy, LpOptions options, MPSolver solver, LevelHold hold,
            Optional<NeedStages> stages) {
        long start = System.nanoTime();
        options.stop().attach(solver);
        try {
            PlanningLp lp = PlanningLp.build(economy, solver);
            boolean pinnable = pin(lp, options.fixedProduction()) && raise(lp, options.minimumProduction());
            List<LevelObjective> levels = LexicographicSolve.nonEmpty(List.of(
                    LevelObjectives.needs(lp),
                    StabilityTerms.build(lp, options.stability()),
                    LevelObjectives.labourHours(lp),
                    LevelObjectives.emissions(lp)));
            long built = System.nanoTime();
            Set<TechnologyRef> pinned = new HashSet<>(options.fixedProduction().keySet());
            pinned.addAll(options.minimumProduction().keySet());
            // The time limit counts from the start of this attempt: building the LP (seconds at 20,000 products) is in it.
            Duration left = options.timeLimit().minusNanos(built - start);
            LexicographicSolve solve = new LexicographicSolve(lp, left.toMillis() < 1 ? Duration.ofMillis(1) : left, pinned,
                    hold).stoppedBy(options.stop()::requested);
            // Whether or not the whole level found its optimum, the stages have done their part by then.
            Optional<LexicographicSolve> solved = pinnable
                    ? solve.afterFirstLevel(() -> stages.ifPresent(NeedStages::close)).run(levels)
                    : Optional.empty();
            // An approximation of the whole level, where the stages made one, comes before a stage's plan.
            Optional<FirstOrderNeeds.Result> approximate = solved.isPresent() && solve.firstLevelUnsolved()
                    ? stages.flatMap(NeedStages::approximation) : Optional.empty();
            if (solved.isPresent() && solve.firstLevelUnsolved() && approximate.isEmpty()) {
                stages.flatMap(NeedStages::best).ifPresent(solve::adopt);
            }
            LpDiagnostics diagnostics = new LpDiagnostics(solver.numConstraints(), solver.numVariables(),
                    millis(built - start), millis(System.nanoTime() - built),
                    solver.solverVersion() + " " + solve.levelLog()
                            + stages.map(s -> " need stages beside " + s.log()).orElse(""));
            LpSolution solution = solved.map(s -> s.toSolution(diagnostics)).orElseGet(() -> LpSolution.infeasible(diagnostics));
            if (solution.status() == LpStatus.STOPPED && approximate.isPresent()) {
                solution = solution.withApproximate(approximate.get());
            }
            return new Attempt(solution, solve.firstLevelAbnormal());
        } finally {
            options.stop().detach();
            solver.delete();
        }
    }

    private static MPSolver configure(MPSolver solver) {
        if (Boolean.getBoolean("veche.lp.log")) {
            solver.enableOutput();
        } else {
            solver.suppressOutput();
        }
        return solver;
    }

    /**
     * Pins production; false if a pin is outside [0, maxOutput], which no plan can meet.
     *
     * @throws IllegalArgumentException if a pinned technology does not exist
     */
    private static boolean pin(PlanningLp lp, Map<TechnologyRef, Double> fixed) {
        boolean possible = true;
        for (Map.Entry<TechnologyRef, Double> pin : fixed.entrySet()) {
            int i = index(lp, pin.getKey(), "fixedProduction");
            double value = pin.getValue();
            double max = lp.technologyData.get(i).maxOutput();
            if (!Double.isFinite(value) || value < 0 || value > max * (1 + PIN_TOLERANCE) + PIN_TOLERANCE) {
                possible = false;
            } else {
                lp.x[i].setBounds(value, value);
            }
        }
        return possible;
    }

    /**
     * Raises lower bounds of production (a pinned technology keeps its pin); false if a minimum is
     * above maxOutput, which no plan can meet.
     *
     * @throws IllegalArgumentException if a technology does not exist
     */
    private static boolean raise(PlanningLp lp, Map<TechnologyRef, Double> minimum) {
        boolean possible = true;
        for (Map.Entry<TechnologyRef, Double> floor : minimum.entrySet()) {
            int i = index(lp, floor.getKey(), "minimumProduction");
            double value = floor.getValue();
            double max = lp.technologyData.get(i).maxOutput();
            if (!Double.isFinite(value) || value > max * (1 + PIN_TOLERANCE) + PIN_TOLERANCE) {
                possible = false;
            } else if (lp.x[i].lb() < lp.x[i].ub()) {
                lp.x[i].setLb(Math.min(Math.max(0, value), max));
            }
        }
        return possible;
    }

    private static int index(PlanningLp lp, TechnologyRef technology, String option) {
        return lp.technology(technology).orElseThrow(() -> new IllegalArgumentException(
                "Unknown technology '" + technology + "' in " + option + ". Maybe collective '"
                        + technology.collective() + "' has no technology for product '"
                        + technology.product() + "'?"));
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
