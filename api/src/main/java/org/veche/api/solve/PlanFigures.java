package org.veche.api.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.Technology;
import org.veche.model.plan.Delivery;
import org.veche.model.plan.NeedGroup;
import org.veche.model.plan.NeedRef;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;
import org.veche.model.plan.TechnologyRef;

/**
 * Labour values and explanations of a plan, until the planner's {@code PlanAnalysis} and
 * {@code Explainer} are merged (then these go): read from the plan and the economy alone.
 */
final class PlanFigures {

    private static final double EPS = 1e-9;

    private final Economy economy;
    private final Plan plan;
    private final Map<NeedGroup, Double> shares;

    PlanFigures(Economy economy, Plan plan) {
        this.economy = economy;
        this.plan = plan;
        this.shares = shares(economy, plan);
    }

    /** Delivered over requested for each (product, priority): the fair-sharing ratio r. */
    private static Map<NeedGroup, Double> shares(Economy economy, Plan plan) {
        Map<NeedGroup, Double> delivered = new HashMap<>();
        Map<NeedGroup, Double> requested = new HashMap<>();
        for (Delivery d : plan.deliveries()) {
            NeedGroup g = new NeedGroup(d.product(), d.priority());
            delivered.merge(g, d.quantity(), Double::sum);
            economy.local(d.local()).flatMap(l -> l.need(d.product(), d.priority()))
                    .ifPresent(n -> requested.merge(g, n.quantity(), Double::sum));
        }
        Map<NeedGroup, Double> shares = new HashMap<>();
        requested.forEach((g, q) -> shares.put(g, q > EPS ? delivered.getOrDefault(g, 0.0) / q : 1.0));
        return shares;
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

    List<SolvedProposal.Explanation> explanations() {
        List<SolvedProposal.Explanation> explanations = new ArrayList<>();
        for (Delivery d : plan.deliveries()) {
            double requested = economy.local(d.local()).flatMap(l -> l.need(d.product(), d.priority()))
                    .orElseThrow().quantity();
            if (d.quantity() + 1e-6 * Math.max(1, requested) < requested) {
                explanations.add(new SolvedProposal.Explanation(
                        new NeedRef(d.local(), d.product(), d.priority()), explain(d, requested)));
            }
        }
        return explanations;
    }

    private String explain(Delivery d, double requested) {
        String served = String.format("You receive %.4g of the %.4g %s of %s you asked for at priority %s (%.1f %%).",
                d.quantity(), requested, economy.requireProduct(d.product()).unit(), d.product(),
                d.priority().id(), 100 * d.quantity() / requested);
        return served + " " + limit(d.product()) + higherPriorities(d);
    }

    /** Names what stops more of the product from being made. */
    private String limit(String product) {
        List<String> reasons = new ArrayList<>();
        for (Collective c : economy.collectives()) {
            c.technology(product).ifPresent(t -> reasons.add(reason(c, t)));
        }
        return reasons.isEmpty() ? "No collective makes " + product + "; a collective with a technology for it"
                + " would relieve this." : String.join(" ", reasons);
    }

    private String reason(Collective c, Technology t) {
        double x = quantity(c.id(), t.product());
        double hoursUsed = plan.production().stream().filter(p -> p.collective().equals(c.id()))
                .mapToDouble(p -> p.quantity() * technology(
                        new TechnologyRef(p.collective(), p.product())).labourHours()).sum();
        double cap = c.hoursCap(economy.policy());
        if (x + EPS >= t.maxOutput()) {
            return "Collective '" + c.id() + "' makes its maximum output of " + fmt(t.maxOutput())
                    + "; a higher maxOutput there would relieve this.";
        }
        if (hoursUsed + 1e-6 * Math.max(1, cap) >= cap) {
            double more = t.labourHours() * (t.maxOutput() - x);
            return "Collective '" + c.id() + "' has used its working-time cap of " + fmt(cap) + " h; +"
                    + fmt(more) + " h there (more members or hours per member) would relieve this.";
        }
        if (!t.inputs().isEmpty()) {
            return "Collective '" + c.id() + "' runs short of an input (" + String.join(", ", t.inputs().keySet())
                    + "): the collectives making it are at their limits.";
        }
        return "Collective '" + c.id() + "' has spare capacity; using it would cost more of the scarce inputs or hours"
                + " than the needs it would serve are worth at this priority.";
    }

    private String higherPriorities(Delivery d) {
        List<String> higher = new ArrayList<>();
        for (Priority p : Priority.values()) {
            if (p.ordinal() < d.priority().ordinal()
                    && shares.getOrDefault(new NeedGroup(d.product(), p), 0.0) > EPS) {
                higher.add(p.id());
            }
        }
        return higher.isEmpty() ? "" : " Needs at higher priority (" + String.join(", ", higher)
                + ") for " + d.product() + " took capacity first.";
    }

    private double quantity(String collective, String product) {
        return plan.production().stream().filter(p -> p.collective().equals(collective)
                && p.product().equals(product)).mapToDouble(Production::quantity).sum();
    }

    private static String fmt(double x) {
        return String.format("%.4g", x);
    }

    private Technology technology(TechnologyRef ref) {
        return economy.collective(ref.collective()).flatMap(c -> c.technology(ref.product())).orElseThrow();
    }
}
