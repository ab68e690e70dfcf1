package org.veche.planner.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Priority;

/** The plan-wide figures of {@link PlanMetrics}, from the per-collective and per-local reports. */
final class PlanMetricsCalculation {

    private PlanMetricsCalculation() {}

    static PlanMetrics of(Economy economy, PlanQuantities plan, List<CollectiveReport> collectives,
            List<LocalReport> locals) {
        List<PriorityMetrics> priorities = priorities(economy, plan, locals);
        double needs = priorities.stream().mapToDouble(p -> p.weight() * p.score()).sum();
        double hours = collectives.stream().mapToDouble(CollectiveReport::hoursUsed).sum();
        double emissions = collectives.stream().mapToDouble(CollectiveReport::emissions).sum();
        long members = collectives.stream().mapToLong(CollectiveReport::members).sum();
        double[] perMember = collectives.stream().filter(c -> c.members() > 0)
                .mapToDouble(CollectiveReport::hoursPerMember).toArray();
        double[] weights = collectives.stream().filter(c -> c.members() > 0)
                .mapToDouble(CollectiveReport::members).toArray();
        double mean = perMember.length > 0 ? new Mean().evaluate(perMember, weights) : 0;
        double max = perMember.length > 0 ? StatUtils.max(perMember) : 0;
        double gini = Gini.of(locals.stream().filter(l -> l.shares().containsKey(Priority.ESSENTIAL.id()))
                .mapToDouble(l -> Math.max(0, l.shares().get(Priority.ESSENTIAL.id()))).toArray());
        return new PlanMetrics(priorities, needs, hours, members, mean, max, emissions, gini);
    }

    private static List<PriorityMetrics> priorities(Economy economy, PlanQuantities plan, List<LocalReport> locals) {
        Map<Priority, Map<String, double[]>> groups = new EnumMap<>(Priority.class);
        for (Local local : economy.locals()) {
            for (Need need : local.needs()) {
                double[] group = groups.computeIfAbsent(need.priority(), t -> new HashMap<>())
                        .computeIfAbsent(need.product(), p -> new double[2]);
                group[0] += plan.delivered(local, need);
                group[1] += need.quantity();
            }
        }
        List<PriorityMetrics> metrics = new ArrayList<>();
        groups.forEach((priority, byProduct) -> {
            double score = 0;
            double delivered = 0;
            double requested = 0;
            int products = 0;
            for (Map.Entry<String, double[]> group : byProduct.entrySet()) {
                double[] g = group.getValue();
                if (g[1] > 0) {
                    score += economy.requireProduct(group.getKey()).weight() * DiminishingReturns.u(g[0] / g[1]);
                    delivered += g[0];
                    requested += g[1];
                    products++;
                }
            }
            if (requested > 0) {
                metrics.add(priorityMetrics(economy, priority, products, score, delivered, requested, locals));
            }
        });
        return metrics;
    }

    private static PriorityMetrics priorityMetrics(Economy economy, Priority priority, int products, double score,
            double delivered, double requested, List<LocalReport> locals) {
        String lowestLocal = "";
        double lowest = Double.POSITIVE_INFINITY;
        for (LocalReport local : locals) {
            Double share = local.shares().get(priority.id());
            if (share != null && share < lowest) {
                lowest = share;
                lowestLocal = local.local();
            }
        }
        return new PriorityMetrics(priority.id(), economy.policy().priorityWeights().of(priority), products, score,
                requested, delivered, delivered / requested, lowest, lowestLocal);
    }
}
