package org.veche.planner.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veche.model.Economy;
import org.veche.planner.support.SyntheticEconomy;

/**
 * Holding each level by reduced-cost fixing reaches the same lexicographic optimum as holding it
 * by an objective row with (almost) no slack. Tolerance: 1e-6 relative on every level. The former
 * row slack of 1e-9 is not the reference: it lets the labour level buy up to 1e-4 relative of
 * hours with 1e-9 of needs.
 */
class OptimalFaceTest {

    private static final double RELATIVE = 1e-6;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void reachesTheSameLevelsAsObjectiveRows(long seed) {
        Economy economy = SyntheticEconomy.generate(40 + (int) seed * 7, seed);

        LpSolution face = LpPhase.solve(economy, LpOptions.DEFAULT, List.of("GLOP"), LevelHold.OPTIMAL_FACE);
        LpSolution rows = reference(economy);

        assertThat(face.status()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(face.diagnostics().solver()).contains("held by reduced-cost fixing");
        assertThat(face.needs()).isCloseTo(rows.needs(), within(RELATIVE * rows.needs()));
        assertThat(face.labourHours()).isCloseTo(rows.labourHours(), within(RELATIVE * rows.labourHours()));
        assertThat(face.emissions()).isCloseTo(rows.emissions(), within(RELATIVE * rows.emissions()));
    }

    /** The tight-row solve on whichever solver proves every level optimal (either may fail numerically). */
    private static LpSolution reference(Economy economy) {
        LpSolution glop = LpPhase.solve(economy, LpOptions.DEFAULT, List.of("GLOP"), LevelHold.TIGHT_OBJECTIVE_ROW);
        if (glop.status() == LpStatus.OPTIMAL) {
            return glop;
        }
        LpSolution highs = LpPhase.solve(economy, LpOptions.DEFAULT, List.of("HIGHS"), LevelHold.TIGHT_OBJECTIVE_ROW);
        assertThat(highs.status()).as("reference solve").isEqualTo(LpStatus.OPTIMAL);
        return highs;
    }

    /** The labour level's duals are read before the next level changes the model: every product is valued. */
    @Test
    void valuesEveryProductAtTheLabourLevel() {
        Economy economy = SyntheticEconomy.generate(50, 9);

        LpSolution solution = LpPhase.solve(economy, LpOptions.DEFAULT, List.of("GLOP"));

        assertThat(solution.valuations()).hasSize(50);
        assertThat(solution.diagnostics().solver())
                .contains("needs OPTIMAL").contains("on GLOP [use_dual_simplex: true")
                .contains("labourHours OPTIMAL").contains("on GLOP [use_dual_simplex: false");
        assertThat(solution.valuations().values()).anySatisfy(v -> assertThat(v).isPositive());
    }
}
