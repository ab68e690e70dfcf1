package org.veche.planner.solver;

import ai.timefold.solver.core.api.score.buildin.bendablebigdecimal.BendableBigDecimalScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.veche.model.Economy;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.lp.BoundedNeedsLp;
import org.veche.planner.lp.FirstOrderNeeds;
import org.veche.planner.lp.LpOptions;
import org.veche.planner.lp.LpSolution;
import org.veche.planner.lp.LpStatus;
import org.veche.planner.lp.LpStop;
import org.veche.planner.lp.LpTimeLimitException;

/**
 * Makes the LP plan whole: fixes every discrete choice (whole units, minimum runs switched on or
 * off) with the rest of the plan rebalanced around them. First {@link DiscreteDive} on the warm
 * needs LP decides every choice (all at once where it can, else in batches); the later levels
 * (labour hours, emissions) are then solved under those choices on the same warm LP. Then, unless
 * the plan is already within {@link #NEAR_BOUND} of the LP bound or one pass over every choice would
 * not fit in the time left, moves one choice at a time a step up or down (a full re-solve each)
 * while that improves. A dive cut short by its deadline rounds its open lines ({@link #wholePlan}).
 * Without a plan from the dive (its own model not solved in time, or the dive skipped because,
 * solved after the LP phase as on one core or above 100,000 technologies, it would not leave the
 * full solves after it their time: {@link #diveFits}), every discrete line is rounded at once from
 * the LP phase's plan so that no product falls short, and one cold full solve checks it
 * ({@link #roundAtOnce}) if one full solve (about the LP phase's time) still fits. Without a plan
 * from that either, the same rounding is taken as it stands, what is still short cut out
 * ({@link #roundedAsItStands}): on one core at 20,000 products that full solve had taken the 24 s
 * left and run out of time, leaving the all-zero plan. Beside it is weighed the whole plan that
 * the dive's model made instead of its relaxation when that looked too slow
 * ({@link DiveStart.Fallback}: of the needs of the highest weight alone, or, on large economies,
 * from the approximation of the relaxation, HiGHS's interior point's or PDLP's); the one that
 * serves more is kept (from a stopped LP phase the rounding has nothing to round). If all that
 * fails, the older way: three
 * roundings of the LP plan, each re-solved, the best kept. The relaxed values
 * come from the LP phase's own result: Timefold may hand this phase the best plan so far rather
 * than the LP plan (the fractional LP plan is infeasible, so it never becomes best), and rounding
 * that would round zeros. A re-solve that runs out of time or fails numerically refuses its trial.
 */
final class DiscreteRepairCommand implements PhaseCommand<ProductionPlan> {

    /**
     * Needs this close to the LP bound (relative) end the repair without the stepwise improvement: a
     * hundredth of the 1 % the plan may lose. At 300 products (seed 1) the stepwise improvement took
     * 72 s of a 90 s limit to bring the gap from 1.3e-6 to 2e-7.
     */
    static final double NEAR_BOUND = 1e-4;

    private final LinearProgram lp;
    private final LpOptions options;
    private final Supplier<Optional<LpSolution>> relaxation;
    /** How long the last cold full solve here took. */
    private long lastSolveNanos;
    /** The dive's model, solving beside the LP phase ({@link #prepare}); null to build it when the dive starts. */
    private DiveStart diveStart;
    private final LpStop lpPhase;

    private record Trial(Map<TechnologyRef, Double> fixed, Map<TechnologyRef, Double> production,
            BendableBigDecimalScore score) {}

    DiscreteRepairCommand(LinearProgram lp, LpOptions options, Supplier<Optional<LpSolution>> relaxation) {
        this(lp, options, relaxation, LpStop.NEVER);
    }

    /** With {@code lpPhase}, the dive's model may end the LP phase early ({@link DiveStart}). */
    DiscreteRepairCommand(LinearProgram lp, LpOptions options, Supplier<Optional<LpSolution>> relaxation,
            LpStop lpPhase) {
        this.lp = lp;
        this.options = options;
        this.relaxation = relaxation;
        this.lpPhase = lpPhase;
    }

    /**
     * Starts building and solving the dive's needs model on another thread ({@link DiveStart}), to
     * run beside the LP phase; the dive then starts from it instead of its own cold solve.
     */
    void prepare(ProductionPlan problem, long deadlineNanos) {
        discardPrepared();
        diveStart = DiveStart.begin(problem.economy(), problem.lines(), deadlineNanos, lpPhase, options.notes());
    }

