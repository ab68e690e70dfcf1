package org.veche.planner.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.veche.model.Priority.DESIRED;
import static org.veche.model.Priority.ESSENTIAL;
import static org.veche.model.Priority.IMPORTANT;

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
 * The needs solved priority by priority beside the whole level: each stage is the optimum of its
 * priorities alone, and a plan of the whole economy that the LP phase gives when its own level
 * finds none in time.
 */
class NeedStagesTest {

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    @Test
    void theLastStageIsTheOptimumOfTheEssentialAndImportantNeedsAlone() throws InterruptedException {
        Economy economy = SyntheticEconomy.generate(300, 7);
        NeedStages stages = NeedStages.begin(economy, System.nanoTime() + MINUTE).orElseThrow();
        stages.awaitEnd();

        NeedStages.Stage last = stages.best().orElseThrow();
        LpSolution alone = LpPhase.solve(only(economy, Set.of(ESSENTIAL, IMPORTANT)), LpOptions.DEFAULT);

        assertThat(last.planned()).containsExactlyInAnyOrder(ESSENTIAL, IMPORTANT);
        assertThat(alone.status()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(last.needs()).isCloseTo(alone.needs(), within(1e-6 * alone.needs()));
        assertThat(stages.log()).hasSize(2).allMatch(line -> line.contains("OPTIMAL"));
    }

    @Test
    void anLpCutOffBeforeItsNeedsLevelEndsGivesTheLastStagesPlanWithTheLeftoversDelivered()
            throws InterruptedException {
        Economy economy = SyntheticEconomy.generate(300, 7);
        NeedStages stages = NeedStages.begin(economy, System.nanoTime() + MINUTE).orElseThrow();
        stages.awaitEnd();
        NeedStages.Stage last = stages.best().orElseThrow();

        LpSolution solution = LpPhase.solve(economy, LpOptions.DEFAULT.withTimeLimit(Duration.ofMillis(1)),
                List.of("GLOP"), LevelHold.OPTIMAL_FACE, Optional.of(stages), System.nanoTime());

        assertThat(solution.status()).isEqualTo(LpStatus.PARTIAL);
        assertThat(solution.unplanned()).containsExactly(DESIRED);
        assertThat(PlanCheck.evaluate(economy, solution.toPlan(economy)).breaches()).isEmpty();
        assertThat(solution.needs()).isGreaterThanOrEqualTo(last.needs() * (1 - 1e-9));
        assertThat(solution.diagnostics().solver()).contains("needs from the stage");
        // The planned priorities keep the stage's shares; the desired needs get what the stage left over.
        List<NeedGroup> groups = List.copyOf(NeedGroups.demands(economy).keySet()); // the models' order
        for (int g = 0; g < groups.size(); g++) {
            NeedGroup group = groups.get(g);
            if (group.priority() != DESIRED) {
                assertThat(solution.share(group)).isEqualTo(last.snapshot().shares()[g]);
            }
        }
        assertThat(groups).filteredOn(g -> g.priority() == DESIRED).anyMatch(g -> solution.share(g) > 0);
    }

    @Test
    void needsOfOnePriorityHaveNoStages() {
        Economy economy = only(SyntheticEconomy.generate(50, 7), Set.of(ESSENTIAL));

        assertThat(NeedStages.begin(economy, System.nanoTime() + MINUTE)).isEmpty();
    }

    /** The economy with only the needs of {@code kept}. */
    private static Economy only(Economy economy, Set<Priority> kept) {
        return economy.withLocals(economy.locals().stream()
                .map(local -> local.withNeeds(local.needs().stream().filter(n -> kept.contains(n.priority())).toList()))
                .toList());
    }
}
