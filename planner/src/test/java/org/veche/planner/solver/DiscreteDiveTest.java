package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.veche.planner.solver.EconomyBuilder.aTechnology;
import static org.veche.planner.solver.EconomyBuilder.anEconomy;
import static org.veche.planner.solver.EconomyBuilder.need;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.lp.BoundedNeedsLp;
import org.veche.planner.lp.FirstOrderNeeds;
import org.veche.planner.lp.LpStop;

/**
 * The dive on small economies whose whole-number plans can be worked out by hand. Quantities are
 * compared within 1e-6 (GLOP's optimum on numbers of order 10).
 */
class DiscreteDiveTest {

    private static final double TOLERANCE = 1e-6;
    private static final TechnologyRef FOUNDRY = new TechnologyRef("foundry", "part");
    private static final TechnologyRef WORKS = new TechnologyRef("works", "widget");
    private static final TechnologyRef WORKSHOP = new TechnologyRef("workshop", "widget");

    @Test
    void aBatchMayTakeTenTimesTheMeanBatchButAtLeastThirtySeconds() {
        Duration cold = Duration.ofSeconds(5);
        assertThat(DiscreteDive.batchLimit(4, Duration.ofSeconds(8).toNanos(), cold)).isEqualTo(Duration.ofSeconds(30));
        assertThat(DiscreteDive.batchLimit(4, Duration.ofSeconds(16).toNanos(), cold)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void theFirstBatchMayTakeAsLongAsTheColdSolveButAtLeastThirtySeconds() {
        assertThat(DiscreteDive.batchLimit(0, 0, Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(30));
        assertThat(DiscreteDive.batchLimit(0, 0, Duration.ofSeconds(48))).isEqualTo(Duration.ofSeconds(48));
    }

    @Test
    void aBatchRaisesNoCollectiveTwiceNorLowersAProductTwice() {
        List<ProductionLine> lines = fourWorkplaces();
        assertThat(lines.stream().map(ProductionLine::ref)).containsExactly(FOUNDRY, FOUNDRY_BOLT, FORGE, WORKS,
                SMITHY);

        // Raised: the foundry's bolts would need more of its hours than its parts leave.
        assertThat(batch(lines, true, true, true, true, true)).containsExactly(FOUNDRY, FORGE, WORKS, SMITHY);
        // Lowered: the forge's parts or the smithy's bolts could not make up for the foundry's.
        assertThat(batch(lines, false, false, false, false, false)).containsExactly(FOUNDRY, FOUNDRY_BOLT, WORKS);
        assertThat(DiscreteDive.independent(candidates(lines, true, true, true, true, true), 1).stream()
                .map(c -> c.line().ref())).as("a prefix for a smaller batch").containsExactly(FOUNDRY);
    }

    @Test
    void aBatchRaisesNoLineWhoseInputItLowers() {
        List<ProductionLine> lines = fourWorkplaces();
        // The works asks for more parts first: the forge may not make fewer in the same batch.
        List<ProductionLine> order = List.of(lines.get(3), lines.get(2), lines.get(0), lines.get(1), lines.get(4));

        assertThat(batch(order, true, false, true, true, false)).containsExactly(WORKS, FOUNDRY, SMITHY);
        // The other way round: the forge makes fewer parts first, so the works may not ask for more.
        assertThat(batch(List.of(lines.get(2), lines.get(3)), false, true)).containsExactly(FORGE);
    }

    private static final TechnologyRef FOUNDRY_BOLT = new TechnologyRef("foundry", "bolt");
    private static final TechnologyRef FORGE = new TechnologyRef("forge", "part");
    private static final TechnologyRef SMITHY = new TechnologyRef("smithy", "bolt");

    /** A foundry making parts and bolts, a forge making parts, a works making widgets of parts, a smithy making bolts. */
    private static List<ProductionLine> fourWorkplaces() {
        Economy economy = anEconomy().indivisible("part").indivisible("widget").indivisible("bolt")
                .collective("foundry", 10, aTechnology("part"), aTechnology("bolt"))
                .collective("forge", 10, aTechnology("part"))
                .collective("works", 10, aTechnology("widget").input("part", 0.5))
                .collective("smithy", 10, aTechnology("bolt"))
                .local("town", need("widget", Priority.ESSENTIAL, 100), need("bolt", Priority.ESSENTIAL, 100))
                .build();
        return ProductionPlans.of(economy, StabilityReference.NONE).lines();
    }

    private static List<DiscreteDive.Candidate> candidates(List<ProductionLine> lines, boolean... raises) {
        return java.util.stream.IntStream.range(0, lines.size())
                .mapToObj(i -> new DiscreteDive.Candidate(lines.get(i), DiscreteDive.Decision.fixed(1), 0, raises[i]))
                .toList();
    }

    private static List<TechnologyRef> batch(List<ProductionLine> lines, boolean... raises) {
        return DiscreteDive.independent(candidates(lines, raises), 10).stream().map(c -> c.line().ref()).toList();
    }

    @Test
    void afterARefusedBatchIsNarrowedToItsCulpritTheNextBatchIsHalfTheFirstRefused() {
        DiscreteDive.BatchSize size = new DiscreteDive.BatchSize();
        assertThat(size.size()).isEqualTo(Integer.MAX_VALUE);
        size.refused(400);
        assertThat(size.size()).isEqualTo(200);
        size.passed(200);
        assertThat(size.size()).as("no growth while searching").isEqualTo(200);
        size.refused(200);
        size.refused(100);
        size.refused(50);
        size.passed(25);
        size.refused(25);
        size.refused(12);
        size.refused(6);
        size.refused(3);
        size.refused(1);
        assertThat(size.size()).isEqualTo(200);
        size.passed(200);
        assertThat(size.size()).as("growing again").isEqualTo(400);
    }

    @Test
    void aMinimumRunThatCannotBeFedIsSwitchedOffAfterTheLpRefusesItOn() {
        // The LP runs the works at 5 widgets (all 2.5 parts the foundry can make), nearer its minimum
        // of 8 than 0, so the dive tries it on first; on needs 4 parts: refused, then switched off.
        // The parts then go to their own need and the workshop still makes its 10 widgets.
        Economy economy = unfedMinimumRun();

        DiscreteDive.Outcome outcome = dive(economy);

        assertThat(outcome.refusals()).isGreaterThanOrEqualTo(1);
        assertThat(outcome.choices()).containsEntry(WORKS, 0.0);
        assertThat(outcome.production().get(WORKS)).isEqualTo(0.0);
        assertThat(outcome.production().get(WORKSHOP)).isCloseTo(10, within(TOLERANCE));
        assertThat(outcome.production().get(FOUNDRY)).isCloseTo(2.5, within(TOLERANCE));
    }

    @Test
    void aLineCorneredByAnEarlierChoiceFreesItAndTheyAreDecidedAgain() {
        // The foundry's 1,600 hours make 3.56 parts, enough for 7.11 widgets. 7 widgets are the
        // nearer choice and go first, alone (the parts are their input, so not in the same batch);
        // then 3 parts are refused (7 widgets need 3.5) and 4 take 1,800 hours: the part line is
        // cornered. The escape frees the widgets, 3 parts pass, and 6 widgets are whole where they land.
        Economy economy = foundryShortOfHours();

        DiscreteDive.Outcome outcome = dive(economy);

        assertThat(outcome.escapes()).isEqualTo(1);
        assertThat(outcome.choices()).containsEntry(FOUNDRY, 3.0).containsEntry(WORKS, 6.0);
        assertThat(outcome.production().get(WORKS)).isCloseTo(6, within(TOLERANCE));
    }

    @Test
    void linesAlreadyWholeInTheRelaxationAreFixedWithoutAnotherSolve() {
        Economy economy = anEconomy().indivisible("part").product("widget")
                .collective("foundry", 10, aTechnology("part").maxOutput(4))
                .collective("works", 10, aTechnology("widget").minOutput(2).input("part", 0.5))
                .local("town", need("widget", Priority.ESSENTIAL, 100))
                .build();

        DiscreteDive.Outcome outcome = dive(economy);

        assertThat(outcome.solves()).isEqualTo(1);
        assertThat(outcome.choices()).containsEntry(FOUNDRY, 4.0);
        assertThat(outcome.choices().get(WORKS)).as("on, free above its minimum").isNaN();
        assertThat(outcome.production().get(WORKS)).isCloseTo(8, within(TOLERANCE));
    }

    @Test
    void aDiveOutOfTimeRoundsEveryOpenLineAtOnceAndKeepsTheFirstRoundingTheLpTakes() {
        // The dive's own time is up before its first batch: the works' 5 widgets, nearer its minimum
        // of 8, round on (nearest, then up), which the 2.5 parts cannot feed; down switches it off.
        Economy economy = unfedMinimumRun();

        DiscreteDive.Outcome outcome = diveOutOfTime(economy);

        assertThat(outcome.complete()).as(outcome.summary()).isTrue();
        assertThat(outcome.refusals()).as("no batches").isZero();
        assertThat(outcome.choices()).containsEntry(WORKS, 0.0);
        assertThat(outcome.production().get(WORKSHOP)).isCloseTo(10, within(TOLERANCE));
    }

    @Test
    void whenNoRoundingOfTheOpenLinesIsFeasibleTheDiveIsLeftPartial() {
        // 3.56 parts and 7.11 widgets: 4 parts take 1,800 of the foundry's 1,600 hours (nearest, up),
        // and 3 parts cannot make 7 widgets (down).
        Economy economy = foundryShortOfHours();

        DiscreteDive.Outcome outcome = diveOutOfTime(economy);

        assertThat(outcome.complete()).isFalse();
        assertThat(outcome.open()).isEqualTo(2);
        assertThat(outcome.choices()).isEmpty();
        assertThat(outcome.production().get(FOUNDRY)).isCloseTo(1600.0 / 450, within(TOLERANCE));
    }

    @Test
    void withTheWholePlanEveryLineIsDecidedInOneReSolve() {
        // 3.56 parts floored to 3 feed 6 widgets, not the 7 the LP's 7.11 would floor to; a fourth
        // part would need 1,800 h of the foundry's 1,600.
        Economy economy = foundryShortOfHours();
        List<ProductionLine> lines = ProductionPlans.of(economy, StabilityReference.NONE).lines();
        List<ProductionLine> discrete = lines.stream().filter(ProductionLine::discrete).toList();

        DiscreteDive.Outcome outcome;
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            long deadline = System.nanoTime() + Duration.ofHours(1).toNanos();
            outcome = DiscreteDive.run(lp, lines, discrete, deadline, deadline)
                    .orElseThrow(() -> new AssertionError("The relaxation was not solved"));
        }

        assertThat(outcome.complete()).as(outcome.summary()).isTrue();
        assertThat(outcome.solves()).as("the relaxation and one re-solve").isEqualTo(2);
        assertThat(outcome.choices()).containsEntry(FOUNDRY, 3.0).containsEntry(WORKS, 6.0);
    }

    @Test
    void aDiveFromTheModelSolvedBesideTheLpPhaseDecidesAsFromItsOwnColdSolve() {
        Economy economy = foundryShortOfHours();
        List<ProductionLine> lines = ProductionPlans.of(economy, StabilityReference.NONE).lines();
        List<ProductionLine> discrete = lines.stream().filter(ProductionLine::discrete).toList();
        long deadline = System.nanoTime() + Duration.ofHours(1).toNanos();

        DiscreteDive.Outcome outcome;
        try (DiveStart start = DiveStart.begin(economy, lines, System.nanoTime() + Duration.ofHours(1).toNanos(), LpStop.NEVER,
                note -> {})) {
            DiveStart.Started started = start.take(deadline).orElseThrow(() -> new AssertionError("No dive model"));
            assertThat(started.relaxation().optimal()).isTrue();
            try (BoundedNeedsLp lp = started.lp()) {
                outcome = DiscreteDive.run(lp, started.relaxation(), started.took(), lines, discrete, deadline,
                        deadline, deadline)
                        .orElseThrow(() -> new AssertionError("The relaxation was not solved"));
            }
        }

        assertThat(outcome.complete()).as(outcome.summary()).isTrue();
        assertThat(outcome.solves()).as("the relaxation and one re-solve").isEqualTo(2);
        assertThat(outcome.choices()).containsEntry(FOUNDRY, 3.0).containsEntry(WORKS, 6.0);
    }

    /**
     * Before the relaxation, the dive's model makes a whole plan of the essential needs alone, for
     * when the relaxation is not solved in time; the relaxation after it is the same as cold. With
     * the parts wanted too (important), the essential widgets alone take all 3 whole parts: 6 widgets.
     */
    @Test
    void theDivesModelMakesAWholePlanOfTheFirstPriorityAloneAndThenTheSameRelaxation() {
        Economy economy = foundryAndWorks();
        List<ProductionLine> lines = ProductionPlans.of(economy, StabilityReference.NONE).lines();
        long deadline = System.nanoTime() + Duration.ofHours(1).toNanos();
        BoundedNeedsLp.Result cold;
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            cold = lp.solve(Duration.ofMinutes(1));
        }

        List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (DiveStart start = DiveStart.withFallback(economy, lines, deadline, notes::add)) {
            DiveStart.Started started = start.take(deadline).orElseThrow(() -> new AssertionError("No dive model"));
            started.lp().close();
            DiveStart.Fallback fallback = start.fallback(deadline).orElseThrow(() -> new AssertionError("No fallback"));

            assertThat(DiveStart.firstPriorities(economy)).containsExactly(Priority.ESSENTIAL);
            assertThat(fallback.choices()).containsEntry(FOUNDRY, 3.0).containsEntry(WORKS, 6.0);
            assertThat(fallback.production().get(FOUNDRY)).isCloseTo(3.0, within(1e-9));
            assertThat(fallback.production().get(WORKS)).isCloseTo(6.0, within(1e-9));
            assertThat(started.relaxation().optimal()).isTrue();
            assertThat(started.relaxation().needs()).isCloseTo(cold.needs(), within(1e-9 * cold.needs()));
            assertThat(notes).containsExactly(
                    "a whole plan of the essential needs alone is ready beside the LP (rounded without a solve),"
                            + " what the solve falls back on if the LP does not end in time");
        }
    }

    /**
     * On a large economy whose relaxation would come too late, the dive's model approximates it (by
     * HiGHS's interior point, or PDLP where that is not built) and makes that plan whole instead ({@link DiveStart#approximated} forces it on a small
     * one): the same whole plan as the exact relaxation's here (3 parts, 6 widgets, all the foundry's
     * hours), told in words; the repair does not wait for a relaxation that is not coming.
     */
    @Test
    void theDivesModelCanApproximateTheRelaxationAndMakeThatPlanWhole() {
        Economy economy = foundryAndWorks();
        List<ProductionLine> lines = ProductionPlans.of(economy, StabilityReference.NONE).lines();
        long deadline = System.nanoTime() + Duration.ofHours(1).toNanos();

        List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (DiveStart start = DiveStart.approximated(economy, lines, deadline, notes::add)) {
            assertThat(start.take(deadline)).isEmpty();
            DiveStart.Fallback fallback = start.fallback(deadline).orElseThrow(() -> new AssertionError("No fallback"));

            assertThat(fallback.choices()).containsEntry(FOUNDRY, 3.0).containsEntry(WORKS, 6.0);
            assertThat(fallback.production().get(WORKS)).isCloseTo(6.0, within(1e-9));
            assertThat(notes).singleElement().asString()
                    .matches("a whole plan from an approximate LP solve \\((PDLP|HiGHS interior point)\\) is ready beside"
                            + " the LP: needs .*");
            if (notes.getFirst().contains(FirstOrderNeeds.INTERIOR_POINT)) {
                // The interior point's duals bound the relaxation, so the whole plan too, and the note says so.
                assertThat(start.bound()).isPresent();
                assertThat(start.bound().getAsDouble())
                        .isGreaterThanOrEqualTo(BackedOffCovering.needs(lines, fallback.production()) * (1 - 1e-9));
                assertThat(notes.getFirst()).contains("(the LP bound at most ");
            } else {
                assertThat(start.bound()).isEmpty();
            }
        }
    }

    /**
     * Whole parts from a foundry with hours for 3 of them, whole widgets of half a part each: 100
     * widgets wanted (essential) and 10 parts (important).
     */
    private static Economy foundryAndWorks() {
        return anEconomy().indivisible("part").indivisible("widget")
                .collective("foundry", 1, aTechnology("part").labourHours(450))
                .collective("works", 10, aTechnology("widget").input("part", 0.5))
                .local("town", need("widget", Priority.ESSENTIAL, 100), need("part", Priority.IMPORTANT, 10))
                .build();
    }

    /** A dive whose own deadline has passed when it starts, with an hour to finish. */
    private static DiscreteDive.Outcome diveOutOfTime(Economy economy) {
        List<ProductionLine> discrete = ProductionPlans.of(economy, StabilityReference.NONE).lines().stream()
                .filter(ProductionLine::discrete).toList();
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            return DiscreteDive.run(lp, discrete, System.nanoTime(), System.nanoTime() + Duration.ofHours(1).toNanos())
                    .orElseThrow(() -> new AssertionError("The relaxation was not solved"));
        }
    }

