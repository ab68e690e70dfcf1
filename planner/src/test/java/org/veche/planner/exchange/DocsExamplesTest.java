package org.veche.planner.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;

/** The examples in {@code docs/formats.md} are files the readers accept. */
class DocsExamplesTest {

    private static final Path DOC = Path.of("..", "docs", "formats.md");

    @Test
    void theEconomyAndPlanExamplesRead() throws IOException {
        List<String> examples = jsonBlocks(Files.readString(DOC));

        assertThat(examples).hasSize(2);
        Economy economy = EconomyFormat.read(examples.get(0));
        assertThat(economy.technologyCount()).isEqualTo(2);
        assertThat(economy.requireProduct("bicycle").divisible()).isFalse();
        PlanDocument plan = PlanFormat.read(examples.get(1));
        assertThat(plan.plan().economy()).isEqualTo(economy.name());
        assertThat(plan.score()).isPresent();
    }

    private static List<String> jsonBlocks(String markdown) {
        Matcher blocks = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        List<String> found = new ArrayList<>();
        while (blocks.find()) {
            found.add(blocks.group(1));
        }
        return found;
    }
}
