package org.veche.planner.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.check.PlanScore;
import org.veche.model.plan.StabilityReference;
import org.veche.planner.Planner;
import org.veche.planner.SolveOptions;
import org.veche.planner.SolvedPlan;
import org.veche.planner.analysis.LabourValueException;
import org.veche.planner.analysis.PlanAnalysis;
import org.veche.planner.analysis.PlanReport;
import org.veche.planner.analysis.PlanSections;
import org.veche.planner.exchange.EconomyFormat;
import org.veche.planner.exchange.PlanFormat;
import org.veche.planner.explain.Explainer;
import org.veche.planner.lp.LpSolution;
import org.veche.planner.lp.LpStatus;

/**
 * {@code veche solve ECONOMY.json [-o PLAN.json] [--time-limit S]}: solves an economy and prints the
 * score level by level; with {@code -o}, writes the plan file (veche.plan/1) with the LP valuations
 * and solver facts. Exit status 1 when the best plan found is not feasible.
 */
public final class SolveCommand implements Command {

    private final Planner planner;

    public SolveCommand(Planner planner) {
        this.planner = planner;
    }

    record Arguments(Path economy, Optional<Path> output, Duration timeLimit) {}

    @Override
    public String name() {
        return "solve";
    }

    @Override
    public String usage() {
        return "ECONOMY.json [-o PLAN.json] [--time-limit S]   solve an economy into a plan";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = parse(args);
        if (!Files.isRegularFile(arguments.economy())) {
            err.println("veche solve: no such file " + arguments.economy()
                    + "; give the path of an economy file (" + EconomyFormat.FORMAT + ").");
            return 1;
        }
        Economy economy = EconomyFormat.read(arguments.economy());
        err.printf(Locale.ROOT, "veche solve: %s: %d products, %d collectives, %d locals; time limit %.1f s%n",
                economy.name(), economy.products().size(), economy.collectives().size(), economy.locals().size(),
                arguments.timeLimit().toMillis() / 1000.0);
        ProgressLines progress = new ProgressLines("veche solve", err);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("veche-solve-progress").daemon().factory());
        long start = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> progress.stillSolving(Duration.ofNanos(System.nanoTime() - start),
                arguments.timeLimit()), TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
        SolvedPlan solved;
        try {
            solved = planner.solve(economy, new SolveOptions(arguments.timeLimit(), StabilityReference.NONE)
                    .withProgress(progress).withNotes(progress::note));
        } finally {
            ticker.shutdownNow();
        }
        print(solved, out);
        if (solved.lp().status() == LpStatus.STOPPED) {
            err.printf(Locale.ROOT, "veche solve: warning: %s than %.1f s%n", stopped(solved),
                    arguments.timeLimit().toMillis() / 1000.0);
        } else if (solved.lp().status() == LpStatus.PARTIAL) {
            err.printf(Locale.ROOT, "veche solve: warning: %s than %.1f s%n", partial(solved.lp()),
                    arguments.timeLimit().toMillis() / 1000.0);
        }
        if (arguments.output().isPresent()) {
            PlanFormat.write(solved.plan(), solved.score(), sections(economy, solved, arguments.timeLimit(), err),
                    arguments.output().get());
            out.println("plan written to " + arguments.output().get());
        }
        return solved.score().feasible() ? 0 : 1;
    }

    static Arguments parse(List<String> args) {
        List<String> positional = new ArrayList<>();
        Optional<Path> output = Optional.empty();
        Duration timeLimit = SolveOptions.DEFAULT_TIME_LIMIT;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-o", "--output" -> output = Optional.of(Path.of(value(args, ++i, arg)));
                case "--time-limit" -> timeLimit = seconds(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option '" + arg + "'");
                    }
                    positional.add(arg);
                }
            }
        }
        if (positional.size() != 1) {
            throw new UsageException("expected one economy file, got " + positional.size());
        }
        return new Arguments(Path.of(positional.get(0)), output, timeLimit);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new UsageException("option " + option + " needs a value");
        }
        return args.get(index);
    }

    private static Duration seconds(String text) {
        try {
            double seconds = Double.parseDouble(text);
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                throw new UsageException("--time-limit must be a positive number of seconds, was " + text);
            }
            return Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException e) {
            throw new UsageException("--time-limit must be a number of seconds, e.g. 30, was '" + text + "'");
        }
    }

    private static void print(SolvedPlan solved, PrintStream out) {
        PlanScore score = solved.score();
        out.println((score.feasible() ? "feasible" : "NOT feasible (hard " + number(score.hard()) + ")")
                + " in " + String.format(Locale.ROOT, "%.1f s", solved.elapsed().toMillis() / 1000.0));
        out.println("needs        " + number(score.needs()) + "  (essential " + number(score.essential())
                + ", important " + number(score.important()) + ", desired " + number(score.desired()) + ")");
        out.println("stability    " + number(score.stability()));
        out.println("labourHours  " + number(score.labourHours()));
        out.println("emissions    " + number(score.emissions()));
        if (solved.lp().status() == LpStatus.STOPPED && solved.lp().needsBound().isPresent()) {
            double bound = solved.lp().needsBound().getAsDouble();
            out.println("LP bound     needs at most " + number(bound) + String.format(Locale.ROOT, " (the plan within %.2g %%): ",
                    bound > 0 ? 100 * (bound - score.needs()) / bound : 0) + stopped(solved));
        } else if (solved.lp().status() == LpStatus.STOPPED) {
            out.println("LP bound     none: " + stopped(solved));
        } else if (solved.lp().status() == LpStatus.PARTIAL) {
            out.println("LP bound     none: " + partial(solved.lp()));
        } else {
            out.println("LP bound     needs " + number(solved.lp().needs()) + ", labourHours "
                    + number(solved.lp().labourHours()) + " (" + solved.lp().status() + ")");
        }
    }

    /** How often the progress lines are asked whether the solve has been quiet too long. */
    private static final long TICK_SECONDS = 5;

    /** What the plan is when the LP found none in its time, and what to do. */
    static final String STOPPED = "the LP stopped at the time limit before it found any plan, so the plan"
            + " is all zero; give a longer --time-limit";

    /**
     * The same when the plan is not all zero: on a large economy an approximate solve of the LP
     * beside it (HiGHS's interior point or PDLP), made feasible and whole; with discrete choices also
     * the dive's own model, or failing that the needs of the highest weight alone ({@code DiveStart}).
     */
    static final String STOPPED_WITH_PLAN = "the LP stopped at the time limit before it found any plan; the plan"
            + " is the one made whole beside it (from an approximate solve of the LP, or with discrete choices"
            + " at worst for the needs of the highest weight alone) and has no bound to compare with; give a longer"
            + " --time-limit";

    /**
     * The same when an approximation's duals bound the needs level (HiGHS's interior point, beside
     * the LP or, with discrete choices, on the dive's model).
     */
    static final String STOPPED_BOUNDED = "the LP stopped at the time limit before it found any plan; the plan is"
            + " the one made whole beside it, and the duals of an approximate solve of the LP prove the LP bound;"
            + " for the optimum give a longer --time-limit";

    private static String stopped(SolvedPlan solved) {
        return solved.lp().needsBound().isPresent() ? STOPPED_BOUNDED
                : solved.score().needs() > 0 ? STOPPED_WITH_PLAN : STOPPED;
    }

    /** What the plan is when the LP planned only the higher priorities in full in its time, and what to do. */
    static String partial(LpSolution lp) {
        List<String> planned = new ArrayList<>();
        List<String> unplanned = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            if (lp.unplanned().contains(priority)) {
                unplanned.add(priority.id());
            } else if (lp.shares().keySet().stream().anyMatch(group -> group.priority() == priority)) {
                planned.add(priority.id());
            }
        }
        return "the LP stopped at the time limit with the " + String.join(" and ", planned) + " needs planned and the "
                + String.join(" and ", unplanned) + " needs only in part; give a longer --time-limit";
    }

    /**
     * What the plan file carries besides the plan (SPEC §3 "What the plan must also tell"):
     * {@code products} (labour value, valuation and flows of each), {@code valuations},
     * {@code collectives}, {@code locals}, {@code explanations} (one per need group not fully
     * served), {@code metrics} ({@code plan}: the plan's metrics) and {@code solver}. Without labour
     * values (a plan whose average technology is not productive) the analysis sections are left
     * out, and {@code err} says why.
     */
    static Map<String, Object> sections(Economy economy, SolvedPlan solved, Duration timeLimit, PrintStream err) {
        Map<String, Object> solver = new LinkedHashMap<>();
        solver.put("timeLimitSeconds", timeLimit.toMillis() / 1000.0);
        solver.put("elapsedSeconds", solved.elapsed().toMillis() / 1000.0);
        solver.put("lpStatus", solved.lp().status().name());
        solver.put("lpNeeds", solved.lp().needs());
        solver.put("lpLabourHours", solved.lp().labourHours());
        solved.lp().needsBound().ifPresent(bound -> solver.put("lpNeedsBound", bound));
        Map<String, Object> sections = new LinkedHashMap<>();
        Optional<PlanReport> report = Optional.empty();
        try {
            report = Optional.of(PlanAnalysis.analyse(economy, solved.plan(), solved.lp().valuations()));
        } catch (LabourValueException unproductive) {
            err.println("veche solve: warning: the plan file carries no labour values, flows or reports: "
                    + unproductive.getMessage());
        }
        report.ifPresent(r -> sections.put("products", PlanSections.products(r)));
        sections.put("valuations", solved.lp().valuations());
        report.ifPresent(r -> {
            sections.put("collectives", r.collectives());
            sections.put("locals", r.locals());
        });
        sections.put("explanations", PlanSections.explanations(Explainer.explain(economy, solved.lp(), solved.plan())));
        report.ifPresent(r -> sections.put("metrics", Map.of("plan", r.metrics())));
        sections.put("solver", solver);
        return sections;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
