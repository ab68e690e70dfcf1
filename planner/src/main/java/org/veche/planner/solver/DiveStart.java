package org.veche.planner.solver;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.lp.BoundedNeedsLp;
import org.veche.planner.lp.FirstOrderNeeds;
import org.veche.planner.lp.LpStop;
import org.veche.planner.lp.NeedGroups;

/**
 * The discrete dive's own needs model, built and solved cold on a thread of its own while the LP
 * phase solves the same relaxation. The dive needs its own model (no presolve, so its basis stays
 * warm between re-solves), and its cold solve took as long as the LP phase's needs level (about
 * 31 s at 20,000 products); on a machine with a second core the two now overlap. Close it when the
 * repair does not {@link #take} the model.
 *
 * <p>First it solves the needs of the first priority alone (with the default weights the essential
 * needs; {@link #firstPriorities}). If that took so long that the relaxation, about
 * {@link #WHOLE_PER_FIRST} times as long, would not be solved by the deadline, it makes a whole plan
 * of those needs before the relaxation ({@link #fallback}): every discrete line rounded by covering
 * shortfalls upwards ({@link CoveringRounding}), with no solve. The essential solve nothing
 * continues from, so it uses presolve (at 20,000 popular: 17–23 s against 21–29 s without). When
 * the relaxation is then not solved in time (20,000 popular: about 300 s) the repair can
 * take that plan instead of the all-zero one. Then the relaxation, cold and without presolve, for
 * the dive to continue warm from (continued warm from a stage it took longer:
 * {@code docs/lp-performance.md}). If the relaxation is expected even after twice the time left,
 * it stops the LP phase ({@link LpStop}), which solves the same relaxation on the other core, before
 * making the whole plan, and does not start the relaxation at all: at 20,000 popular with
 * {@code --time-limit 60} the whole plan then fits (it did not beside the LP phase).
 *
 * <p>On economies of {@link #FIRST_ORDER_FROM} lines or more, a relaxation expected after the
 * deadline is approximated instead ({@link #firstOrder}): PDLP on the model until shortly before the
 * deadline, its plan made whole and feasible by {@link BackedOffCovering}, kept if it serves more
 * than the essential plan. There the first priority's solve is also cut short where its time alone
 * would call the relaxation hopeless ({@link FirstOrderNeeds#hopelessAfter}): at 20,000 popular it
 * takes 20–33 s, which left nothing for PDLP at the default 30 s limit. Measured at 20,000 popular
 * discrete (seed 1, LP bound 1,066,664): 1,022,525 needs at {@code --time-limit 30} (all zero
 * before), 1,056,124 at 60 (the essential plan: 944,599); figures in {@code docs/benchmarks.md}.
 */
final class DiveStart implements AutoCloseable {

    /** The relaxation's time over the first priority's alone ({@link FirstOrderNeeds#WHOLE_PER_FIRST}). */
    static final int WHOLE_PER_FIRST = FirstOrderNeeds.WHOLE_PER_FIRST;

    /**
     * On economies of {@link #FIRST_ORDER_FROM} lines or more, the dive after the relaxation takes
     * about this share of the relaxation's time, which the relaxation must leave before the
     * deadline to count as in time: at 20,000 tiered discrete products the rounding at once's
     * re-solve took 10.8–11.8 s after a relaxation of 29.8–32.0 s. Without it, on a slower machine
     * (session 17) the relaxation took 48.4 s (43.5 expected) and ended 2 s before the deadline, the
     * dive was cut short and the plan was the LP's rounded as it stands, 0.36 % below the bound, where
     * the interior point's plan made beside the LP phase, the relaxation counted as late, was 0.065 %.
     */
    static final double DIVE_PER_RELAXATION = 0.4;

    /**
     * From this many lines (technologies) on, a relaxation that will not be solved in time is
     * approximated instead ({@link #firstOrder}); the need stages beside the LP phase start at the
     * same size ({@code LpPhase.STAGES_FROM_TECHNOLOGIES}).
     */
    static final int FIRST_ORDER_FROM = 10_000;

    /**
     * Time kept for making the first-order plan whole, per line (3.6 s at 20,000 products, 60,000
     * lines, where a covering takes 0.7–1.4 s), or a tenth of the time left if more.
     */
    private static final long COVERING_NANOS_PER_LINE = 60_000;

