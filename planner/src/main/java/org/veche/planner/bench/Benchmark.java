package org.veche.planner.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.check.PlanCheck;
import org.veche.model.check.PlanEvaluation;
import org.veche.model.check.PlanScore;
import org.veche.planner.Planner;
import org.veche.planner.SolvedPlan;
import org.veche.planner.analysis.PlanAnalysis;
import org.veche.planner.analysis.PlanMetrics;
import org.veche.planner.analysis.PriorityMetrics;
import org.veche.planner.cli.UsageException;
import org.veche.planner.lp.LpPhase;
import org.veche.planner.lp.LpStatus;

/**
 * Solves each economy of a list, checks each plan with the independent {@link PlanCheck}, analyses
 * it, and records times, heap, score levels and the gap to the LP bound; writes {@code bench.csv} and
 * {@code bench.md} ({@link BenchTable}).
 */
public final class Benchmark {

    private final BenchSolver solver;
    private final Duration timeLimit;
    private final PrintStream log;

    public Benchmark(BenchSolver solver, Duration timeLimit, PrintStream log) {
        this.solver = Objects.requireNonNull(solver, "solver");
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * The Maven profile {@code benchmark}'s entry point: the real planner (Timefold with the LP phase),
     * arguments as {@link BenchArguments}.
     */
    public static void main(String[] args) throws Exception {
        BenchCommand command = BenchCommand.of(new Planner(LpPhase::solve));
        try {
            System.exit(command.run(List.of(args), System.out, System.err));
        } catch (UsageException e) {
            System.err.println("benchmark: " + e.getMessage());
            System.err.println("arguments: " + BenchArguments.USAGE);
            System.exit(2);
        }
    }

    /** Runs every case in turn and writes the tables to {@code outputDirectory}. */
    public List<BenchResult> run(List<BenchCase> cases, Path outputDirectory) throws IOException {
        List<BenchResult> results = new ArrayList<>();
        for (BenchCase benchCase : cases) {
            results.add(run(benchCase));
            BenchTable.write(results, timeLimit, outputDirectory); // after each, so a crash keeps the rows so far
        }
        log.println("written " + outputDirectory.resolve(BenchTable.CSV) + " and " + BenchTable.MARKDOWN);
        return results;
    }

    public BenchResult run(BenchCase benchCase) {
        log.println(benchCase.name() + ": building");
        long start = System.nanoTime();
        Economy economy = benchCase.economy().get();
        long buildMillis = millisSince(start);
        log.println(benchCase.name() + ": " + economy + ", solving (time limit " + timeLimit.toSeconds() + " s)");
        HeapWatch heap = HeapWatch.start();
        start = System.nanoTime();
        SolvedPlan solved;
        try {
            solved = solver.solve(economy, timeLimit);
        } catch (RuntimeException e) {
            // One economy the solver cannot handle should not cost the rows of the others.
            BenchResult failed = BenchResult.failed(benchCase.name(), economy, buildMillis, millisSince(start),
                    heap.peakMegabytes(), e.toString());
            log.println(benchCase.name() + ": FAILED " + e);
            return failed;
        }
        long solveMillis = millisSince(start);
        long peak = heap.peakMegabytes();
        long gcCount = heap.collections();
        long gcMillis = heap.collectionMillis();
        PlanEvaluation evaluation = PlanCheck.evaluate(economy, solved.plan());
        start = System.nanoTime();
        PlanMetrics metrics = PlanAnalysis.analyse(economy, solved.plan(), solved.lp().valuations()).metrics();
        long analysisMillis = millisSince(start);
        BenchResult result = result(benchCase.name(), economy, solved, evaluation, metrics,
                new long[] {buildMillis, solveMillis, analysisMillis, peak, gcCount, gcMillis});
        log.println(benchCase.name() + ": " + summary(result));
        return result;
    }

    private static BenchResult result(String name, Economy economy, SolvedPlan solved, PlanEvaluation evaluation,
            PlanMetrics metrics, long[] measured) {
        PlanScore score = evaluation.score();
        // Only a proven optimum bounds the needs level, or a stopped LP's approximation whose duals prove a bound.
        OptionalDouble bound = solved.lp().needsBound();
        double lpNeeds = bound.orElse(solved.lp().needs());
        double gap = bound.isEmpty() ? Double.NaN : lpNeeds > 0 ? (lpNeeds - score.needs()) / lpNeeds : 0;
        return new BenchResult(name, economy.products().size(), economy.technologyCount(), economy.locals().size(),
                economy.needCount(), measured[0], measured[1], measured[2], measured[3], measured[4], measured[5],
                score.feasible(), evaluation.breaches().size(), score.hard(), score.needs(), score.essential(),
                score.important(), score.desired(), score.labourHours(), score.emissions(),
                solved.lp().status().name(), lpNeeds, gap,
                evaluation.quantityShare(Priority.ESSENTIAL).orElse(Double.NaN),
                evaluation.quantityShare(Priority.IMPORTANT).orElse(Double.NaN),
                evaluation.quantityShare(Priority.DESIRED).orElse(Double.NaN),
                lowestShare(metrics, Priority.ESSENTIAL), metrics.essentialGini(), metrics.memberHoursMax(), "");
    }

    /** NaN where nothing is asked at that priority: an empty cell in the tables. */
    private static double lowestShare(PlanMetrics metrics, Priority priority) {
        return metrics.priorities().stream().filter(p -> p.priority().equals(priority.id()))
                .mapToDouble(PriorityMetrics::lowestLocalShare).findFirst().orElse(Double.NaN);
    }

    private static String summary(BenchResult r) {
        String lp = r.lpStatus().equals(LpStatus.STOPPED.name()) && !Double.isNaN(r.needsGap())
                ? String.format(Locale.ROOT, "the LP stopped at the time limit; its approximation proves the needs at"
                        + " most %.6g, gap %.3g %%", r.lpNeeds(), 100 * r.needsGap())
                : r.lpStatus().equals(LpStatus.STOPPED.name())
                ? "the LP stopped at the time limit before it found any plan"
                : r.lpStatus().equals(LpStatus.PARTIAL.name())
                ? "the LP stopped at the time limit with only the higher priorities planned in full, no bound"
                : String.format(Locale.ROOT, "LP %s %.6g, gap %.3g %%", r.lpStatus(), r.lpNeeds(), 100 * r.needsGap());
        return String.format(Locale.ROOT, "%s in %.1f s, peak heap %d MB, needs %.6g (%s), labour %.6g h",
                r.feasible() ? "feasible" : "NOT feasible (" + r.breaches() + " breaches)",
                r.solveMillis() / 1000.0, r.peakHeapMb(), r.needsScore(), lp, r.labourHours());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
