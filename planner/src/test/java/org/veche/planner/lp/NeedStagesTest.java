package org.veche.planner.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.veche.model.Priority.DESIRED;
import static org.veche.model.Priority.ESSENTIAL;
import static org.veche.model.Priority.IMPORTANT;
import static org.veche.planner.support.EconomyBuilder.anEconomy;
import static org.veche.planner.support.EconomyBuilder.makes;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.check.PlanCheck;
import org.veche.model.plan.NeedGroup;
import org.veche.planner.support.SyntheticEconomy;

/**
 * The needs solved stage by stage beside the whole level: each stage is the optimum with some share
 * segments open, and a plan of the whole economy that the LP phase gives when its own level finds
 * none in time.
 */
class NeedStagesTest {

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    /**
     * With the default weights (100, 10, 1): the essential needs in full, then one quarter more at a
     * time, the last desired quarter left to the whole level; the first stage is the optimum of the
     * essential needs alone, and every stage serves more.
     */
    @Test
    void theStagesOpenTheEssentialNeedsThenOneQuarterAtATimeEachServingMore() throws InterruptedException {
        Economy economy = SyntheticEconomy.generate(300, 7);
        List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
        NeedStages stages = NeedStages.begin(economy, System.nanoTime() + MINUTE, notes::add, LpStop.NEVER).orElseThrow();
        stages.awaitEnd();

        List<Double> needs = stages.needsByStage();
        LpSolution essentialAlone = LpPhase.solve(only(economy, Set.of(ESSENTIAL)), LpOptions.DEFAULT);
        LpSolution whole = LpPhase.solve(economy, LpOptions.DEFAULT);

        assertThat(stages.log()).hasSize(8).allMatch(line -> line.contains("OPTIMAL"));
        assertThat(stages.log().get(0)).contains("{ESSENTIAL=4, IMPORTANT=0, DESIRED=0}");
        assertThat(stages.log().get(7)).contains("{ESSENTIAL=4, IMPORTANT=4, DESIRED=3}");
        assertThat(needs.get(0)).isCloseTo(essentialAlone.needs(), within(1e-6 * essentialAlone.needs()));
        assertThat(needs).isSorted().doesNotHaveDuplicates();
        assertThat(needs.get(needs.size() - 1)).isLessThanOrEqualTo(whole.needs());
        assertThat(stages.best().orElseThrow().planned()).containsExactlyInAnyOrder(ESSENTIAL, IMPORTANT);
        assertThat(notes).as("one note a stage, for the person waiting").hasSize(8);
        assertThat(notes.get(0)).contains("(essential in full)");
        assertThat(notes.get(1)).contains("(essential in full, important 1 of 4 quarters)");
        assertThat(notes.get(7)).contains("(essential in full, important in full, desired 3 of 4 quarters)")
                .contains(String.format(java.util.Locale.ROOT, "needs %.6g", needs.get(7)));
    }

