package org.veche.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UtilityTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void rises_by_4_3_2_1_per_quarter_of_the_share() {
        assertThat(Utility.u(0)).isCloseTo(0, within(TOLERANCE));
        assertThat(Utility.u(0.25)).isCloseTo(1, within(TOLERANCE));
        assertThat(Utility.u(0.5)).isCloseTo(1.75, within(TOLERANCE));
        assertThat(Utility.u(0.75)).isCloseTo(2.25, within(TOLERANCE));
        assertThat(Utility.u(1)).isCloseTo(2.5, within(TOLERANCE));
    }

    @Test
    void is_linear_between_breakpoints() {
        // 4·¼ + 3·¼ + 2·0.1 = 1.95; 4·0.1 = 0.4
        assertThat(Utility.u(0.6)).isCloseTo(1.95, within(TOLERANCE));
        assertThat(Utility.u(0.1)).isCloseTo(0.4, within(TOLERANCE));
    }

    @Test
    void gives_nothing_more_beyond_a_full_share_and_nothing_below_zero() {
        assertThat(Utility.u(1.25)).isCloseTo(Utility.FULL, within(TOLERANCE));
        assertThat(Utility.u(-0.5)).isCloseTo(0, within(TOLERANCE));
    }
}
