package org.veche.model.check;

import java.util.ArrayList;
import java.util.List;
import org.veche.model.Economy;
import org.veche.model.Product;

/** The rules on each delivery: non-negative, at most what was asked for, whole for indivisible products. */
final class DeliveryRules {

    private DeliveryRules() {}

    static List<Breach> check(Economy economy, PlannedQuantities plan) {
        List<Breach> breaches = new ArrayList<>();
        for (PlannedDelivery delivery : plan.deliveries()) {
            check(economy.requireProduct(delivery.need().product()), delivery, breaches);
        }
        return breaches;
    }

    private static void check(Product product, PlannedDelivery delivery, List<Breach> breaches) {
        double y = delivery.quantity();
        double asked = delivery.need().quantity();
        String subject = delivery.ref().toString();
        String who = "Local '" + delivery.local().id() + "' would receive " + ProductionRules.amount(y, product)
                + " (" + delivery.need().priority().id() + ")";
        if (y < 0) {
            breaches.add(new Breach(Rule.NON_NEGATIVE, subject, -y, who + "; a delivery is 0 or more."));
            return;
        }
        if (!Tolerance.atMost(y, asked)) {
            breaches.add(new Breach(Rule.NEED_CAP, subject, y - asked, who + ", more than the "
                    + Figures.of(asked) + " it asked for, by " + Figures.of(y - asked)
                    + ". Deliver at most what was asked for."));
        }
        if (!product.divisible() && !Tolerance.whole(y)) {
            breaches.add(new Breach(Rule.INTEGRALITY, subject, Math.abs(y - Math.rint(y)), who + ", but '"
                    + product.id() + "' is not divisible: use a whole number such as "
                    + Figures.of(Math.rint(y)) + "."));
        }
    }
}