    /**
     * Time kept after that for the repair to load and score the plan, per line (2.4 s at 20,000
     * products, where it takes 0.7–1.0 s and reading the plan out after it about as long), or a
     * twentieth of the time left if more.
     */
    private static final long SCORING_NANOS_PER_LINE = 40_000;

    /** What is made beside the LP phase: as the times ask, or always a fallback (tests), or only the first-order plan (tests). */
    private enum Mode {
        AS_NEEDED,
        ALWAYS_FALLBACK,
        APPROXIMATE_ONLY
    }

    /** What the first priority's solve says of the relaxation after it. */
    private enum Outlook {
        /** Expected before the deadline, or there is no first priority to tell. */
        IN_TIME,
        /** Expected after the deadline. */
        LATE,
        /** Expected after twice the time left; the LP phase has been stopped. */
        HOPELESS
    }

    /** The model with its relaxation solved, and how long building and solving took. */
    record Started(BoundedNeedsLp lp, BoundedNeedsLp.Result relaxation, Duration took) {}

    /**
     * A whole plan made beside the LP phase, of the first priority's needs alone or from the
     * first-order approximation of the relaxation: {@code production} of every technology and
     * {@code choices} of the discrete lines (a quantity; NaN for a minimum run switched on).
     */
    record Fallback(Map<TechnologyRef, Double> production, Map<TechnologyRef, Double> choices) {}

    private final CompletableFuture<Started> started;
    /** Told, in words for the person waiting, when a fallback is ready or the LP phase is stopped. */
    private final Consumer<String> notes;
    private volatile BoundedNeedsLp building;
    private volatile Fallback fallback;
    /** The relaxation's approximation, once made (its bound, point and shares for the solve's LP solution). */
    private volatile FirstOrderNeeds.Result approximation;
    /** Done when this thread has nothing more to add to the {@link #fallback}. */
    private final CompletableFuture<Void> fallbackReady = new CompletableFuture<>();
    /** Set when the model is no longer wanted: the solves not yet started are skipped. */
    private volatile boolean discarded;
    private boolean taken;

    private DiveStart(Economy economy, List<ProductionLine> lines, long deadlineNanos, LpStop lpPhase,
            Mode mode, Consumer<String> notes) {
        this.notes = notes;
        this.started = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("veche-dive-start").start(() -> {
            long start = System.nanoTime();
            try {
                BoundedNeedsLp lp = BoundedNeedsLp.of(economy);
                building = lp;
                Outlook outlook = mode == Mode.APPROXIMATE_ONLY ? Outlook.LATE
                        : firstPriorityAlone(economy, lp, lines, deadlineNanos, lpPhase, mode == Mode.ALWAYS_FALLBACK);
                boolean large = lines.size() >= FIRST_ORDER_FROM || mode == Mode.APPROXIMATE_ONLY;
                boolean noRelaxation = outlook == Outlook.HOPELESS || (outlook == Outlook.LATE && large);
                if (noRelaxation) {
                    // The repair must not wait for a relaxation that is not coming; the fallback it may wait for.
                    started.completeExceptionally(new IllegalStateException("relaxation not started: expected after "
                            + (outlook == Outlook.HOPELESS ? "twice the time left" : "the deadline")));
                    if (large) {
                        firstOrder(lp, lines, deadlineNanos, outlook == Outlook.HOPELESS);
                    }
                    lp.close();
                    return;
                }
                BoundedNeedsLp.Result relaxation = discarded ? BoundedNeedsLp.Result.stopped()
                        : lp.solve(SolveBudget.until(deadlineNanos));
                started.complete(new Started(lp, relaxation, Duration.ofNanos(System.nanoTime() - start)));
            } catch (RuntimeException | Error failure) {
                if (building != null) {
                    building.close();
                }
                started.completeExceptionally(failure);
            } finally {
                fallbackReady.complete(null);
            }
        });
    }

    /**
     * Starts building and solving {@code economy}'s needs model ({@code lines}: the planning
     * problem's), until {@code deadlineNanos} (System.nanoTime) at most.
     */
    static DiveStart begin(Economy economy, List<ProductionLine> lines, long deadlineNanos, LpStop lpPhase,
            Consumer<String> notes) {
        return new DiveStart(economy, lines, deadlineNanos, lpPhase, Mode.AS_NEEDED, notes);
    }

