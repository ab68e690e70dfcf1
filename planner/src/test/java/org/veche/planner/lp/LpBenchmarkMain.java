package org.veche.planner.lp;

import java.util.List;
import org.veche.model.Economy;
import org.veche.planner.support.SyntheticEconomy;

/**
 * The benchmark outside Maven, for timing runs: {@code java -cp ... org.veche.planner.lp.LpBenchmarkMain
 * products [GLOP|HIGHS] [seed] [timeLimitSeconds]}. Prints the end-to-end time, the per-level log and the heap in use.
 */
final class LpBenchmarkMain {

    public static void main(String[] args) {
        int products = Integer.parseInt(args[0]);
        String solver = args.length > 1 ? args[1] : "GLOP";
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        LpOptions options = args.length > 3
                ? LpOptions.DEFAULT.withTimeLimit(java.time.Duration.ofSeconds(Long.parseLong(args[3])))
                : LpOptions.DEFAULT;
        long start = System.nanoTime();
        Economy economy = SyntheticEconomy.generate(products, seed);
        long generated = System.nanoTime();
        LpSolution solution = LpPhase.solve(economy, options, List.of(solver));
        long solved = System.nanoTime();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("benchmark: %d products, seed %d; generate %d ms, LP %d ms; %s; status %s needs %.9g"
                        + " labour %.9g emissions %.9g; valuations %d; heap used %d MB of max %d MB%n",
                products, seed, (generated - start) / 1_000_000, (solved - generated) / 1_000_000,
                solution.diagnostics(), solution.status(), solution.needs(), solution.labourHours(),
                solution.emissions(), solution.valuations().size(),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }
}
