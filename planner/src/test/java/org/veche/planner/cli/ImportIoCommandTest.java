package org.veche.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veche.model.Economy;
import org.veche.planner.exchange.EconomyFormat;
import org.veche.planner.io.ImportParameters;
import org.veche.planner.io.InputOutputImport;
import org.veche.planner.io.InputOutputTable;
import org.veche.planner.io.LabourSource;

class ImportIoCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheEconomyOfTheTableAtDefaultParameters() throws Exception {
        Path file = temp.resolve("chile.economy.json");

        int status = run(chile().toString(), "-o", file.toString());

        assertThat(status).isZero();
        Economy expected = InputOutputImport.toEconomy(InputOutputTable.read(chile()), ImportParameters.defaults());
        assertThat(EconomyFormat.read(file)).isEqualTo(expected);
        assertThat(text(out)).contains("36 collectives", "21 locals", "employed_persons");
    }

    @Test
    void theSameSeedWritesByteIdenticalFiles() throws Exception {
        Path first = temp.resolve("one.json");
        Path second = temp.resolve("two.json");

        run(chile().toString(), "-o", first.toString(), "--seed", "7", "--locals", "5");
        run(chile().toString(), "--seed=7", "--locals=5", "-o", second.toString());

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void everyFlagSetsItsParameter() {
        var invocation = ImportIoCommand.parse(List.of("t", "-o", "e.json", "--seed", "9", "--collectives-per-sector", "2",
                "--regions", "3", "--locals", "7", "--growth", "1.05", "--labour", "compensation", "--digits", "0",
                "--basic-shares", "0.5/0.3/0.2", "--unit", "EUR"));

        ImportParameters p = invocation.parameters();
        assertThat(p.seed()).isEqualTo(9);
        assertThat(p.collectivesPerSector()).isEqualTo(2);
        assertThat(p.regions()).isEqualTo(3);
        assertThat(p.locals()).isEqualTo(7);
        assertThat(p.growth()).isEqualTo(1.05);
        assertThat(p.labourSource()).isEqualTo(LabourSource.COMPENSATION);
        assertThat(p.significantDigits()).isZero();
        assertThat(p.basicShares().desired()).isEqualTo(0.2);
        assertThat(p.unit()).contains("EUR");
    }

    @Test
    void helpListsEveryOptionWithItsDefault() {
        int status = run("--help");

        assertThat(status).isZero();
        assertThat(text(out)).contains("--seed N", "[1]", "--locals M", "[20]", "--growth F", "[1.15]",
                "--max-hours-per-member H", "[1600]", "--basic-shares E/I/D", "[0.6/0.25/0.15]");
    }

    @Test
    void mistakesAreUsageErrorsThatSayWhatToDo() {
        assertThatThrownBy(() -> ImportIoCommand.parse(List.of("t", "-o", "e.json", "--sead", "1")))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown option '--sead'");
        assertThatThrownBy(() -> ImportIoCommand.parse(List.of("t")))
                .isInstanceOf(UsageException.class).hasMessageContaining("-o ECONOMY.json");
        assertThatThrownBy(() -> ImportIoCommand.parse(List.of("t", "-o", "e.json", "--locals", "many")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--locals needs a number, got 'many'");
        assertThatThrownBy(() -> ImportIoCommand.parse(List.of("t", "-o", "e.json", "--basic-shares", "0.5/0.5/0.5")))
                .isInstanceOf(UsageException.class).hasMessageContaining("must add up to 1");
    }

    @Test
    void aBrokenTableExitsWithStatusOneAndNamesTheFile() {
        int status = new Veche(List.of(new ImportIoCommand())).run(
                List.of("import-io", temp.toString(), "-o", temp.resolve("e.json").toString()),
                new PrintStream(out), new PrintStream(err));

        assertThat(status).isEqualTo(1);
        assertThat(text(err)).contains("Missing file sectors.csv");
    }

    private int run(String... args) {
        try {
            return new ImportIoCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    private static Path chile() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("datasets/io/chile_2013_12"))) {
            dir = dir.getParent();
        }
        return dir.resolve("datasets/io/chile_2013_12");
    }
}
