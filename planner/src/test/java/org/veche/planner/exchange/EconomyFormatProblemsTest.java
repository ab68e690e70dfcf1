package org.veche.planner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veche.model.Violation;

/** Each kind of problem a user can make in an economy file, with the path and message they read. */
class EconomyFormatProblemsTest {

    private static final String MINIMAL = TestEconomies.MINIMAL_JSON;

    @Test
    void aSyntaxErrorIsOneProblemWithLineAndColumn() {
        List<String> problems = problems("{\n  \"format\": \"veche.economy/1\",\n  \"name\": \"x\"\n  \"period\": \"2027\"\n}");

        assertThat(problems).singleElement().asString()
                .startsWith("invalid JSON at line 4, column 3: ")
                .contains("was expecting comma");
    }

    @Test
    void aDuplicateKeyIsASyntaxError() {
        String json = MINIMAL.replace("\"period\": \"\",", "\"period\": \"\", \"period\": \"2027\",");

        assertThat(problems(json)).singleElement().asString()
                .startsWith("invalid JSON at line 4")
                .contains("Duplicate").contains("period");
    }

    @Test
    void anEmptyFileOrANonObjectSaysWhatIsExpected() {
        assertThat(problems("")).containsExactly(
                "the file is empty; expected a JSON object starting with \"format\": \"veche.economy/1\"");
        assertThat(problems("[1, 2]")).containsExactly(
                "expected a JSON object with \"format\": \"veche.economy/1\", was an array");
    }

    @Test
    void missingFormatIsReportedAndTheRestStillRead() {
        String json = MINIMAL.replace("\"format\": \"veche.economy/1\",", "")
                .replace("\"members\": 12", "\"members\": -1");

        assertThat(problems(json)).containsExactly(
                "format: missing required field; an exchange file starts with \"format\": \"veche.economy/1\"",
                "collectives[0].members: must be 0 or more, was -1");
    }

    @Test
    void aWrongFormatStopsReadingAtOnce() {
        String json = "{ \"format\": \"veche.plan/1\", \"economy\": \"x\", \"production\": [] }";

        assertThat(problems(json)).containsExactly("format: expected \"veche.economy/1\", was the string "
                + "\"veche.plan/1\"; this file is not a veche.economy/1 file, or it is another version");
    }

    @Test
    void anUnknownFieldIsNamedByItsPathWithTheKnownFields() {
        String json = MINIMAL.replace("\"labourHours\": 0.05", "\"labourHours\": 0.05, \"colour\": \"red\"");

        assertThat(problems(json)).containsExactly("collectives[0].technologies[0].colour: unknown field; "
                + "known fields are product, maxOutput, minOutput, labourHours, emissions, inputs");
    }

    @Test
    void aMisspeltFieldGetsASuggestion() {
        String json = MINIMAL.replace("\"labourHours\": 0.05", "\"labourHours\": 0.05, \"emission\": 2");

        assertThat(problems(json)).containsExactly("collectives[0].technologies[0].emission: unknown field; "
                + "did you mean \"emissions\"? Known fields are product, maxOutput, minOutput, labourHours, "
                + "emissions, inputs");
    }

    @Test
    void aWrongTypeNamesWhatWasExpectedAndWhatWasFound() {
        String json = MINIMAL.replace("\"maxOutput\": 50000", "\"maxOutput\": \"50000\"")
                .replace("{ \"id\": \"bread\", \"unit\": \"kg\" }", "{ \"id\": \"bread\", \"unit\": \"kg\", \"divisible\": \"yes\" }")
                .replace("\"needs\": [", "\"needs\": 7, \"x\": [");

        assertThat(problems(json)).containsExactly(
                "products[0].divisible: expected true or false, was the string \"yes\"",
                "collectives[0].technologies[0].maxOutput: expected a number, was the string \"50000\"",
                "locals[0].x: unknown field; known fields are id, name, region, population, needs",
                "locals[0].needs: expected an array, was the number 7");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        String json = MINIMAL.replace("\"region\": \"north\", \"members\": 12,", "\"members\": 12,")
                .replace("\"quantity\": 400000, ", "");

        assertThat(problems(json)).containsExactly(
                "collectives[0].region: missing required field; give a string",
                "locals[0].needs[0].quantity: missing required field; give a number");
    }

    @Test
    void nullIsRefusedExceptForTheEmissionCap() {
        String json = MINIMAL.replace("{ \"maxHoursPerMember\": 1600 }",
                        "{ \"maxHoursPerMember\": 1600, \"emissionCap\": null }")
                .replace("\"members\": 12", "\"members\": 12, \"maxHoursPerMember\": null")
                .replace("\"name\": \"Minimal\"", "\"name\": null");

        assertThat(problems(json)).containsExactly(
                "name: must not be null; give a string",
                "collectives[0].maxHoursPerMember: must not be null; give a number or leave the field out for the default");
    }