    /** As {@link #begin}, but the fallback is made whatever the first priority's solve took: for tests. */
    static DiveStart withFallback(Economy economy, List<ProductionLine> lines, long deadlineNanos,
            Consumer<String> notes) {
        return new DiveStart(economy, lines, deadlineNanos, LpStop.NEVER, Mode.ALWAYS_FALLBACK, notes);
    }

    /**
     * As {@link #begin}, but with no first priority's solve and no relaxation: only the first-order
     * plan ({@link #firstOrder}), whatever the size: for tests.
     */
    static DiveStart approximated(Economy economy, List<ProductionLine> lines, long deadlineNanos,
            Consumer<String> notes) {
        return new DiveStart(economy, lines, deadlineNanos, LpStop.NEVER, Mode.APPROXIMATE_ONLY, notes);
    }

    /**
     * The priorities of the highest weight among those with needs; empty when that is every
     * priority with needs (nothing comes before the relaxation then).
     */
    static Set<Priority> firstPriorities(Economy economy) {
        Set<Priority> present = EnumSet.noneOf(Priority.class);
        NeedGroups.demands(economy).keySet().forEach(group -> present.add(group.priority()));
        double highest = present.stream().mapToDouble(p -> economy.policy().priorityWeights().of(p)).max().orElse(0);
        Set<Priority> first = EnumSet.noneOf(Priority.class);
        present.stream().filter(p -> economy.policy().priorityWeights().of(p) == highest).forEach(first::add);
        return first.equals(present) ? Set.of() : first;
    }

    /**
     * Solves the first priority's needs alone and, if the relaxation would not be solved in time
     * after it (or {@code always}), makes the {@link #fallback} from them; leaves {@code lp} serving
     * every need again, with no basis. {@link Outlook#HOPELESS} when the relaxation is expected
     * after twice the time left: the LP phase solving it too is then {@code lpPhase} stopped, so
     * that what is made instead has the other core as well. On an economy of
     * {@link #FIRST_ORDER_FROM} lines or more the solve is stopped where it would be called hopeless
     * anyway ({@link FirstOrderNeeds#hopelessAfter}), which leaves the time to {@link #firstOrder}.
     */
    private Outlook firstPriorityAlone(Economy economy, BoundedNeedsLp lp, List<ProductionLine> lines,
            long deadlineNanos, LpStop lpPhase, boolean always) {
        Set<Priority> first = firstPriorities(economy);
        if (first.isEmpty() || discarded) {
            return Outlook.IN_TIME;
        }
        long start = System.nanoTime();
        boolean large = lines.size() >= FIRST_ORDER_FROM;
        lp.serveOnly(first);
        long by = large ? start + FirstOrderNeeds.hopelessAfter(deadlineNanos - start) : deadlineNanos;
        BoundedNeedsLp.Result alone = lp.solvePresolved(SolveBudget.until(by));
        long now = System.nanoTime();
        boolean capped = large && !alone.optimal() && alone.status() != BoundedNeedsLp.Status.INFEASIBLE;
        long expected = now + WHOLE_PER_FIRST * (now - start);
        boolean late = capped || late(large, start, now, deadlineNanos);
        boolean hopeless = capped || (alone.optimal() && expected > deadlineNanos + (deadlineNanos - now));
        log("needs of " + first + " alone: " + alone.status() + ", relaxation expected "
                + (hopeless ? "after twice the time left, so the LP phase is stopped"
                        : (late ? "after" : "before") + " the deadline"
                                + (large ? " with the dive after it" : "")), start);
        if (hopeless) {
            lpPhase.request();
            notes.accept("the LP is stopped: at this pace it would end after twice the time left; "
                    + (large ? "approximating it instead" : "planning the " + names(first) + " needs alone instead"));
        }
        if (alone.optimal() && (late || always) && !discarded) {
            fallback = whole(lines, alone, first);
        }
        lp.serveAll();
        lp.forgetBasis();
        return hopeless ? Outlook.HOPELESS : late ? Outlook.LATE : Outlook.IN_TIME;
    }

