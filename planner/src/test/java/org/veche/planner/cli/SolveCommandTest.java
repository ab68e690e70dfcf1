package org.veche.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.veche.planner.support.EconomyBuilder.anEconomy;
import static org.veche.planner.support.EconomyBuilder.makes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veche.model.Policy;
import org.veche.model.Priority;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.Planner;
import org.veche.planner.bench.SyntheticEconomy;
import org.veche.planner.bench.SyntheticParameters;
import org.veche.planner.exchange.EconomyFormat;
import org.veche.planner.exchange.PlanFormat;
import org.veche.planner.lp.LpDiagnostics;
import org.veche.planner.lp.LpPhase;
import org.veche.planner.lp.LpSensitivity;
import org.veche.planner.lp.LpSolution;
import org.veche.planner.lp.LpStatus;
import org.veche.planner.lp.NeedGroups;
import org.veche.planner.solver.LinearProgram;

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

    /**
     * The plan file tells what the plan means besides its quantities: per product the labour value,
     * valuation and flows, per collective and local their reports, the plan's metrics, and why each
     * need not fully served is short (here the mill's hours: +25 h serve 5 % more bread), in a file
     * the plan reader still takes.
     */
    @Test
    void thePlanFileCarriesTheAnalysisAndAnExplanationOfEachShortNeed(@TempDir Path dir) throws Exception {
        Path economy = dir.resolve("economy.json");
        Path plan = dir.resolve("plan.json");
        EconomyFormat.write(anEconomy().policy(Policy.of(1000)).product("bread").product("flour")
                .collective("bakery", 10, makes("bread").hours(0.1).uses("flour", 0.5))
                .collective("mill-1", 1, makes("flour").hours(1))
                .need("river", "bread", Priority.ESSENTIAL, 1000)
                .build()
                .withCollective("mill-1", c -> c.withMaxHoursPerMember(java.util.OptionalDouble.of(100))), economy);

        int exit = new SolveCommand(new Planner()).run(List.of(economy.toString(), "-o", plan.toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        JsonNode file = new ObjectMapper().readTree(plan.toFile());
        assertThat(PlanFormat.read(plan).plan().production()).hasSize(2);
        assertThat(file.path("products").path("bread").path("labourValue").asDouble()).isCloseTo(0.6, within(1e-9));
        assertThat(file.path("products").path("flour").path("valuation").isNumber()).isTrue();
        assertThat(file.path("products").path("bread").path("finalDeliveries").asDouble()).isCloseTo(200, within(1e-6));
        assertThat(file.path("collectives")).hasSize(2);
        assertThat(file.path("locals")).hasSize(1);
        assertThat(file.path("metrics").path("plan").isObject()).isTrue();
        assertThat(file.path("explanations")).hasSize(1);
        JsonNode explanation = file.path("explanations").get(0);
        assertThat(explanation.path("product").asText()).isEqualTo("bread");
        assertThat(explanation.path("priority").asText()).isEqualTo("essential");
        assertThat(explanation.path("limit").asText()).isEqualTo("working-time");
        assertThat(explanation.path("subjects").get(0).asText()).isEqualTo("mill-1");
        assertThat(explanation.path("via").get(0).asText()).isEqualTo("flour");
        assertThat(explanation.path("relief").path("kind").asText()).isEqualTo("working-time");
        assertThat(explanation.path("relief").path("amount").asDouble()).isCloseTo(25, within(1e-6));
        assertThat(explanation.path("text").asText()).contains("+25 h at mill-1 would serve up to 5 % more");
        assertThat(file.path("solver").path("lpNeedsBound").isNumber()).isTrue();
    }

    @Test
    void whenTheLpStopsBeforeAnyPlanTheOutputSaysSoAndWhatToDo(@TempDir Path dir) {
        Path economy = dir.resolve("economy.json");
        EconomyFormat.write(SyntheticEconomy.generate(SyntheticParameters.of(50, 1)), economy);
        LinearProgram stopped = (e, options) -> new LpSolution(LpStatus.STOPPED, Map.of(), Map.of(), Map.of(),
                0, 0, 0, 0, new LpDiagnostics(0, 0, 0, 0, "GLOP"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = new SolveCommand(new Planner(stopped)).run(List.of(economy.toString(), "--time-limit", "5"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as("the all-zero plan is still feasible").isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("LP bound     none: the LP stopped at the time limit before it found any plan")
                .doesNotContain("(STOPPED)");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("warning").contains("longer --time-limit than 5.0 s");
    }

    /** With discrete choices the repair still makes a plan from the dive's own model: no longer all zero. */
    @Test
    void whenTheLpStopsBeforeAnyPlanButTheRepairMakesOneTheOutputDoesNotCallItAllZero(@TempDir Path dir) {
        Path economy = dir.resolve("economy.json");
        EconomyFormat.write(SyntheticEconomy.generate(SyntheticParameters.of(50, 1).withDiscrete(true)), economy);
        LinearProgram stopped = (e, options) -> options.fixedProduction().isEmpty() && options.minimumProduction().isEmpty()
                ? new LpSolution(LpStatus.STOPPED, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0,
                        new LpDiagnostics(0, 0, 0, 0, "GLOP"))
                : LpPhase.solve(e, options);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = new SolveCommand(new Planner(stopped)).run(List.of(economy.toString(), "--time-limit", "10"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("LP bound     none: the LP stopped at the time limit before it found any plan; the plan is"
                        + " the one made whole beside it")
                .doesNotContain("all zero");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("warning").contains("longer --time-limit than 10.0 s");
    }

    /**
     * Without discrete choices, an LP that stopped with no plan but an approximate one (as PDLP
     * leaves it beside the LP on large economies; here the optimum 2 % too high, over hours and
     * capacities) gives that plan made feasible: needs, not all zero, and `veche check` agrees.
     */
    @Test
    void whenTheLpStopsWithAnApproximatePlanTheSolveMakesItFeasible(@TempDir Path dir) {
        Path economy = dir.resolve("economy.json");
        Path planFile = dir.resolve("plan.json");
        EconomyFormat.write(SyntheticEconomy.generate(SyntheticParameters.of(50, 1)), economy);
        LinearProgram stopped = (e, options) -> {
            Map<TechnologyRef, Double> approximate = new java.util.HashMap<>(LpPhase.solve(e, options).production());
            approximate.replaceAll((technology, x) -> x * 1.02);
            return new LpSolution(LpStatus.STOPPED, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0,
                    new LpDiagnostics(0, 0, 0, 0, "GLOP")).withApproximate(approximate);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = new SolveCommand(new Planner(stopped)).run(List.of(economy.toString(), "-o", planFile.toString(),
                "--time-limit", "10"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        ByteArrayOutputStream checked = new ByteArrayOutputStream();
        int check = new CheckCommand().run(List.of(economy.toString(), planFile.toString()),
                new PrintStream(checked, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("the plan is the one made whole beside it (from an approximate solve of the LP")
                .doesNotContain("all zero");
        assertThat(check).as(checked.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(checked.toString(StandardCharsets.UTF_8)).contains("feasible: yes");
    }

    /**
     * An approximation whose duals bound the needs (HiGHS's interior point) turns "LP bound none"
     * into that bound and the plan's distance from it: here the LP optimum itself passed as the
     * bound, so the made-feasible plan is within a few per cent of it.
     */
    @Test
    void aStoppedLpWithABoundedApproximationPrintsTheBound(@TempDir Path dir) {
        Path economy = dir.resolve("economy.json");
        EconomyFormat.write(SyntheticEconomy.generate(SyntheticParameters.of(50, 1)), economy);
        LinearProgram stopped = (e, options) -> {
            LpSolution optimum = LpPhase.solve(e, options);
            Map<TechnologyRef, Double> approximate = new java.util.HashMap<>(optimum.production());
            approximate.replaceAll((technology, x) -> x * 0.99);
            return new LpSolution(LpStatus.STOPPED, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0,
                    new LpDiagnostics(0, 0, 0, 0, "GLOP")).withApproximate(approximate, optimum.needs());
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = new SolveCommand(new Planner(stopped)).run(List.of(economy.toString(), "--time-limit", "10"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("LP bound     needs at most [0-9.,]+ \\(the plan within [0-9.e-]+ %\\): the LP stopped")
                .contains("the duals of an approximate solve of the LP prove the LP bound")
                .doesNotContain("LP bound     none");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("warning: the LP stopped")
                .contains("for the optimum give a longer --time-limit than 10.0 s").doesNotContain("no bound");
    }

    @Test
    void whenTheLpPlansOnlyTheHigherPrioritiesTheOutputSaysWhichAndWhatToDo(@TempDir Path dir) {
        Path economy = dir.resolve("economy.json");
        EconomyFormat.write(SyntheticEconomy.generate(SyntheticParameters.of(50, 1)), economy);
        LinearProgram partial = (e, options) -> new LpSolution(LpStatus.PARTIAL, Map.of(),
                NeedGroups.demands(e).keySet().stream().collect(Collectors.toMap(g -> g, g -> 0.0)), Map.of(),
                0, 0, 0, 0, new LpDiagnostics(0, 0, 0, 0, "GLOP"), LpSensitivity.NONE, Set.of(Priority.DESIRED));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        new SolveCommand(new Planner(partial)).run(List.of(economy.toString(), "--time-limit", "5"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("LP bound     none: the LP stopped at the time limit"
                + " with the essential and important needs planned and the desired needs only in part");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("warning").contains("longer --time-limit than 5.0 s");
    }
}