    private static DiscreteDive.Outcome dive(Economy economy) {
        List<ProductionLine> discrete = ProductionPlans.of(economy, StabilityReference.NONE).lines().stream()
                .filter(ProductionLine::discrete).toList();
        try (BoundedNeedsLp lp = BoundedNeedsLp.of(economy)) {
            DiscreteDive.Outcome outcome = DiscreteDive.run(lp, discrete, System.nanoTime() + Duration.ofHours(1).toNanos())
                    .orElseThrow(() -> new AssertionError("The relaxation was not solved"));
            assertThat(outcome.complete()).as(outcome.summary()).isTrue();
            return outcome;
        }
    }

    /** A foundry whose 1,600 hours make 3.56 parts (450 h each); a works making widgets of half a part each. */
    private static Economy foundryShortOfHours() {
        return anEconomy().indivisible("part").indivisible("widget")
                .collective("foundry", 1, aTechnology("part").labourHours(450))
                .collective("works", 10, aTechnology("widget").input("part", 0.5))
                .local("town", need("widget", Priority.ESSENTIAL, 100))
                .build();
    }

    /**
     * A works with a minimum run of 8 widgets that needs 0.5 parts each, where the foundry can make
     * only 2.5 parts; a workshop makes up to 10 widgets without parts; the town needs 20 widgets
     * (essential) and 10 parts (desired).
     */
    static Economy unfedMinimumRun() {
        return anEconomy().product("part").product("widget")
                .collective("foundry", 10, aTechnology("part").maxOutput(2.5))
                .collective("works", 10, aTechnology("widget").minOutput(8).input("part", 0.5))
                .collective("workshop", 10, aTechnology("widget").maxOutput(10).labourHours(10))
                .local("town", need("widget", Priority.ESSENTIAL, 20), need("part", Priority.DESIRED, 10))
                .build();
    }

    /**
     * The first priority alone took 2.9 s, 6.1 s into a repair whose deadline is 53.6 s in (20,000
     * tiered discrete products on a slower machine): the relaxation is expected 43.5 s later, 49.6 s
     * in, before the deadline, but with the dive's 40 % of that after it, 67 s in, after it; on a
     * small economy (no approximation to make instead) only the relaxation counts.
     */
    @Test
    void aLargeEconomysRelaxationIsLateUnlessItLeavesTheDiveItsTime() {
        long second = 1_000_000_000L;
        long start = 100 * second + 3_200_000_000L;
        long now = start + 2_900_000_000L;
        long deadline = 100 * second + 53_600_000_000L;

        assertThat(DiveStart.late(true, start, now, deadline)).isTrue();
        assertThat(DiveStart.late(false, start, now, deadline)).isFalse();
        // 2.1 s alone, as on a faster machine: relaxation and dive end 49.4 s in, in time.
        assertThat(DiveStart.late(true, start, start + 2_100_000_000L, deadline)).isFalse();
    }
}
