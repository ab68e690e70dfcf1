package org.veche.planner.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veche.planner.cli.UsageException;
import org.veche.planner.lp.LpStatus;

class BenchmarkTest {

    private static final BenchCase SMALL = BenchCase.generated(SyntheticParameters.of(200, 3).withLocals(30));

    @TempDir
    Path out;

    @Test
    void eachEconomyGetsARowWithTheCheckersVerdictAndTheGapToTheLpBound() throws Exception {
        Benchmark benchmark = new Benchmark(ZeroPlanSolver.nothing(400), Duration.ofSeconds(1), quiet());

        List<BenchResult> results = benchmark.run(List.of(SMALL), out);

        BenchResult row = results.get(0);
        assertThat(row.economy()).isEqualTo("synthetic-200-seed3");
        assertThat(row.products()).isEqualTo(200);
        assertThat(row.feasible()).isTrue(); // producing and delivering nothing breaks no rule
        assertThat(row.needsScore()).isZero();
        assertThat(row.needsGap()).isCloseTo(1.0, within(1e-12));
        assertThat(row.essentialShare()).isZero();
        assertThat(row.peakHeapMb()).isPositive();
        List<String> csv = Files.readAllLines(out.resolve("bench.csv"));
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1).split(",", -1)).hasSameSizeAs(csv.get(0).split(","));
        assertThat(Files.readString(out.resolve("bench.md"))).contains("| synthetic-200-seed3 | 200 |");
    }

    @Test
    void theCommandFailsWhenAPlanIsNotFeasible() throws Exception {
        // Producing twice every maximum output breaks capacity everywhere.
        BenchCommand command = new BenchCommand(new ZeroPlanSolver(max -> 2 * max + 1, 0, LpStatus.OPTIMAL));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = command.run(List.of("--sizes", "100", "--out", out.toString()), quiet(), new PrintStream(err));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("1 of 1 plans are not feasible");
        assertThat(Files.readAllLines(out.resolve("bench.csv")).get(1)).contains(",false,");
    }

    @Test
    void anLpStoppedAtItsTimeLimitGivesNoGapRatherThanAFalseOne() throws Exception {
        Benchmark benchmark = new Benchmark(new ZeroPlanSolver(max -> 0, 0, LpStatus.FEASIBLE), Duration.ofSeconds(1),
                quiet());

        BenchResult row = benchmark.run(List.of(SMALL), out).get(0);

        assertThat(row.needsGap()).isNaN();
        assertThat(Files.readAllLines(out.resolve("bench.csv")).get(1)).contains(",FEASIBLE,0.000000000,,");
        assertThat(Files.readString(out.resolve("bench.md"))).contains("(FEASIBLE) | – |");
    }

    @Test
    void aSolveThatFailsIsRecordedAndTheNextEconomyStillRuns() throws Exception {
        ZeroPlanSolver working = ZeroPlanSolver.nothing(1);
        BenchSolver failingOnce = (economy, limit) -> {
            if (economy.products().size() == 200) {
                throw new IllegalStateException("The LP phase did not run");
            }
            return working.solve(economy, limit);
        };
        BenchCase other = BenchCase.generated(SyntheticParameters.of(100, 3).withLocals(10));

        List<BenchResult> results = new Benchmark(failingOnce, Duration.ofSeconds(1), quiet()).run(List.of(SMALL, other), out);

        assertThat(results).extracting(BenchResult::error)
                .containsExactly("java.lang.IllegalStateException: The LP phase did not run", "");
        assertThat(results.get(1).feasible()).isTrue();
        assertThat(Files.readString(out.resolve("bench.md"))).contains("**failed**: java.lang.IllegalStateException");
    }

    @Test
    void argumentsNameSizesFilesAndTheDiscreteVariant() {
        BenchArguments arguments = BenchArguments.parse(
                List.of("chile.json", "--sizes", "2000,20_000", "--discrete", "--seed", "5", "--time-limit", "90"));

        assertThat(arguments.cases()).extracting(BenchCase::name)
                .containsExactly("chile.json", "synthetic-2000-discrete-seed5", "synthetic-20000-discrete-seed5");
        assertThat(arguments.timeLimit()).isEqualTo(Duration.ofSeconds(90));
        assertThat(BenchArguments.parse(List.of("--sizes", "300", "--structure", "Tiered")).cases())
                .extracting(BenchCase::name).containsExactly("synthetic-300-tiered-seed1");
        assertThatThrownBy(() -> BenchArguments.parse(List.of("--sizes", "many")))
                .isInstanceOf(UsageException.class).hasMessageContaining("'many'");
        assertThatThrownBy(() -> BenchArguments.parse(List.of("--structure", "layered")))
                .isInstanceOf(UsageException.class).hasMessageContaining("'layered'");
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }
}
