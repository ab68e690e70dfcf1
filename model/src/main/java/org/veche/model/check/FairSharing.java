package org.veche.model.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veche.model.Economy;
import org.veche.model.Product;
import org.veche.model.plan.NeedGroup;

/**
 * Fair sharing: inside a product and priority every need gets the group's share, y_n = r·q_n —
 * within 1e-6 (relative) for a divisible product, by less than one unit for an indivisible one. The
 * size of a breach is the quantity that would have to move between locals: Σ_n max(0, y_n − r·q_n).
 */
final class FairSharing {

    /** Rounding to whole units may differ by less than one; the margin keeps an exact 1 from passing. */
    private static final double ROUNDING = 1 - 1e-9;

    private FairSharing() {}

    static List<Breach> check(Economy economy, PlannedQuantities plan, Map<NeedGroup, Double> shares) {
        Map<NeedGroup, List<PlannedDelivery>> groups = new LinkedHashMap<>();
        plan.deliveries().forEach(d -> groups.computeIfAbsent(d.group(), g -> new ArrayList<>()).add(d));
        List<Breach> breaches = new ArrayList<>();
        shares.forEach((group, r) -> {
            Product product = economy.requireProduct(group.product());
            List<PlannedDelivery> unfair = groups.get(group).stream()
                    .filter(d -> !fair(product, d, r))
                    .toList();
            if (!unfair.isEmpty()) {
                breaches.add(breach(product, group, r, groups.get(group), unfair));
            }
        });
        return breaches;
    }

    private static boolean fair(Product product, PlannedDelivery delivery, double r) {
        double fairShare = r * delivery.need().quantity();
        double gap = Math.abs(delivery.quantity() - fairShare);
        return product.divisible() ? gap <= Tolerance.slack(fairShare) : gap < ROUNDING;
    }

    private static Breach breach(Product product, NeedGroup group, double r, List<PlannedDelivery> all,
            List<PlannedDelivery> unfair) {
        double toMove = all.stream()
                .mapToDouble(d -> Math.max(0, d.quantity() - r * d.need().quantity()))
                .sum();
        StringBuilder message = new StringBuilder("Needs for '" + product.id() + "' at priority "
                + group.priority().id() + " are not served in one proportion: the group gets "
                + Figures.percent(r) + " overall, but");
        String separator = " ";
        for (PlannedDelivery d : unfair) {
            message.append(separator).append("local '").append(d.local().id()).append("' gets ")
                    .append(Figures.of(d.quantity())).append(" of ").append(Figures.of(d.need().quantity()))
                    .append(" ").append(product.unit());
            separator = ", ";
        }
        message.append(". Moving ").append(Figures.of(toMove)).append(" ").append(product.unit())
                .append(" between them would share it fairly.");
        return new Breach(Rule.FAIR_SHARING, group.toString(), toMove, message.toString());
    }
}
