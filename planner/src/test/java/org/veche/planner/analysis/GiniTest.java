package org.veche.planner.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Gini coefficients of distributions known by hand; tolerance 1e-12. */
class GiniTest {

    @Test
    void equalSharesHaveNoInequality() {
        assertThat(Gini.of(new double[] {0.8, 0.8, 0.8})).isZero();
        assertThat(Gini.of(new double[] {0, 0, 0})).isZero();
        assertThat(Gini.of(new double[] {})).isZero();
    }

    @Test
    void oneLocalHoldingEverythingAmongFourGivesThreeQuarters() {
        assertThat(Gini.of(new double[] {0, 1, 0, 0})).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void oneTwoThreeFourGivesAQuarter() {
        // Σ|x_i − x_j| over ordered pairs = 20; 20 / (2·4²·2.5) = 0.25
        assertThat(Gini.of(new double[] {3, 1, 4, 2})).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void negativeSharesAreRefused() {
        assertThatThrownBy(() -> Gini.of(new double[] {1, -0.5})).hasMessageContaining("-0.5");
    }
}
