package org.veche.planner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Priority;
import org.veche.planner.exchange.EconomyFormat;

/** The economies shipped in {@code datasets/}: they parse, and the imported ones are what the import makes today. */
class DatasetsTest {

    @Test
    void theDemoEconomyParsesWithItsThreeRegionsAndAllThreePriorities() {
        Economy demo = EconomyFormat.read(datasets().resolve("demo.economy.json"));

        assertThat(demo.regions()).hasSize(3);
        assertThat(demo.collectives()).hasSize(11);
        assertThat(demo.locals()).hasSize(6);
        assertThat(demo.requireProduct("buses").divisible()).isFalse();
        assertThat(demo.collective("bus-workshop").orElseThrow().technology("buses").orElseThrow().minOutput())
                .isEqualTo(2);
        assertThat(demo.collective("transit-coop").orElseThrow().technology("bus-rides").orElseThrow().inputs())
                .containsKeys("buses", "electricity");
        for (Local local : demo.locals()) {
            assertThat(local.needs().stream().map(n -> n.priority()).distinct())
                    .as(local.id()).containsExactlyInAnyOrder(Priority.values());
        }
        assertThat(demo.policy().emissionCap()).hasValue(12000);
        assertThat(demo.collectives().stream().mapToInt(Collective::members).sum()).isEqualTo(156);
    }

    @Test
    void theImportedChileFileIsTheImportAtDefaultParameters() throws IOException {
        assertUpToDate("chile-2013.economy.json", IoTables.chile());
    }

    @Test
    void theImportedUsaFileIsTheImportAtDefaultParametersAndUnderOneMegabyte() throws IOException {
        assertUpToDate("usa-2014.economy.json", IoTables.usa());
        assertThat(Files.size(datasets().resolve("usa-2014.economy.json"))).isLessThan(1_000_000);
    }

    /** Byte for byte, so a change to the import or the format shows up as a stale dataset. */
    private static void assertUpToDate(String file, Path table) throws IOException {
        Economy imported = InputOutputImport.toEconomy(InputOutputTable.read(table), ImportParameters.defaults());
        String committed = Files.readString(datasets().resolve(file), StandardCharsets.UTF_8);

        assertThat(EconomyFormat.write(imported))
                .as("datasets/%s is stale: regenerate it with the command in datasets/README.md", file)
                .isEqualTo(committed);
    }

    private static Path datasets() {
        return IoTables.chile().getParent().getParent();
    }
}