    @Test
    void membersMustBeAWholeNumber() {
        String json = MINIMAL.replace("\"members\": 12", "\"members\": 12.5")
                .replace("\"population\": 5000", "\"population\": 5000.0");

        assertThat(problems(json)).containsExactly("collectives[0].members: must be a whole number, was 12.5");
    }

    @Test
    void membersBeyondTheIntegerRangeAreOutOfRange() {
        String json = MINIMAL.replace("\"members\": 12", "\"members\": 3000000000");

        assertThat(problems(json)).containsExactly(
                "collectives[0].members: must be between -2147483648 and 2147483647, was 3000000000");
    }

    /** The local's reference to 'north' is not reported: the region that would define it has a broken id. */
    @Test
    void idsMustNotBeEmpty() {
        String json = MINIMAL.replace("\"id\": \"north\"", "\"id\": \" \"")
                .replace("\"region\": \"north\", \"members\"", "\"region\": \"\", \"members\"");

        assertThat(problems(json)).containsExactly(
                "regions[0].id: must not be empty",
                "collectives[0].region: must not be empty");
    }

    @Test
    void nanAndInfinityAreRefusedAtTheirPath() {
        String json = MINIMAL.replace("\"maxOutput\": 50000", "\"maxOutput\": NaN")
                .replace("\"labourHours\": 0.05", "\"labourHours\": Infinity")
                .replace("\"quantity\": 400000", "\"quantity\": 1e400");

        assertThat(problems(json)).containsExactly(
                "collectives[0].technologies[0].maxOutput: must be a finite number, was NaN; "
                        + "JSON has no NaN or Infinity, and numbers must lie within ±1.7e308",
                "collectives[0].technologies[0].labourHours: must be a finite number, was Infinity; "
                        + "JSON has no NaN or Infinity, and numbers must lie within ±1.7e308",
                "locals[0].needs[0].quantity: must be a finite number, was Infinity; "
                        + "JSON has no NaN or Infinity, and numbers must lie within ±1.7e308");
    }

    @Test
    void anUnknownPriorityListsTheKnownOnes() {
        String json = MINIMAL.replace("\"priority\": \"essential\"", "\"priority\": \"Essential\"");

        assertThat(problems(json)).containsExactly("locals[0].needs[0].priority: unknown priority \"Essential\"; "
                + "use essential, important, desired (lower case)");
    }

    @Test
    void anInputMustBeANumber() {
        String json = MINIMAL.replace("\"labourHours\": 0.05", "\"labourHours\": 0.05, \"inputs\": { \"bread\": \"lots\" }");

        assertThat(problems(json)).containsExactly(
                "collectives[0].technologies[0].inputs.bread: expected a number, was the string \"lots\"");
    }

    @Test
    void everyProblemOfOneBrokenFileIsReportedAtOnce() {
        String json = MINIMAL
                .replace("\"product\": \"bread\", \"maxOutput\": 50000",
                        "\"product\": \"bread\", \"maxOutput\": -5, \"inputs\": { \"flour\": 0.7 }")
                .replace("\"regions\": [ { \"id\": \"north\" } ]",
                        "\"regions\": [ { \"id\": \"north\" }, { \"id\": \"north\", \"colour\": \"green\" } ]")
                .replace("\"population\": 5000", "\"population\": \"many\"");

        assertThat(problems(json)).containsExactly(
                "regions[1].colour: unknown field; known fields are id, name",
                "locals[0].population: expected a number, was the string \"many\"",
                "regions[1].id: duplicate id 'north'; ids must be unique among regions",
                "collectives[0].technologies[0].maxOutput: must be 0 or more, was -5.0",
                "collectives[0].technologies[0].inputs.flour: unknown product 'flour' in technology of "
                        + "collective 'bakery-1'. Maybe it is missing from products?");
    }

    @Test
    void aStandInValueDoesNotEchoAsASecondProblem() {
        String json = MINIMAL.replace("\"region\": \"north\", \"population\"", "\"region\": 3, \"population\"")
                .replace("\"products\": [ { \"id\": \"bread\", \"unit\": \"kg\" } ]", "\"products\": {}");

        assertThat(problems(json)).containsExactly(
                "products: expected an array, was an object",
                "locals[0].region: expected a string, was the number 3");
    }

    @Test
    void theExceptionMessageListsEveryProblem() {
        String json = MINIMAL.replace("\"members\": 12", "\"members\": -1, \"colour\": 1");

        FormatException e = catchThrowableOfType(FormatException.class, () -> EconomyFormat.read(json));

        assertThat(e.format()).isEqualTo("veche.economy/1");
        assertThat(e.getMessage()).isEqualTo("2 problems reading veche.economy/1:\n"
                + "  collectives[0].colour: unknown field; known fields are id, name, region, members, "
                + "maxHoursPerMember, technologies\n"
                + "  collectives[0].members: must be 0 or more, was -1");
    }

    private static List<String> problems(String json) {
        FormatException e = catchThrowableOfType(FormatException.class, () -> EconomyFormat.read(json));
        assertThat(e).as("expected a FormatException for:\n" + json).isNotNull();
        return e.violations().stream().map(Violation::toString).toList();
    }
}
