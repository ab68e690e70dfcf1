package org.veche.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ToleranceTest {

    @Test
    void a_limit_may_be_passed_by_one_millionth_of_itself_but_by_at_least_one_millionth() {
        assertThat(Tolerance.atMost(1000.0009, 1000)).isTrue();
        assertThat(Tolerance.atMost(1000.0011, 1000)).isFalse();
        assertThat(Tolerance.atMost(0.0000009, 0)).isTrue();
        assertThat(Tolerance.atMost(0.0000011, 0)).isFalse();
    }

    @Test
    void claimed_and_recomputed_figures_agree_within_one_millionth() {
        assertThat(Tolerance.agree(409.25, 409.2503)).isTrue();
        assertThat(Tolerance.agree(409.25, 409.26)).isFalse();
        assertThat(Tolerance.agree(0, 0.0000005)).isTrue();
    }

    @Test
    void whole_numbers_are_judged_within_one_millionth() {
        assertThat(Tolerance.whole(5.0000005)).isTrue();
        assertThat(Tolerance.whole(5.01)).isFalse();
    }

    @Test
    void rule_names_are_the_ones_reports_and_files_use() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::id)).containsExactly(
                "planCoverage", "nonNegative", "capacity", "minimumRun", "workingTime", "materialBalance",
                "needCap", "emissionCap", "integrality", "fairSharing");
        assertThat(Rule.fromId("workingTime")).contains(Rule.WORKING_TIME);
        assertThat(Rule.fromId("overtime")).isEmpty();
    }
}
