package org.veche.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void aValidEconomyIsSummarisedWithExitStatusZero() throws Exception {
        Path file = dir.resolve("sample.json");
        Files.writeString(file, sample());

        int status = run(file.toString());

        assertThat(status).isZero();
        assertThat(out()).isEqualTo(
                "valid: 4 products, 2 regions, 4 collectives (4 technologies), 2 locals (5 needs)\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void aBrokenEconomyListsEveryProblemWithExitStatusOne() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, sample()
                .replace("\"members\": 30", "\"members\": 30.5")
                .replace("\"maxOutput\": 600", "\"maxOutput\": -600")
                .replace("{ \"id\": \"south\", \"name\": \"South valley\" }",
                        "{ \"id\": \"south\", \"name\": \"South valley\" }, { \"id\": \"north\", \"nmae\": \"Again\" }"));

        int status = run(file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo("invalid: 4 problems in " + file + "\n"
                + "regions[2].nmae: unknown field; did you mean \"name\"? Known fields are id, name\n"
                + "collectives[0].members: must be a whole number, was 30.5\n"
                + "regions[2].id: duplicate id 'north'; ids must be unique among regions\n"
                + "collectives[1].technologies[0].maxOutput: must be 0 or more, was -600.0\n");
    }

    @Test
    void aSyntaxErrorIsOneLine() throws Exception {
        Path file = dir.resolve("truncated.json");
        Files.writeString(file, "{ \"format\": \"veche.economy/1\",");

        assertThat(run(file.toString())).isEqualTo(1);
        assertThat(err()).startsWith("invalid: 1 problem in " + file + "\ninvalid JSON at line 1, column ");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nowhere.json");

        assertThat(run(file.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("veche validate: no such file " + file
                + "; give the path of an economy file (veche.economy/1).\n");
    }

    @Test
    void anythingButOneArgumentIsAUsageError() {
        ValidateCommand command = new ValidateCommand();

        assertThatThrownBy(() -> command.run(List.of(), print(out), print(err)))
                .isInstanceOf(UsageException.class)
                .hasMessage("expected one economy file, got 0 arguments");
        assertThatThrownBy(() -> command.run(List.of("a.json", "b.json"), print(out), print(err)))
                .isInstanceOf(UsageException.class);
    }

    @Test
    void throughTheDispatcherAUsageErrorExitsWithTwo() {
        int status = new Veche(List.of(new ValidateCommand())).run(List.of("validate"), print(out), print(err));

        assertThat(status).isEqualTo(2);
        assertThat(err()).contains("usage: veche validate ECONOMY.json");
    }

    private int run(String file) {
        return new ValidateCommand().run(List.of(file), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private static String sample() throws Exception {
        try (InputStream in = ValidateCommandTest.class.getResourceAsStream(
                "/org/veche/planner/exchange/sample-economy.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
