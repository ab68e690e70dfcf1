package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Policy;
import org.veche.model.Priority;
import org.veche.model.Product;
import org.veche.model.Region;
import org.veche.model.Technology;
import org.veche.model.plan.StabilityReference;
import org.veche.planner.Planner;
import org.veche.planner.SolveOptions;
import org.veche.planner.SolvedPlan;
import org.veche.planner.lp.LpPhase;

/**
 * A synthetic discrete economy (a fifth of products indivisible, a tenth of technologies with a
 * minimum run, sparse inputs, working time binding) solved against its LP bound. Not in the default
 * run: {@code -Dveche.benchmark=true [-Dveche.benchmark.products=2000 -Dveche.benchmark.seconds=30]}.
 */
@EnabledIfSystemProperty(named = "veche.benchmark", matches = "true")
class DiscreteBenchmark {

    @Test
    void solvesASyntheticDiscreteEconomyCloseToItsLpBound() {
        int products = Integer.getInteger("veche.benchmark.products", 2000);
        Duration limit = Duration.ofSeconds(Integer.getInteger("veche.benchmark.seconds", 30));
        Economy economy = synthetic(products, new Random(42));
        SolvedPlan solved = new Planner(LpPhase::solve).solve(economy, new SolveOptions(limit, StabilityReference.NONE));
        double needsGap = (solved.lp().needs() - solved.score().needs()) / solved.lp().needs();
        System.out.printf("products=%d limit=%s elapsed=%.1fs feasible=%s hard=%.3g needs=%.6g lpNeeds=%.6g gap=%.4f%%"
                        + " labour=%.6g lpLabour=%.6g lpSolve=%dms%n",
                products, limit, solved.elapsed().toMillis() / 1000.0, solved.score().feasible(), solved.score().hard(),
                solved.score().needs(), solved.lp().needs(), 100 * needsGap, solved.score().labourHours(),
                solved.lp().labourHours(), solved.lp().diagnostics().solveMillis());
        assertThat(solved.score().feasible()).isTrue();
    }

    static Economy synthetic(int n, Random random) {
        List<Product> products = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            products.add(new Product("p" + p, "p" + p, "unit", random.nextInt(5) != 0, 1));
        }
        List<Collective> collectives = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            boolean divisible = products.get(p).divisible();
            Map<String, Double> inputs = new HashMap<>();
            for (int k = 0; k < 4; k++) {
                int q = random.nextInt(n);
                if (q != p) {
                    inputs.put("p" + q, 0.02 + 0.1 * random.nextDouble());
                }
            }
            double max = divisible ? 2000 : 200;
            double min = random.nextInt(10) == 0 ? Math.rint(max * 0.1) : 0;
            double labour = divisible ? 0.5 + random.nextDouble() : 5 + 20 * random.nextDouble();
            Technology technology = new Technology("p" + p, max, min, labour, random.nextDouble(), inputs);
            int members = 1 + random.nextInt(3);
            collectives.add(new Collective("c" + p, "c" + p, "r", members, OptionalDouble.empty(), List.of(technology)));
        }
        List<Local> locals = new ArrayList<>();
        for (int l = 0; l < 3; l++) {
            List<Need> needs = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                double scale = products.get(p).divisible() ? 300 : 30;
                Priority priority = Priority.values()[(p + l) % 3];
                needs.add(new Need("p" + p, priority, Math.rint(scale * random.nextDouble()) + 1));
            }
            locals.add(new Local("l" + l, "l" + l, "r", 1000, needs));
        }
        return new Economy("synthetic " + n, "2027", Policy.of(1000), products, List.of(new Region("r", "R")),
                collectives, locals);
    }
}
