package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.Policy;
import org.veche.model.plan.StabilityReference;
import org.veche.planner.Planner;
import org.veche.planner.SolveOptions;
import org.veche.planner.SolvedPlan;
import org.veche.planner.exchange.EconomyFormat;
import org.veche.planner.lp.LpPhase;

/**
 * The discrete repair on the demo economy (indivisible buses with a minimum run of 2, indivisible
 * flats). Its whole-number optimum is within 0.1 of the LP bound at both hour caps, so the plan
 * must not depend on how far local search gets: tolerance 0.01 on needs.
 */
class DiscreteRepairTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private final Planner planner = new Planner(LpPhase::solve);

    @Test
    void moreWorkingTimeNeverServesLessOnTheDemoEconomy() {
        Economy demo = EconomyFormat.read(demoEconomy());
        SolvedPlan shorter = solve(demo, 1500);
        SolvedPlan longer = solve(demo, 1750);

        assertThat(shorter.score().feasible()).isTrue();
        assertThat(longer.score().feasible()).isTrue();
        assertThat(longer.score().needs()).isGreaterThanOrEqualTo(shorter.score().needs() - 0.01);
        assertThat(shorter.score().needs()).isGreaterThanOrEqualTo(0.99 * shorter.lp().needs());
        assertThat(longer.score().needs()).isGreaterThanOrEqualTo(0.99 * longer.lp().needs());
    }

    @Test
    void theRepairFindsTheWholeNumberOptimumOfTheDemoEconomy() {
        // Enumerating buses × flats with the LP re-solved: 6 buses, 39 flats give needs 1666.03 at 1750 h.
        SolvedPlan solved = solve(EconomyFormat.read(demoEconomy()), 1750);

        assertThat(solved.score().needs()).isGreaterThanOrEqualTo(1666.02);
    }

    private SolvedPlan solve(Economy economy, double hoursPerMember) {
        Policy policy = economy.policy();
        Economy capped = economy.withPolicy(
                new Policy(hoursPerMember, policy.emissionCap(), policy.priorityWeights()));
        return planner.solve(capped, new SolveOptions(LIMIT, StabilityReference.NONE));
    }

    private static Path demoEconomy() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("datasets").resolve("demo.economy.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("datasets/demo.economy.json not found above " + Path.of("").toAbsolutePath());
    }
}
