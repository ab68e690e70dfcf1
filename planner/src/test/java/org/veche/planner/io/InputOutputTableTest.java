package org.veche.planner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputOutputTableTest {

    @TempDir
    Path temp;

    @Test
    void readsChileWithTwelveSectorsAndSevenPointSevenNineMillionWorkers() {
        InputOutputTable table = InputOutputTable.read(IoTables.chile());

        assertThat(table.size()).isEqualTo(12);
        assertThat(table.sectors().get(0).id()).isEqualTo("CL01");
        assertThat(table.sectors().get(11).name()).startsWith("Public administration");
        assertThat(table.finalDemandColumns().get(0)).isEqualTo("household_consumption");
        double persons = sum(table, "employed_persons");
        assertThat(persons).isEqualTo(7_786_324.0, within(0.5)); // persons: exact integers
    }

    @Test
    void readsUsaWithFiftyFiveSectorsAndItsHoursWorked() {
        InputOutputTable table = InputOutputTable.read(IoTables.usa());

        assertThat(table.size()).isEqualTo(55);
        assertThat(table.sectors().get(54).id()).isEqualTo("T");
        // SOURCE.md: 262,614 million employee hours and 155.8 million persons engaged (rounded there).
        assertThat(sum(table, "hours_employees_millions")).isCloseTo(262_614, within(0.5));
        assertThat(sum(table, "persons_engaged_thousands") / 1000).isCloseTo(155.8, within(0.05));
    }

    @Test
    void publishedCoefficientsEqualFlowsDividedByGrossOutputWithinOnePartInABillion() throws IOException {
        for (Path folder : List.of(IoTables.chile(), IoTables.usa())) {
            InputOutputTable published = InputOutputTable.read(folder);
            Path flowsOnly = copyWithout(folder, "a_matrix.csv");
            InputOutputTable fromFlows = InputOutputTable.read(flowsOnly);

            for (int i = 0; i < published.size(); i++) {
                for (int j = 0; j < published.size(); j++) {
                    double expected = published.coefficient(i, j);
                    assertThat(fromFlows.coefficient(i, j))
                            .as("%s A[%d][%d]", folder.getFileName(), i, j)
                            .isCloseTo(expected, within(1e-9 * Math.max(expected, 1e-300)));
                }
            }
        }
    }

    @Test
    void aMalformedNumberIsReportedWithFileRowAndColumn() throws IOException {
        Path broken = copyWithout(IoTables.chile(), "none");
        replaceInFile(broken.resolve("gross_output.csv"), "CL03,47308.394372046496", "CL03,47.308,39");

        assertThatThrownBy(() -> InputOutputTable.read(broken))
                .isInstanceOf(InputOutputFormatException.class)
                .hasMessageContaining("gross_output.csv row 4")
                .hasMessageContaining("fields, but the header has 2");

        replaceInFile(broken.resolve("gross_output.csv"), "CL03,47.308,39", "CL03,47 308");
        assertThatThrownBy(() -> InputOutputTable.read(broken))
                .hasMessageContaining("gross_output.csv row 4, column 'gross_output': is not a number: '47 308'");
    }

    @Test
    void aNegativeOrInfiniteCoefficientIsRejectedWithItsPlace() throws IOException {
        Path broken = copyWithout(IoTables.chile(), "none");
        replaceInFile(broken.resolve("a_matrix.csv"), "CL02,0.00766082256648511", "CL02,-0.0077");

        assertThatThrownBy(() -> InputOutputTable.read(broken))
                .hasMessageContaining("a_matrix.csv row 3, column 'CL01': is negative (-0.0077)");

        replaceInFile(broken.resolve("a_matrix.csv"), "CL02,-0.0077", "CL02,Infinity");
        assertThatThrownBy(() -> InputOutputTable.read(broken))
                .hasMessageContaining("a_matrix.csv row 3, column 'CL01': is not a finite number");
    }

    @Test
    void sectorsInADifferentOrderAreNamed() throws IOException {
        Path broken = copyWithout(IoTables.chile(), "none");
        List<String> lines = Files.readAllLines(broken.resolve("labour.csv"));
        String second = lines.get(2);
        lines.set(2, lines.get(3));
        lines.set(3, second);
        Files.write(broken.resolve("labour.csv"), lines);

        assertThatThrownBy(() -> InputOutputTable.read(broken))
                .hasMessageContaining("labour.csv row 3, column 'id': expected sector 'CL02' as in sectors.csv, found 'CL03'");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path broken = copyWithout(IoTables.chile(), "labour.csv");

        assertThatThrownBy(() -> InputOutputTable.read(broken)).hasMessageContaining("Missing file labour.csv");
    }

    @Test
    void inventoriesAndInvestmentMayBeNegativeButHouseholdConsumptionMayNot() throws IOException {
        InputOutputTable table = InputOutputTable.read(IoTables.chile());
        assertThat(table.finalDemand("change_in_inventories", 6)).isNegative();
        InputOutputTable usa = InputOutputTable.read(IoTables.usa());
        assertThat(usa.finalDemand("gross_fixed_capital_formation", 25)).as("E37-E39 sells scrap").isNegative();

        Path broken = copyWithout(IoTables.chile(), "none");
        replaceInFile(broken.resolve("final_demand.csv"), "CL01,1244.429540644553", "CL01,-1244.4");
        assertThatThrownBy(() -> InputOutputTable.read(broken))
                .hasMessageContaining("final_demand.csv row 2, column 'household_consumption': is negative");
    }

    private static double sum(InputOutputTable table, String column) {
        return java.util.stream.IntStream.range(0, table.size()).mapToDouble(i -> table.labour(column, i)).sum();
    }

    private Path copyWithout(Path folder, String skipped) throws IOException {
        Path copy = Files.createTempDirectory(temp, folder.getFileName().toString());
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals(skipped)) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                    copy.resolve(file.getFileName()).toFile().setWritable(true);
                }
            }
        }
        return copy;
    }

    private static void replaceInFile(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("test fixture %s", file.getFileName()).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
