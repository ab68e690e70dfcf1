package org.veche.model.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Policy;
import org.veche.model.Product;
import org.veche.model.Technology;

/** The rules on each collective's production: non-negative, capacity, minimum run, integrality, working time. */
final class ProductionRules {

    private final Economy economy;
    private final List<Breach> breaches = new ArrayList<>();

    private ProductionRules(Economy economy) {
        this.economy = economy;
    }

    static List<Breach> check(Economy economy, PlannedQuantities plan) {
        ProductionRules rules = new ProductionRules(economy);
        plan.runs().forEach(rules::checkRun);
        Map<String, Double> hours = new HashMap<>();
        plan.runs().forEach(run -> hours.merge(run.collective().id(), run.hours(), Double::sum));
        economy.collectives().forEach(c -> rules.checkWorkingTime(c, hours.getOrDefault(c.id(), 0.0)));
        return List.copyOf(rules.breaches);
    }

    private void checkRun(PlannedRun run) {
        double x = run.quantity();
        Technology technology = run.technology();
        Product product = economy.requireProduct(technology.product());
        String who = "Collective '" + run.collective().id() + "' is to make " + amount(x, product);
        if (x < 0) {
            breach(Rule.NON_NEGATIVE, run, -x, who + "; production is 0 or more.");
            return;
        }
        if (!Tolerance.atMost(x, technology.maxOutput())) {
            breach(Rule.CAPACITY, run, x - technology.maxOutput(), who + ", above its maxOutput "
                    + Figures.of(technology.maxOutput()) + " by " + Figures.of(x - technology.maxOutput())
                    + ". Lower the production or raise maxOutput.");
        }
        if (x > Tolerance.slack(0) && x < technology.minOutput() - Tolerance.slack(technology.minOutput())) {
            breach(Rule.MINIMUM_RUN, run, technology.minOutput() - x, who + ", below its minOutput "
                    + Figures.of(technology.minOutput()) + " by " + Figures.of(technology.minOutput() - x)
                    + ": a run is 0 or at least the minimum.");
        }
        if (!product.divisible() && !Tolerance.whole(x)) {
            breach(Rule.INTEGRALITY, run, Math.abs(x - Math.rint(x)), who + ", but '" + product.id()
                    + "' is not divisible: use a whole number such as " + Figures.of(Math.rint(x)) + ".");
        }
    }

    private void checkWorkingTime(Collective collective, double hours) {
        Policy policy = economy.policy();
        double cap = collective.hoursCap(policy);
        if (!Tolerance.atMost(hours, cap)) {
            breaches.add(new Breach(Rule.WORKING_TIME, collective.id(), hours - cap, "Collective '"
                    + collective.id() + "' would work " + Figures.of(hours) + " h, above its cap "
                    + Figures.of(cap) + " h (" + collective.members() + " members × "
                    + Figures.of(collective.hoursPerMemberCap(policy)) + " h) by " + Figures.of(hours - cap)
                    + " h. Lower its production or raise its members or hours."));
        }
    }

    private void breach(Rule rule, PlannedRun run, double size, String message) {
        breaches.add(new Breach(rule, run.ref().toString(), size, message));
    }

    static String amount(double quantity, Product product) {
        return Figures.of(quantity) + " " + product.unit() + " of '" + product.id() + "'";
    }
}
