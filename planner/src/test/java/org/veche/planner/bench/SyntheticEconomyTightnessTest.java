package org.veche.planner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Priority;
import org.veche.model.plan.NeedGroup;
import org.veche.planner.lp.LpOptions;
import org.veche.planner.lp.LpPhase;
import org.veche.planner.lp.LpSolution;
import org.veche.planner.lp.LpStatus;

/** The generator's promise "tight but feasible", checked with the LP on a small instance. */
class SyntheticEconomyTightnessTest {

    @Test
    void labourBindsSoEssentialsAreAlmostAllServedAndDesiredNeedsOnlyInPart() {
        Economy economy = SyntheticEconomy.generate(SyntheticParameters.of(300, 11).withLocals(60));

        LpSolution lp = LpPhase.solve(economy, LpOptions.DEFAULT);

        assertThat(lp.status()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(share(economy, lp, Priority.ESSENTIAL)).isGreaterThan(0.95);
        assertThat(share(economy, lp, Priority.DESIRED)).isBetween(0.3, 0.97);
    }

    /** Quantity-weighted share of a priority: Σ r_{p,t}·q_n / Σ q_n. */
    private static double share(Economy economy, LpSolution lp, Priority priority) {
        double served = 0;
        double asked = 0;
        for (Local local : economy.locals()) {
            for (Need need : local.needs()) {
                if (need.priority() == priority) {
                    Map<NeedGroup, Double> shares = lp.shares();
                    served += shares.getOrDefault(new NeedGroup(need.product(), priority), 0.0) * need.quantity();
                    asked += need.quantity();
                }
            }
        }
        return served / asked;
    }
}
