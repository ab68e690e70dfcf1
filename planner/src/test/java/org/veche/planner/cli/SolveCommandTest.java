package org.veche.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolveCommandTest {

    @Test
    void readsTheEconomyTheOutputAndTheTimeLimitInAnyOrder() {
        var arguments = SolveCommand.parse(List.of("--time-limit", "2.5", "economy.json", "-o", "plan.json"));
        assertThat(arguments.economy()).isEqualTo(Path.of("economy.json"));
        assertThat(arguments.output()).contains(Path.of("plan.json"));
        assertThat(arguments.timeLimit()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void aTimeLimitThatIsNotAPositiveNumberIsAUsageErrorThatSaysWhatWasGiven() {
        assertThatThrownBy(() -> SolveCommand.parse(List.of("economy.json", "--time-limit", "soon")))
                .isInstanceOf(UsageException.class).hasMessageContaining("'soon'");
        assertThatThrownBy(() -> SolveCommand.parse(List.of("economy.json", "--time-limit", "-1")))
                .isInstanceOf(UsageException.class).hasMessageContaining("positive");
    }

    @Test
    void aMissingEconomyFileOrAnUnknownOptionIsAUsageError() {
        assertThatThrownBy(() -> SolveCommand.parse(List.of("-o", "plan.json")))
                .isInstanceOf(UsageException.class).hasMessageContaining("one economy file");
        assertThatThrownBy(() -> SolveCommand.parse(List.of("economy.json", "--fast")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--fast");
    }
}