    /**
     * When the first stage is too slow for the whole level (forced here, on the mill and bakery of
     * {@code BoundedNeedsLpTest}: PDLP's tolerance takes 25 s on a 100-product economy), the stages
     * stop the LP phase and approximate the whole level with PDLP: an LP phase cut off with no plan
     * then carries that plan (within 1 % of the optimum's needs here) for the caller to make
     * feasible, and the person waiting is told.
     */
    @Test
    void aFirstStageTooSlowStopsTheLpPhaseAndLeavesAnApproximatePlanOfTheWholeLevel() throws InterruptedException {
        Economy economy = BoundedNeedsLpTest.millAndBakery();
        List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
        LpStop stop = LpStop.create();
        NeedStages stages = NeedStages.approximating(economy, System.nanoTime() + MINUTE, notes::add, stop);
        stages.awaitEnd();

        LpSolution solution = LpPhase.solve(economy, LpOptions.DEFAULT.withStop(stop),
                List.of("GLOP"), LevelHold.OPTIMAL_FACE, Optional.of(stages), System.nanoTime());
        LpSolution whole = LpPhase.solve(economy, LpOptions.DEFAULT);

        assertThat(stop.requested()).isTrue();
        assertThat(solution.status()).isEqualTo(LpStatus.STOPPED);
        assertThat(solution.approximate()).isEqualTo(stages.approximation().orElseThrow().production())
                .hasSameSizeAs(whole.production());
        assertThat(stages.approximation().orElseThrow().objective()).isCloseTo(whole.needs(), within(0.01 * whole.needs()));
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0)).isEqualTo("the LP is stopped: at this pace it would end after twice the time left;"
                + " approximating it instead");
        String method = InteriorPoint.available().isPresent() ? FirstOrderNeeds.INTERIOR_POINT : FirstOrderNeeds.PDLP;
        assertThat(stages.approximation().orElseThrow().method()).isEqualTo(method);
        assertThat(notes.get(1)).startsWith("an approximate plan of the LP (" + method + ") is ready: needs ");
    }

    /**
     * The first stage in time, but the whole level not ended by half the time (no LP phase runs here,
     * so nothing ends it): from then on the interior point approximates the whole level beside it,
     * and when the plan must be made whole the LP phase is stopped and that approximation, not the
     * last stage's plan, is what an LP phase cut off with no plan carries.
     */
    @Test
    void aWholeLevelNotEndedByHalfTheTimeIsApproximatedBesideAndStoppedWhenThePlanMustBeMadeWhole()
            throws InterruptedException {
        assumeTrue(InteriorPoint.available().isPresent(), "HiGHS's interior point (Java 22+) is not here");
        Economy economy = SyntheticEconomy.generate(300, 7);
        List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
        LpStop stop = LpStop.create();
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(4).toNanos();
        NeedStages stages = NeedStages.begin(economy, deadline, notes::add, stop, 0).orElseThrow();
        stages.awaitEnd();
        long ended = System.nanoTime();

        LpSolution solution = LpPhase.solve(economy, LpOptions.DEFAULT.withStop(stop),
                List.of("GLOP"), LevelHold.OPTIMAL_FACE, Optional.of(stages), System.nanoTime());
        LpSolution whole = LpPhase.solve(economy, LpOptions.DEFAULT);

        assertThat(stop.requested()).isTrue();
        assertThat(ended - start).as("the LP phase is stopped only when the plan must be made whole")
                .isGreaterThan((long) (0.85 * (deadline - start)) - 1_000_000);
        assertThat(stages.log()).filteredOn(line -> line.contains("OPTIMAL")).hasSize(8);
        assertThat(notes).hasSize(10);
        assertThat(notes.get(8)).isEqualTo("the LP's needs level is taking longer than expected: approximating it"
                + " beside, in case it does not end in time");
        assertThat(notes.get(9)).startsWith("the LP is stopped: its needs level did not end in time; an approximate"
                + " plan of it (" + FirstOrderNeeds.INTERIOR_POINT + ") is ready: needs ");
        assertThat(solution.status()).isEqualTo(LpStatus.STOPPED);
        assertThat(solution.approximate()).isEqualTo(stages.approximation().orElseThrow().production());
        assertThat(stages.approximation().orElseThrow().objective())
                .isCloseTo(whole.needs(), within(1e-6 * whole.needs()))
                .isGreaterThan(stages.best().orElseThrow().needs());
    }

    /** The LP phase's level ends (it closes the stages) before half the time: nothing is approximated or stopped. */
    @Test
    void aWholeLevelEndedBeforeHalfTheTimeLeavesTheLpPhaseAlone() throws InterruptedException {
        Economy economy = SyntheticEconomy.generate(300, 7);
        List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
        LpStop stop = LpStop.create();
        NeedStages stages = NeedStages.begin(economy, System.nanoTime() + MINUTE, notes::add, stop, 0).orElseThrow();
        while (stages.needsByStage().size() < 8) {
            Thread.sleep(10);
        }
        stages.close();
        stages.awaitEnd();

        assertThat(stop.requested()).isFalse();
        assertThat(stages.approximation()).isEmpty();
        assertThat(notes).hasSize(8).noneMatch(note -> note.contains("approximat"));
    }

    /** Below {@link NeedStages#BESIDE_FROM_TECHNOLOGIES} the stages go on to the deadline instead. */
    @Test
    void aSmallerEconomyKeepsItsStagesToTheDeadline() throws InterruptedException {
        Economy economy = SyntheticEconomy.generate(300, 7);
        List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
        LpStop stop = LpStop.create();
        NeedStages stages = NeedStages.begin(economy, System.nanoTime() + Duration.ofSeconds(4).toNanos(), notes::add,
                stop).orElseThrow();
        stages.awaitEnd();

        assertThat(stop.requested()).isFalse();
        assertThat(stages.approximation()).isEmpty();
        assertThat(notes).hasSize(8).noneMatch(note -> note.contains("approximat"));
    }

    @Test
    void anLpCutOffBeforeItsNeedsLevelEndsGivesTheLastStagesPlanWithTheLeftoversDelivered()
            throws InterruptedException {
        Economy economy = SyntheticEconomy.generate(300, 7);
        NeedStages stages = NeedStages.begin(economy, System.nanoTime() + MINUTE, note -> {}, LpStop.NEVER).orElseThrow();
        stages.awaitEnd();
        NeedStages.Stage last = stages.best().orElseThrow();

        LpSolution solution = LpPhase.solve(economy, LpOptions.DEFAULT.withTimeLimit(Duration.ofMillis(1)),
                List.of("GLOP"), LevelHold.OPTIMAL_FACE, Optional.of(stages), System.nanoTime());

        assertThat(solution.status()).isEqualTo(LpStatus.PARTIAL);
        assertThat(solution.unplanned()).containsExactly(DESIRED);
        assertThat(last.planned()).containsExactlyInAnyOrder(ESSENTIAL, IMPORTANT);
        assertThat(PlanCheck.evaluate(economy, solution.toPlan(economy)).breaches()).isEmpty();
        assertThat(solution.needs()).isGreaterThanOrEqualTo(last.needs() * (1 - 1e-9));
        assertThat(solution.diagnostics().solver()).contains("needs from the stage");
        // The planned priorities keep the stage's shares; the desired needs at least theirs.
        List<NeedGroup> groups = List.copyOf(NeedGroups.demands(economy).keySet()); // the models' order
        for (int g = 0; g < groups.size(); g++) {
            NeedGroup group = groups.get(g);
            double staged = last.snapshot().shares()[g];
            if (group.priority() != DESIRED) {
                assertThat(solution.share(group)).isEqualTo(staged);
            } else {
                assertThat(solution.share(group)).isGreaterThanOrEqualTo(staged);
            }
        }
    }

    /**
     * 100 loaves made, the essential 60 planned in full, the important 30 half-planned (15), the
     * desired 50 not at all: the 25 loaves left over go to the important need first (15 more, in
     * full), then 10 to the desired one (20 %).
     */
    @Test
    void whatAStageLeavesOverGoesToTheNeedsItDidNotPlanInFullHigherPrioritiesFirst() {
        Economy economy = anEconomy().product("bread")
                .collective("bakery", 10, makes("bread").hours(0.1))
                .need("river", "bread", ESSENTIAL, 60)
                .need("river", "bread", IMPORTANT, 30)
                .need("river", "bread", DESIRED, 50)
                .build();
        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            PlanningLp lp = PlanningLp.build(economy, solver);
            double[] shares = new double[lp.groups.size()];
            shares[lp.group(new NeedGroup("bread", ESSENTIAL)).orElseThrow()] = 1;
            shares[lp.group(new NeedGroup("bread", IMPORTANT)).orElseThrow()] = 0.5;
            NeedStages.Stage stage = new NeedStages.Stage(Set.of(ESSENTIAL),
                    new LevelSnapshot(new double[] {100}, shares), LpSensitivity.NONE, 0);

            LevelSnapshot plan = NeedStages.withLeftovers(lp, stage);

            assertThat(plan.production()).containsExactly(100);
            assertThat(plan.shares()[lp.group(new NeedGroup("bread", ESSENTIAL)).orElseThrow()]).isEqualTo(1);
            assertThat(plan.shares()[lp.group(new NeedGroup("bread", IMPORTANT)).orElseThrow()]).isEqualTo(1);
            assertThat(plan.shares()[lp.group(new NeedGroup("bread", DESIRED)).orElseThrow()])
                    .isCloseTo(0.2, within(1e-12));
        } finally {
            solver.delete();
        }
    }

    /** Needs of one priority: the only stage with it open in full is the whole level itself. */
    @Test
    void needsOfOnePriorityHaveNoStages() {
        Economy economy = only(SyntheticEconomy.generate(50, 7), Set.of(ESSENTIAL));

        assertThat(NeedStages.begin(economy, System.nanoTime() + MINUTE, note -> {}, LpStop.NEVER)).isEmpty();
    }

    /** The economy with only the needs of {@code kept}. */
    private static Economy only(Economy economy, Set<Priority> kept) {
        return economy.withLocals(economy.locals().stream()
                .map(local -> local.withNeeds(local.needs().stream().filter(n -> kept.contains(n.priority())).toList()))
                .toList());
    }
}
