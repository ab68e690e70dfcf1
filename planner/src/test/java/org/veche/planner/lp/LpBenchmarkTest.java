package org.veche.planner.lp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.veche.model.Economy;
import org.veche.planner.support.SyntheticEconomy;

/** The size target: 20,000 products end to end. Run with -Dveche.benchmark=true; never in the default run. */
@EnabledIfSystemProperty(named = "veche.benchmark", matches = "true")
class LpBenchmarkTest {

    @Test
    void solvesTwentyThousandProducts() {
        int products = Integer.getInteger("veche.benchmark.products", 20_000);
        long start = System.nanoTime();
        Economy economy = SyntheticEconomy.generate(products, 42);
        long generated = System.nanoTime();
        String solvers = System.getProperty("veche.benchmark.solver", "GLOP");
        LpSolution solution = LpPhase.solve(economy, LpOptions.DEFAULT, List.of(solvers));
        long solved = System.nanoTime();
        System.out.printf("benchmark: %d products, %d technologies, %d needs; generate %d ms, LP %d ms; %s;"
                        + " status %s needs %.3f labour %.1f emissions %.1f%n",
                products, economy.technologyCount(), economy.needCount(), (generated - start) / 1_000_000,
                (solved - generated) / 1_000_000, solution.diagnostics(), solution.status(), solution.needs(),
                solution.labourHours(), solution.emissions());
        assertThat(solution.status()).isEqualTo(LpStatus.OPTIMAL);
    }
}
