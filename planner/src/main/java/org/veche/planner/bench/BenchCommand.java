package org.veche.planner.bench;

import java.io.PrintStream;
import java.util.List;
import org.veche.model.plan.StabilityReference;
import org.veche.planner.Planner;
import org.veche.planner.SolveOptions;
import org.veche.planner.cli.Command;

/**
 * {@code veche bench ...} (see {@link BenchArguments#USAGE}): the {@link Benchmark} from the command
 * line. Exit status 1 if any plan is not feasible by the independent check.
 */
public final class BenchCommand implements Command {

    private final BenchSolver solver;

    public BenchCommand(BenchSolver solver) {
        this.solver = solver;
    }

    public static BenchCommand of(Planner planner) {
        return new BenchCommand((economy, timeLimit) ->
                planner.solve(economy, new SolveOptions(timeLimit, StabilityReference.NONE)));
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return BenchArguments.USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        BenchArguments arguments = BenchArguments.parse(args);
        List<BenchResult> results = new Benchmark(solver, arguments.timeLimit(), out)
                .run(arguments.cases(), arguments.out());
        long infeasible = results.stream().filter(r -> !r.feasible()).count();
        if (infeasible > 0) {
            err.println("veche bench: " + infeasible + " of " + results.size() + " plans are not feasible or failed;"
                    + " see " + arguments.out().resolve(BenchTable.MARKDOWN));
            return 1;
        }
        return 0;
    }
}