    /**
     * The dive's model's approximation of the relaxation, if it made one: its point, its shares and
     * (HiGHS's interior point's duals) a bound on the relaxation's needs, what a solve whose LP
     * phase the dive stopped reports and explains. Read after the solve.
     */
    Optional<FirstOrderNeeds.Result> relaxationApproximation() {
        DiveStart started = diveStart;
        return started == null ? Optional.empty() : started.approximation();
    }

    /** Frees the model {@link #prepare} started, unless the dive took it. */
    void discardPrepared() {
        if (diveStart != null) {
            diveStart.close();
        }
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<ProductionPlan> director, BooleanSupplier isPhaseTerminated) {
        repair(director, isPhaseTerminated, System.nanoTime() + options.timeLimit().toNanos(), Duration.ZERO);
    }

    /**
     * Repairs the working plan; every re-solve ends by {@code deadlineNanos} (System.nanoTime). The
     * dive stops {@code reserve} before it, so that the full solves that complete its choices still
     * have time.
     */
    void repair(ScoreDirector<ProductionPlan> director, BooleanSupplier isPhaseTerminated, long deadlineNanos,
            Duration reserve) {
        List<ProductionLine> discrete = director.getWorkingSolution().lines().stream()
                .filter(ProductionLine::discrete).toList();
        if (discrete.isEmpty()) {
            return;
        }
        ProductionPlan plan = director.getWorkingSolution();
        Map<TechnologyRef, Double> lpPlan = lpPlan(plan.lines());
        Map<TechnologyRef, Double> relaxed = new HashMap<>();
        discrete.forEach(line -> relaxed.put(line.ref(), ProductionLoad.tidy(line, lpPlan.get(line.ref()))));
        long now = System.nanoTime();
        Optional<Trial> best = Optional.empty();
        if (diveFits(diveStart != null, deadlineNanos - reserve.toNanos(), now)) {
            best = dive(director, deadlineNanos - reserve.toNanos(), deadlineNanos);
        } else {
            log("dive skipped: its model would be solved cold now, and the " + reserve.toSeconds()
                    + " s it must leave for the full solves after it are more than the "
                    + (deadlineNanos - now) / 1_000_000_000 + " s left", now);
        }
        Optional<Trial> essential = best.isEmpty() && diveStart != null
                ? fallback(director, diveStart, deadlineNanos) : Optional.empty();
        Optional<LpSolution> stopped = relaxation.get().filter(s -> s.status() == LpStatus.STOPPED);
        if (best.isEmpty() && stopped.isPresent()) {
            // A stopped LP phase left nothing to round, but perhaps an approximate plan made beside it.
            best = better(essential, approximated(director, stopped.get(), deadlineNanos));
        }
        Duration fullSolve = fullSolveEstimate();
        if (best.isEmpty() && !fits(fullSolve, deadlineNanos)) {
            log("rounding at once with a full solve skipped: one takes about " + fullSolve.toMillis()
                    + " ms, " + Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000) + " ms left", System.nanoTime());
        } else if (best.isEmpty()) {
            best = roundAtOnce(plan.economy(), plan.lines(), lpPlan, deadlineNanos)
                    .map(whole -> {
                        ProductionLoad.load(director, whole.production());
                        return new Trial(whole.choices(), ProductionLoad.snapshot(plan.lines()), score(director));
                    });
        }
        if (best.isEmpty()) {
            // A few seconds at 20,000 products: from the relaxation's optimum the roundings as they
            // stand are within 0.4 % of the bound; from a stopped LP phase's stage plan, what covers.
            best = better(roundedAsItStands(director, lpPlan, essential.isPresent(), deadlineNanos), essential);
        }
        if (best.isEmpty()) {
            for (Rounding rounding : Rounding.values()) {
                Optional<Trial> trial = attempt(director, round(discrete, relaxed, rounding), deadlineNanos);
                best = better(best, trial);
                if (isPhaseTerminated.getAsBoolean()) {
                    break;
                }
            }
        }
        if (best.isEmpty()) {
            // No rounding has a feasible continuous completion: leave the rounded plan to local search.
            Map<TechnologyRef, Double> nearest = round(discrete, relaxed, Rounding.NEAREST);
            nearest.values().removeIf(v -> v.isNaN());
            ProductionLoad.load(director, nearest);
            return;
        }
        if (closeToTheBound(best.get())) {
            log("stepwise improvement skipped: needs within " + NEAR_BOUND + " of the LP bound", System.nanoTime());
            ProductionLoad.load(director, best.get().production());
            return;
        }
        Duration pass = fullSolveEstimate().multipliedBy(2L * discrete.size());
        if (Duration.ofNanos(deadlineNanos - System.nanoTime()).compareTo(pass) < 0) {
            log("stepwise improvement skipped: a pass of " + 2 * discrete.size() + " full solves (about "
                    + pass.toSeconds() + " s) does not fit before the deadline", System.nanoTime());
            ProductionLoad.load(director, best.get().production());
            return;
        }
        long start = System.nanoTime();
        Trial improved = improveStepwise(director, discrete, relaxed, best.get(), isPhaseTerminated, deadlineNanos);
        log("stepwise improvement " + (improved == best.get() ? "found nothing" : "improved the plan"), start);
        ProductionLoad.load(director, improved.production());
    }

    /**
     * The whole plan that the dive's model made beside the LP phase ({@link DiveStart.Fallback}: of
     * the first priority's needs alone, or from the approximation of the relaxation), waited for
     * until {@code deadlineNanos} while it is being made, scored in the working plan; empty if there
     * is none or it is not feasible.
     */
    private Optional<Trial> fallback(ScoreDirector<ProductionPlan> director, DiveStart start, long deadlineNanos) {
        Optional<DiveStart.Fallback> fallback = start.fallback(deadlineNanos);
        if (fallback.isEmpty()) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        ProductionLoad.load(director, fallback.get().production());
        BendableBigDecimalScore score = score(director);
        log("the whole plan made beside the LP phase (of the first priority's needs alone, or from an approximate LP): "
                + (score.isFeasible() ? "feasible, taken" : "not feasible"), now);
        return score.isFeasible()
                ? Optional.of(new Trial(fallback.get().choices(), ProductionLoad.snapshot(director.getWorkingSolution().lines()), score))
                : Optional.empty();
    }

    /**
     * The approximate plan the stopped LP phase left ({@link LpSolution#approximate}: the interior
     * point's or PDLP's, made by its need stages on an economy too large for the dive's model beside
     * it) made whole by {@link BackedOffCovering}, scored; empty if there is none or it is not feasible.
     */
    private Optional<Trial> approximated(ScoreDirector<ProductionPlan> director, LpSolution stopped,
            long deadlineNanos) {
        if (stopped.approximate().isEmpty()) {
            return Optional.empty();
        }
        return BackedOffCovering.plan(director.getWorkingSolution().lines(), stopped.approximate(), deadlineNanos)
                .flatMap(whole -> asItStands(director, "the LP phase's approximate plan made whole", whole));
    }

    /** Whether work of about {@code duration} ends before {@code deadlineNanos} if it starts now. */
    private static boolean fits(Duration duration, long deadlineNanos) {
        return Duration.ofNanos(deadlineNanos - System.nanoTime()).compareTo(duration) >= 0;
    }

    /**
     * Whether the dive can run: always when its model was solved beside the LP phase
     * ({@code prepared}); otherwise only if its own deadline, which leaves time for the full solves
     * after it, is still ahead. A dive past that deadline would first solve its model cold (as long
     * as the LP phase's needs level) and leave the rounding at once from the LP plan too little
     * time: on one core at 20,000 products the dive's attempt took 16–28 s of a 90 s limit and the
     * rounding's full solve then ran out of time or past the limit.
     */
    static boolean diveFits(boolean prepared, long diveDeadlineNanos, long nowNanos) {
        return prepared || diveDeadlineNanos > nowNanos;
    }

    /**
     * What one cold full solve (a step of the stepwise improvement) takes: the LP phase's own build
     * and solve, or the last full solve here if that was longer (the warm completion is no guide).
     */
    private Duration fullSolveEstimate() {
        long lpPhase = relaxation.get()
                .map(solution -> solution.diagnostics().buildMillis() + solution.diagnostics().solveMillis())
                .orElse(0L);
        return Duration.ofNanos(Math.max(lastSolveNanos, Duration.ofMillis(lpPhase).toNanos()));
    }

    /**
     * Whether {@code trial} is feasible with needs within {@link #NEAR_BOUND} (relative) of the LP
     * relaxation's optimum, which bounds every whole plan: then moving one choice at a time, a full
     * solve per step, cannot gain anything worth its time (measured: about 40 s of a 90 s limit at
     * 300 to 2,000 products, for 1e-6 relative; 72 s for 1.1e-6 at 300).
     */
    private boolean closeToTheBound(Trial trial) {
        Optional<LpSolution> bound = relaxation.get().filter(solution -> solution.status() == LpStatus.OPTIMAL);
        if (bound.isEmpty() || !trial.score().isFeasible()) {
            return false;
        }
        double needs = trial.score().softScore(0).doubleValue();
        double optimum = bound.get().needs();
        return needs >= optimum - NEAR_BOUND * Math.max(1, Math.abs(optimum));
    }

    /** The whole plan of the dive, scored in the working plan; empty if the dive and its completion fail. */
    private Optional<Trial> dive(ScoreDirector<ProductionPlan> director, long diveDeadlineNanos,
            long deadlineNanos) {
        ProductionPlan plan = director.getWorkingSolution();
        Optional<WholePlan> whole = wholePlan(plan.economy(), plan.lines(), diveDeadlineNanos, deadlineNanos);
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        ProductionLoad.load(director, whole.get().production());
        return Optional.of(new Trial(whole.get().choices(),
                ProductionLoad.snapshot(director.getWorkingSolution().lines()), score(director)));
    }

    /**
     * A plan with every discrete choice made: {@code choices} as in {@link #attempt}, {@code production}
     * for every technology, {@code completed} when the full lexicographic solve ran (otherwise the
     * production is the dive's, optimal at the needs level only), and how many choices the dive left
     * {@code open} for rounding (0 when it finished).
     */
    record WholePlan(Map<TechnologyRef, Double> choices, Map<TechnologyRef, Double> production, boolean completed,
            int open) {}

    /**
     * The dive's choices, completed by the later levels on its own warm LP (a cold full solve if
     * that fails), or the dive's own plan if both are refused. The dive's model is the one
     * {@link #prepare} solved beside the LP phase, else built and solved here. The dive runs until
     * {@code diveDeadlineNanos}; if it has not decided every line by then, it rounds all open lines
     * at once on its warm LP (nearest, up, down; {@code DiscreteDive.finish}) until a third of the
     * time left to {@code deadlineNanos} is left — with the model solved beside the LP phase, until
     * {@code deadlineNanos}, as its rounding at once too: what follows is warm, and at the smallest
     * time limits that fit (60 s at 20,000 products) no cold solve would fit after them. Failing
     * that, the open lines are rounded with every other line pinned where the dive left it, each
     * rounding checked by a cold full solve. Empty if the dive's first solve fails, or no rounding
     * of what it left open is feasible.
     */
    Optional<WholePlan> wholePlan(Economy economy, List<ProductionLine> lines, long diveDeadlineNanos,
            long deadlineNanos) {
        List<ProductionLine> discrete = lines.stream().filter(ProductionLine::discrete).toList();
        long start = System.nanoTime();
        long finishNanos = deadlineNanos - (deadlineNanos - diveDeadlineNanos) / 3;
        Optional<DiveStart.Started> started = Optional.empty();
        if (diveStart != null) {
            started = diveStart.take(deadlineNanos);
            log("dive model " + started.map(s -> "solved beside the LP phase in " + s.took().toMillis() + " ms, "
                    + s.relaxation().status()).orElse("beside the LP phase not ready"), start);
            if (started.isEmpty()) {
                return Optional.empty(); // no GLOP, or out of time: the roundings below, as far as time allows
            }
        }
        BoundedNeedsLp needs;
        try {
            needs = started.isPresent() ? started.get().lp() : BoundedNeedsLp.of(economy);
        } catch (IllegalStateException noGlop) {
            return Optional.empty(); // the roundings below re-solve on whichever solver LpPhase finds
        }
        try (needs) {
            Optional<DiscreteDive.Outcome> outcome = started.isPresent()
                    ? DiscreteDive.run(needs, started.get().relaxation(), started.get().took(), lines, discrete,
                            diveDeadlineNanos, deadlineNanos, deadlineNanos)
                    : DiscreteDive.run(needs, lines, discrete, diveDeadlineNanos, finishNanos);
            log("dive " + outcome.map(DiscreteDive.Outcome::summary).orElse("failed: the relaxation was not solved"),
                    start);
            if (outcome.isEmpty()) {
                return Optional.empty();
            }
            if (!outcome.get().complete()) {
                return roundTheRest(economy, discrete, outcome.get(), deadlineNanos);
            }
            Map<TechnologyRef, Double> choices = outcome.get().choices();
            Optional<LpSolution> completed = completeWarm(needs, discrete, choices, deadlineNanos)
                    .or(() -> {
                        long cold = System.nanoTime();
                        Optional<LpSolution> solution = solve(economy, discrete, choices, deadlineNanos);
                        log("cold full solve with the dive's choices " + solution.map(s -> "done: "
                                + s.diagnostics().solver()).orElse("refused"), cold);
                        return solution;
                    });
            return Optional.of(completed
                    .map(solution -> new WholePlan(choices, solution.production(), true, 0))
                    .orElseGet(() -> new WholePlan(choices, outcome.get().production(), false, 0)));
        }
    }

    /**
     * The later levels on the dive's own LP, warm from its last optimum, where every discrete line
     * is bounded by its choice; empty if a level fails or a line ends outside its choice.
     */
    private Optional<LpSolution> completeWarm(BoundedNeedsLp needs, List<ProductionLine> discrete,
            Map<TechnologyRef, Double> choices, long deadlineNanos) {
        long start = System.nanoTime();
        long remaining = deadlineNanos - start;
        if (remaining <= 0) {
            return Optional.empty();
        }
        LpSolution solution;
        try {
            solution = needs.solveAllLevels(options.stability(), Duration.ofNanos(remaining));
        } catch (LpTimeLimitException refused) {
            log("warm full solve with the dive's choices: out of time", start);
            return Optional.empty();
        }
        Optional<LpSolution> valid = solution.status() == LpStatus.INFEASIBLE ? Optional.empty()
                : Optional.of(solution).filter(s -> keepsChoices(discrete, choices, s));
        log("warm full solve with the dive's choices " + (valid.isPresent() ? "done: " : "refused: ")
                + solution.status() + ", " + solution.diagnostics().solver(), start);
        return valid;
    }

    /** Whether every line with a choice is at a valid discrete value in {@code solution}, within tolerance. */
    private static boolean keepsChoices(List<ProductionLine> lines, Map<TechnologyRef, Double> choices,
            LpSolution solution) {
        return lines.stream().filter(line -> choices.containsKey(line.ref()))
                .allMatch(line -> Rounding.settled(line, ProductionLoad.tidy(line, solution.production(line.ref()))));
    }

    /**
     * Without a plan from the dive (its model not solved in time, or skipped, or no GLOP): every
     * discrete line rounded at once from the LP phase's plan {@code lpPlan} so that no product falls
     * short ({@link ConsistentRounding}, valid lines pinned), each checked by a cold full solve with
     * the lines it leaves undecided rounded to the nearest, else down, else up. A rounding that
     * admits no plan is found out by presolve in a second or two at 20,000 products, so trying the
     * other two costs little. Empty if every rounding is refused or time runs out.
     */
    Optional<WholePlan> roundAtOnce(Economy economy, List<ProductionLine> lines, Map<TechnologyRef, Double> lpPlan,
            long deadlineNanos) {
        if (System.nanoTime() >= deadlineNanos) {
            return Optional.empty(); // no time for the full solve that would check the rounding
        }
        Map<TechnologyRef, DiscreteDive.Decision> decisions = ConsistentRounding.round(lines,
                line -> lpPlan.getOrDefault(line.ref(), 0.0), true);
        List<ProductionLine> discrete = lines.stream().filter(ProductionLine::discrete).toList();
        List<ProductionLine> undecided = discrete.stream().filter(line -> !decisions.containsKey(line.ref())).toList();
        List<Rounding> roundings = undecided.isEmpty() ? List.of(Rounding.NEAREST)
                : List.of(Rounding.NEAREST, Rounding.DOWN, Rounding.UP);
        for (Rounding rounding : roundings) {
            long start = System.nanoTime();
            if (start >= deadlineNanos) {
                break;
            }
            Map<TechnologyRef, Double> choices = new HashMap<>();
            for (ProductionLine line : discrete) {
                DiscreteDive.Decision decision = decisions.get(line.ref());
                choices.put(line.ref(), decision != null ? decision.choice()
                        : rounding.of(line, lpPlan.getOrDefault(line.ref(), 0.0)));
            }
            Optional<LpSolution> solution = solve(economy, discrete, choices, deadlineNanos);
            log("full solve with every discrete line rounded at once from the LP phase's plan (" + undecided.size()
                    + " left to round " + rounding.name().toLowerCase(java.util.Locale.ROOT) + ")"
                    + (solution.isPresent() ? ": done" : ": refused"), start);
            if (solution.isPresent()) {
                return Optional.of(new WholePlan(choices, solution.get().production(), true, undecided.size()));
            }
        }
        return Optional.empty();
    }

    /**
     * The rounding at once from the LP phase's plan {@code lpPlan} taken as it stands, without a full
     * solve: what is left when no solve fitted in the time (at 20,000 products a cold full solve takes
     * 10–60 s, each rounding here with its loading and scoring 1–5 s). Two roundings, the better
     * feasible one kept: {@link ConsistentRounding#plan}, which cuts what it cannot cover at once, and
     * {@link CoveringRounding}, which covers shortfalls upwards first. From the relaxation at 20,000
     * tiered products they keep about the same (1,060,459 and 1,060,254 needs, the bound 1,064,229);
     * from a plan of the essential needs alone on the popular structure the first cuts round the
     * input cycles to zero, where the second keeps 98 % of that plan's needs. Empty if neither plan
     * is feasible (over the emission cap, or a shortfall the cuts could not end).
     *
     * <p>Past {@code deadlineNanos} a rounding is tried only while there is no whole plan yet (none
     * here, and no {@code fallback} made beside the LP phase): at 20,000 tiered discrete products on a
     * slow machine the LP phase ended 2 s before the repair's deadline, the plan made beside it was
     * taken, and the two roundings then took 1.3 s and 3.0 s more (the covering's own work, before its
     * loading and scoring), and the 60 s solve 61.4 s; the plan made beside the LP phase was the
     * better one.
     */
    private Optional<Trial> roundedAsItStands(ScoreDirector<ProductionPlan> director,
            Map<TechnologyRef, Double> lpPlan, boolean fallback, long deadlineNanos) {
        ProductionPlan plan = director.getWorkingSolution();
        ToDoubleFunction<ProductionLine> value = line -> lpPlan.getOrDefault(line.ref(), 0.0);
        Optional<Trial> cut = Optional.empty();
        if (roundingFits(fallback, deadlineNanos, System.nanoTime())) {
            cut = asItStands(director, "every line rounded at once from the LP phase's plan, without a solve",
                    ConsistentRounding.plan(plan.lines(), value));
        } else {
            log("rounding at once from the LP phase's plan skipped: the deadline has passed and the plan made"
                    + " beside it is whole", System.nanoTime());
        }
        if (!roundingFits(fallback || cut.isPresent(), deadlineNanos, System.nanoTime())) {
            log("rounding by covering upwards skipped: the deadline has passed and a whole plan is there",
                    System.nanoTime());
            return cut;
        }
        Optional<Trial> covered = asItStands(director,
                "every line rounded from the LP phase's plan by covering upwards, without a solve",
                CoveringRounding.plan(plan.lines(), value));
        return better(cut, covered);
    }

    /**
     * Whether a rounding as it stands is tried at {@code nowNanos}: while there is no whole plan yet
     * ({@code wholePlanThere} false) always, for a plan is needed; else only before {@code deadlineNanos}.
     */
    static boolean roundingFits(boolean wholePlanThere, long deadlineNanos, long nowNanos) {
        return !wholePlanThere || nowNanos < deadlineNanos;
    }

    /** {@code production} loaded into the working plan and scored; empty (noted as {@code what}) unless feasible. */
    private Optional<Trial> asItStands(ScoreDirector<ProductionPlan> director, String what,
            Map<TechnologyRef, Double> production) {
        long start = System.nanoTime();
        ProductionPlan plan = director.getWorkingSolution();
        ProductionLoad.load(director, production);
        BendableBigDecimalScore score = score(director);
        log(what + ": " + (score.isFeasible()
                ? String.format(java.util.Locale.ROOT, "feasible, needs %.1f", score.softScore(0).doubleValue())
                : "not feasible"), start);
        if (!score.isFeasible()) {
            return Optional.empty();
        }
        Map<TechnologyRef, Double> choices = new HashMap<>();
        plan.lines().stream().filter(ProductionLine::discrete).forEach(line -> choices.put(line.ref(), line.quantity()));
        return Optional.of(new Trial(choices, ProductionLoad.snapshot(plan.lines()), score));
    }

    /** The dive's choices, and the lines it left open rounded from its plan; the first feasible rounding. */
    Optional<WholePlan> roundTheRest(Economy economy, List<ProductionLine> discrete,
            DiscreteDive.Outcome partial, long deadlineNanos) {
        for (Rounding rounding : List.of(Rounding.NEAREST, Rounding.DOWN, Rounding.UP)) {
            long start = System.nanoTime();
            Map<TechnologyRef, Double> choices = new HashMap<>(partial.choices());
            for (ProductionLine line : discrete) {
                if (!choices.containsKey(line.ref())) {
                    double value = ProductionLoad.tidy(line, partial.production().getOrDefault(line.ref(), 0.0));
                    choices.put(line.ref(), rounding.of(line, value));
                }
            }
            Optional<LpSolution> solution = solve(economy, discrete, choices, deadlineNanos);
            log("full solve with the dive's choices and the " + partial.open() + " open ones rounded "
                    + rounding.name().toLowerCase(java.util.Locale.ROOT)
                    + (solution.isPresent() ? ": done" : ": refused"),
                    start);
            if (solution.isPresent()) {
                return Optional.of(new WholePlan(choices, solution.get().production(), true, partial.open()));
            }
        }
        return Optional.empty();
    }

    /** With {@code -Dveche.repair.log=true}, what the repair did and how long it took, on standard error. */
    private static void log(String what, long startNanos) {
        if (Boolean.getBoolean("veche.repair.log")) {
            System.err.printf(java.util.Locale.ROOT, "veche: discrete repair: %s (%d ms)%n", what,
                    (System.nanoTime() - startNanos) / 1_000_000);
        }
    }

    /**
     * Each line's output in the LP phase's plan as the solver gave it; the working plan's only when
     * the LP phase left no solution. Not tidied ({@link ProductionLoad#tidy}): the rounding at once
     * from tidied values (whole where within rounding error, within bounds) was refused at 20,000
     * products (tiered, seed 1; 758 lines raised, 428 lowered), from the solver's values accepted
     * (757 raised, 424 lowered). Perhaps because the LP plan is feasible only within GLOP's
     * tolerance of 1e-4, and flooring a value just below a whole number, then raising a maker to
     * cover it, leaves margin that pinning the whole number does not.
     */
    private Map<TechnologyRef, Double> lpPlan(List<ProductionLine> lines) {
        Map<TechnologyRef, Double> values = ProductionLoad.snapshot(lines);
        relaxation.get().filter(solution -> solution.status() != LpStatus.INFEASIBLE)
                .ifPresent(solution -> lines.forEach(line -> values.put(line.ref(), solution.production(line.ref()))));
        return values;
    }

    /**
     * Coordinate search: each discrete choice one step down and one step up (re-solving the rest),
     * keeping any improvement, pass after pass until a pass improves nothing. Undecided choices
     * (relaxed value halfway between two options) go first, as they matter most.
     */
    private Trial improveStepwise(ScoreDirector<ProductionPlan> director, List<ProductionLine> discrete,
            Map<TechnologyRef, Double> relaxed, Trial start, BooleanSupplier isPhaseTerminated, long deadlineNanos) {
        Trial best = start;
        List<ProductionLine> order = discrete.stream()
                .sorted(Comparator.comparingDouble(line -> closenessToHalf(line, relaxed.get(line.ref()))))
                .toList();
        boolean improved = true;
        while (improved && !isPhaseTerminated.getAsBoolean()) {
            improved = false;
            for (ProductionLine line : order) {
                for (double step : new double[] {1, -1}) {
                    if (isPhaseTerminated.getAsBoolean()) {
                        return best;
                    }
                    OptionalDouble next = step(line, best.production().get(line.ref()), step);
                    if (next.isEmpty()) {
                        continue;
                    }
                    Map<TechnologyRef, Double> fixed = new HashMap<>(best.fixed());
                    fixed.put(line.ref(), next.getAsDouble());
                    Optional<Trial> trial = attempt(director, fixed, deadlineNanos);
                    if (trial.isPresent() && trial.get().score().compareTo(best.score()) > 0) {
                        best = trial.get();
                        improved = true;
                    }
                }
            }
        }
        return best;
    }

    /**
     * The neighbouring choice one step up or down: whole units move by one, a minimum run switches
     * on (at its minimum, or left free for a divisible product) or off. Empty when there is none.
     */
    private static OptionalDouble step(ProductionLine line, double current, double direction) {
        double min = line.technology().minOutput();
        boolean on = current > 0;
        if (!line.integral()) {
            if (!line.minimumRun() || (direction > 0) == on) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(direction > 0 ? Double.NaN : 0);
        }
        double next = Math.rint(current) + direction;
        if (line.minimumRun() && next > 0 && next < min) {
            next = direction > 0 ? min : 0;
        }
        if (next < 0 || next > line.technology().maxOutput()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(next);
    }

    /** 0 when the relaxed value sits halfway between the two choices: those are decided first. */
    private static double closenessToHalf(ProductionLine line, double relaxed) {
        if (line.minimumRun() && relaxed < line.technology().minOutput()) {
            return Math.abs(relaxed / line.technology().minOutput() - 0.5);
        }
        return Math.abs(relaxed - Math.floor(relaxed) - 0.5);
    }

    private static Map<TechnologyRef, Double> round(List<ProductionLine> discrete, Map<TechnologyRef, Double> relaxed,
            Rounding rounding) {
        Map<TechnologyRef, Double> fixed = new HashMap<>();
        discrete.forEach(line -> fixed.put(line.ref(), rounding.of(line, relaxed.get(line.ref()))));
        return fixed;
    }

    /** Re-solves with the discrete {@code choices} and scores the result in the working plan; empty as {@link #solve}. */
    private Optional<Trial> attempt(ScoreDirector<ProductionPlan> director, Map<TechnologyRef, Double> choices,
            long deadlineNanos) {
        ProductionPlan plan = director.getWorkingSolution();
        Optional<LpSolution> solution = solve(plan.economy(), plan.lines(), choices, deadlineNanos);
        if (solution.isEmpty()) {
            return Optional.empty();
        }
        ProductionLoad.load(director, solution.get().production());
        return Optional.of(new Trial(choices, ProductionLoad.snapshot(plan.lines()), score(director)));
    }

    /**
     * The full lexicographic solve with the discrete {@code choices} (a quantity is pinned; NaN, a
     * minimum run switched on, keeps the line at least at its minimum), within the time left until
     * {@code deadlineNanos}. Empty when the LP has no completion, runs out of time or fails numerically.
     */
    private Optional<LpSolution> solve(Economy economy, List<ProductionLine> lines, Map<TechnologyRef, Double> choices,
            long deadlineNanos) {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0) {
            return Optional.empty();
        }
        Map<TechnologyRef, ProductionLine> byRef = new HashMap<>();
        lines.forEach(line -> byRef.put(line.ref(), line));
        Map<TechnologyRef, Double> pinned = new HashMap<>();
        Map<TechnologyRef, Double> minimum = new HashMap<>();
        choices.forEach((ref, value) -> {
            if (value.isNaN()) {
                minimum.put(ref, byRef.get(ref).technology().minOutput());
            } else {
                pinned.put(ref, value);
            }
        });
        LpSolution solution;
        long start = System.nanoTime();
        try {
            solution = lp.solve(economy, options.withFixedProduction(pinned).withMinimumProduction(minimum)
                    .withTimeLimit(Duration.ofNanos(remaining)));
        } catch (LpTimeLimitException refused) {
            log("full solve out of time", start);
            return Optional.empty();
        } finally {
            lastSolveNanos = System.nanoTime() - start;
        }
        if (solution.status() == LpStatus.INFEASIBLE) {
            log("full solve: the choices admit no plan", start);
            return Optional.empty();
        }
        if (!keepsChoices(lines, choices, solution)) {
            log("full solve: a line ended off its choice", start);
            return Optional.empty(); // outside the solver's tolerance: not a valid choice after all
        }
        return Optional.of(solution);
    }

    private static Optional<Trial> better(Optional<Trial> a, Optional<Trial> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return b.get().score().compareTo(a.get().score()) > 0 ? b : a;
    }

    @SuppressWarnings("unchecked")
    private static BendableBigDecimalScore score(ScoreDirector<ProductionPlan> director) {
        // The public ScoreDirector cannot score a trial; the inner one is the same director.
        return ((InnerScoreDirector<ProductionPlan, BendableBigDecimalScore>) director).calculateScore().raw();
    }
}