    /**
     * Whether the relaxation, expected {@link #WHOLE_PER_FIRST} times the first priority's time alone
     * ({@code startNanos} to {@code nowNanos}) after now, ends after {@code deadlineNanos}; on a
     * {@code large} economy with the dive's time after it ({@link #DIVE_PER_RELAXATION}).
     */
    static boolean late(boolean large, long startNanos, long nowNanos, long deadlineNanos) {
        long relaxation = WHOLE_PER_FIRST * (nowNanos - startNanos);
        long dive = large ? (long) (DIVE_PER_RELAXATION * relaxation) : 0;
        return nowNanos + relaxation + dive > deadlineNanos;
    }

    /**
     * The relaxation solved approximately, by HiGHS's interior point or else PDLP
     * ({@link BoundedNeedsLp#solveApproximately}), until shortly before {@code deadlineNanos}, its plan
     * made whole and feasible ({@link BackedOffCovering}) and kept as the {@link #fallback} if it
     * serves more than the one there. PDLP runs on every core when the LP phase was stopped
     * ({@code alone}), else on all but one; the interior point on one.
     */
    private void firstOrder(BoundedNeedsLp lp, List<ProductionLine> lines, long deadlineNanos, boolean alone) {
        long start = System.nanoTime();
        long left = deadlineNanos - start;
        long coverBy = deadlineNanos - Math.max(left / 20, SCORING_NANOS_PER_LINE * lines.size());
        long solveFor = coverBy - Math.max(left / 10, COVERING_NANOS_PER_LINE * lines.size()) - start;
        if (discarded || solveFor < 1_000_000_000L) {
            log("first-order plan skipped: " + (discarded ? "not wanted" : "no time"), start);
            return;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        // A dive no longer wanted (the LP phase ended and the repair is done) stops the interior point
        // at once instead of leaving it a core until its time limit, beside local search.
        Optional<FirstOrderNeeds.Result> approximate = lp.solveApproximately(Duration.ofNanos(solveFor),
                alone ? cores : Math.max(1, cores - 1), () -> discarded);
        log("first-order plan: " + approximate.map(FirstOrderNeeds.Result::log).orElse("no approximate plan"), start);
        if (approximate.isEmpty() || discarded) {
            return;
        }
        approximation = approximate.get(); // the model served every need again (serveAll): the relaxation's
        Optional<Map<TechnologyRef, Double>> whole = BackedOffCovering.plan(lines, approximate.get().production(), coverBy);
        if (whole.isEmpty()) {
            log("first-order plan: not made whole in time", start);
            return;
        }
        Map<TechnologyRef, Double> covered = whole.get();
        if (!lines.stream().filter(ProductionLine::discrete)
                .allMatch(line -> Rounding.settled(line, covered.getOrDefault(line.ref(), 0.0)))) {
            log("first-order plan: the covering left a line off its choice", start);
            return;
        }
        double needs = BackedOffCovering.needs(lines, covered);
        Fallback before = fallback;
        double beforeNeeds = before == null ? -1 : BackedOffCovering.needs(lines, before.production());
        log(String.format(java.util.Locale.ROOT, "first-order plan made whole: needs %.1f against %.1f before", needs,
                beforeNeeds), start);
        if (needs > beforeNeeds) {
            Map<TechnologyRef, Double> choices = new HashMap<>();
            CoveringRounding.decisions(lines, covered).forEach((ref, decision) -> choices.put(ref, decision.choice()));
            fallback = new Fallback(Map.copyOf(covered), Map.copyOf(choices));
            double bound = approximate.get().bound();
            notes.accept(String.format(java.util.Locale.ROOT, "a whole plan from an approximate LP solve (%s) is ready"
                    + " beside the LP: needs %,.0f%s, what the solve falls back on if the LP does not end in time",
                    approximate.get().method(), needs, Double.isFinite(bound)
                            ? String.format(java.util.Locale.ROOT, " (the LP bound at most %,.0f)", bound) : ""));
        }
    }

    /**
     * Every discrete line rounded from {@code alone} by covering its shortfalls upwards
     * ({@link CoveringRounding}, about a second at 20,000 products, no solve): the fallback. Null if
     * the covering left a line off a valid choice.
     *
     * <p>Until session 12 the rounding was {@link ConsistentRounding#round}, pinned and re-solved,
     * the lines it left undecided rounded and re-solved in rounds: on one seed of two at 20,000
     * popular the last two admitted no rounding at all, and the plan was all zero. Pinning the
     * covering's choices and re-solving (presolved, 15–34 s on that machine) served less than the
     * covered plan itself (938,750 and 939,922 needs against 944,483 and 944,577: the re-solve
     * values the essential needs alone, the covering keeps every delivery of the plan it rounds), so
     * there is no re-solve now and the relaxation starts sooner.
     */
    private Fallback whole(List<ProductionLine> lines, BoundedNeedsLp.Result alone, Set<Priority> first) {
        long start = System.nanoTime();
        List<ProductionLine> discrete = lines.stream().filter(ProductionLine::discrete).toList();
        Map<TechnologyRef, Double> covered = CoveringRounding.plan(lines, line -> alone.production(line.ref()));
        if (!discrete.stream().allMatch(line -> Rounding.settled(line, covered.getOrDefault(line.ref(), 0.0)))) {
            log("whole plan of those needs alone: the covering left a line off its choice", start);
            return null;
        }
        Map<TechnologyRef, Double> choices = new HashMap<>();
        CoveringRounding.decisions(lines, covered).forEach((ref, decision) -> choices.put(ref, decision.choice()));
        log("whole plan of those needs alone: covered without a solve", start);
        notes.accept("a whole plan of the " + names(first) + " needs alone is ready beside the LP"
                + " (rounded without a solve), what the solve falls back on if the LP does not end in time");
        return new Fallback(Map.copyOf(covered), Map.copyOf(choices));
    }

    /** The priorities in words: "essential", "essential and important". */
    private static String names(Set<Priority> priorities) {
        return String.join(" and ", priorities.stream().map(p -> p.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }

    /**
     * An upper bound on the relaxation's needs that the approximation's duals proved (HiGHS's
     * interior point), if one was made: with the relaxation not solved in time, what still bounds
     * the plan's needs.
     */
    OptionalDouble bound() {
        return approximation().filter(made -> Double.isFinite(made.bound()))
                .map(made -> OptionalDouble.of(made.bound())).orElse(OptionalDouble.empty());
    }

    /**
     * The relaxation's approximation, if one was made: its point and shares explain a plan made
     * beside the stopped LP, and its bound ({@link #bound}, HiGHS's interior point's) bounds it.
     */
    Optional<FirstOrderNeeds.Result> approximation() {
        return Optional.ofNullable(approximation);
    }

    /**
     * The whole plan made beside the LP phase (of the first priority's needs alone, or from the
     * first-order approximation, whichever serves more), if one was made ({@link DiveStart}): for
     * the repair when {@link #take} finds the relaxation not solved in time. Waits, until
     * {@code deadlineNanos} (System.nanoTime) at most, while the first-order plan is being made.
     */
    Optional<Fallback> fallback(long deadlineNanos) {
        try {
            fallbackReady.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException late) {
            // what is there by now
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return Optional.ofNullable(fallback);
    }

    /**
     * The model and its relaxation, waiting for them until {@code deadlineNanos} (System.nanoTime);
     * the caller then owns the model. Empty if building failed (no GLOP) or it was not solved by
     * then: the solve is then interrupted and the model freed.
     */
    Optional<Started> take(long deadlineNanos) {
        taken = true;
        try {
            long wait = Math.max(0, deadlineNanos - System.nanoTime());
            return Optional.of(started.get(wait, TimeUnit.NANOSECONDS));
        } catch (TimeoutException late) {
            discard();
            return Optional.empty();
        } catch (ExecutionException failed) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            discard();
            return Optional.empty();
        }
    }

    /** Frees the model unless {@link #take} handed it over. */
    @Override
    public void close() {
        if (!taken) {
            discard();
        }
    }

    private void discard() {
        discarded = true;
        BoundedNeedsLp lp = building;
        if (lp != null) {
            lp.interrupt();
        }
        started.thenAccept(done -> done.lp().close());
    }

    /** With {@code -Dveche.repair.log=true}, on standard error as the repair's own lines. */
    private static void log(String what, long startNanos) {
        if (Boolean.getBoolean("veche.repair.log")) {
            System.err.printf(java.util.Locale.ROOT, "veche: discrete repair: dive model beside the LP phase: %s (%d ms)%n",
                    what, (System.nanoTime() - startNanos) / 1_000_000);
        }
    }
}
