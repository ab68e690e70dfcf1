package org.veche.api.solve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veche.model.Economy;
import org.veche.model.Technology;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;
import org.veche.model.plan.TechnologyRef;

/**
 * Labour values of a plan, until the planner's {@code PlanAnalysis} is merged (then this goes):
 * read from the plan and the economy alone.
 */
final class PlanFigures {

    private static final double EPS = 1e-9;

    private final Economy economy;
    private final Plan plan;

    PlanFigures(Economy economy, Plan plan) {
        this.economy = economy;
        this.plan = plan;
    }

    /** v = l̄ + Ā·v with the plan's production-weighted average technologies, by fixed-point iteration. */
    Map<String, Double> labourValues() {
        Map<String, Double> hours = new HashMap<>();
        Map<String, Map<String, Double>> inputs = new HashMap<>();
        for (String product : economy.products().stream().map(p -> p.id()).toList()) {
            List<Production> made = plan.production().stream().filter(p -> p.product().equals(product)).toList();
            double out = made.stream().mapToDouble(Production::quantity).sum();
            Map<String, Double> a = new HashMap<>();
            double l = 0;
            for (Production p : made) {
                Technology t = technology(new TechnologyRef(p.collective(), p.product()));
                double w = out > EPS ? p.quantity() / out : 1.0 / made.size();
                l += w * t.labourHours();
                t.inputs().forEach((q, x) -> a.merge(q, w * x, Double::sum));
            }
            hours.put(product, l);
            inputs.put(product, a);
        }
        Map<String, Double> v = new HashMap<>(hours);
        for (int i = 0; i < 500; i++) {
            Map<String, Double> next = new HashMap<>();
            hours.forEach((p, l) -> next.put(p, l + inputs.get(p).entrySet().stream()
                    .mapToDouble(e -> e.getValue() * v.getOrDefault(e.getKey(), 0.0)).sum()));
            v.putAll(next);
        }
        return v;
    }

    private Technology technology(TechnologyRef ref) {
        return economy.collective(ref.collective()).flatMap(c -> c.technology(ref.product())).orElseThrow();
    }
}
