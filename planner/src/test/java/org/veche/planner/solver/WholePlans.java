package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.veche.model.plan.TechnologyRef;

/** Checks of a whole plan made without a solve, for the rounding tests. */
final class WholePlans {

    private WholePlans() {}

    /**
     * Every line of {@code problem} at a valid choice of {@code plan}, within its capacity and its
     * collective's hours, and every product's use covered by what is made.
     */
    static void assertValid(ProductionPlan problem, Map<TechnologyRef, Double> plan) {
        Map<String, Double> produced = new HashMap<>();
        Map<String, Double> used = new HashMap<>();
        Map<String, Double> hours = new HashMap<>();
        for (ProductionLine line : problem.lines()) {
            double x = plan.get(line.ref());
            assertThat(x).as(line.ref().toString()).isBetween(0.0, line.technology().maxOutput());
            if (line.discrete()) {
                assertThat(Rounding.settled(line, x)).as(line.ref() + " at " + x).isTrue();
            }
            produced.merge(line.output().id(), x, Double::sum);
            line.inputs().forEach(input -> used.merge(input.product().id(), input.perUnit() * x, Double::sum));
            hours.merge(line.collective().id(), line.technology().labourHours() * x, Double::sum);
        }
        problem.lines().forEach(line -> assertThat(Quantities.exceeds(hours.get(line.collective().id()),
                line.collective().cap().doubleValue())).as(line.collective().id()).isFalse());
        used.forEach((product, use) -> assertThat(Quantities.exceeds(use, produced.getOrDefault(product, 0.0)))
                .as(product + ": used " + use + ", made " + produced.get(product)).isFalse());
    }
}
