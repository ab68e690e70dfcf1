package org.veche.planner.solver;

import ai.timefold.solver.core.api.score.buildin.bendablebigdecimal.BendableBigDecimalScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veche.model.Priority;
import org.veche.model.check.PlanScore;
import org.veche.model.plan.Delivery;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;

/** Reads a solved {@link ProductionPlan} as the model's {@link Plan} and {@link PlanScore}. */
public final class PlanReadout {

    private PlanReadout() {}

    /** Every technology and every need, in the economy's order, zero where nothing is made or delivered. */
    public static Plan plan(ProductionPlan solved) {
        List<Production> production = solved.lines().stream()
                .map(line -> new Production(line.ref().collective(), line.ref().product(), line.quantity()))
                .toList();
        List<Delivery> deliveries = new ArrayList<>();
        for (Allotment allotment : allotments(solved).values()) {
            List<GroupDemand> groups = allotment.product().groups();
            for (int g = 0; g < groups.size(); g++) {
                for (int n = 0; n < groups.get(g).needs().size(); n++) {
                    NeedDemand need = groups.get(g).needs().get(n);
                    deliveries.add(new Delivery(need.ref().local(), need.ref().product(), need.ref().priority(),
                            allotment.deliveries().get(g)[n]));
                }
            }
        }
        return new Plan(solved.economy().name(), production, inEconomyOrder(solved, deliveries));
    }

    /** The score levels as Timefold computed them, plus S_t per priority from the same fair sharing. */
    public static PlanScore score(ProductionPlan solved) {
        BendableBigDecimalScore score = solved.getScore();
        double[] served = new double[Priority.values().length];
        for (Allotment allotment : allotments(solved).values()) {
            double weight = solved.economy().requireProduct(allotment.product().id()).weight();
            for (Priority priority : Priority.values()) {
                served[priority.ordinal()] += allotment.served(priority, weight);
            }
        }
        double hard = score.hardScore(0).doubleValue();
        return new PlanScore(hard == 0, hard, score.softScore(0).doubleValue(),
                served[Priority.ESSENTIAL.ordinal()], served[Priority.IMPORTANT.ordinal()],
                served[Priority.DESIRED.ordinal()], score.softScore(1).doubleValue(),
                total(score.softScore(2)), total(score.softScore(3)));
    }

    /** A penalty level read back as a total (no negative zero). */
    private static double total(java.math.BigDecimal level) {
        return level.negate().doubleValue() + 0.0;
    }

    /** Net supply per product (output minus intermediate use) shared out by {@link FairSharing}. */
    static Map<String, Allotment> allotments(ProductionPlan solved) {
        Map<ProductDemand, java.math.BigDecimal> net = new HashMap<>();
        for (ProductionLine line : solved.lines()) {
            for (Flow flow : line.flows()) {
                net.merge(flow.product(), flow.produced().subtract(flow.used()), java.math.BigDecimal::add);
            }
        }
        Map<String, Allotment> allotments = new java.util.LinkedHashMap<>();
        for (ProductDemand product : solved.products()) {
            double supply = net.getOrDefault(product, java.math.BigDecimal.ZERO).doubleValue();
            allotments.put(product.id(), FairSharing.allocate(product, supply));
        }
        return allotments;
    }

    private static List<Delivery> inEconomyOrder(ProductionPlan solved, List<Delivery> deliveries) {
        Map<String, Delivery> byKey = new HashMap<>();
        deliveries.forEach(d -> byKey.put(d.local() + "\u0000" + d.product() + "\u0000" + d.priority(), d));
        return solved.economy().locals().stream()
                .flatMap(local -> local.needs().stream()
                        .map(need -> byKey.get(local.id() + "\u0000" + need.product() + "\u0000" + need.priority())))
                .toList();
    }
}
