package org.veche.api.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.Technology;
import org.veche.model.check.PlanScore;
import org.veche.model.plan.Delivery;
import org.veche.model.plan.NeedGroup;
import org.veche.model.plan.NeedRef;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;
import org.veche.model.plan.TechnologyRef;

/** The score, labour values, explanations and metrics of a plan the interim solver made. */
final class PlanFigures {

    private static final double EPS = 1e-9;

    private final Economy economy;
    private final Plan plan;
    private final Allocation allocation;

    PlanFigures(Economy economy, Plan plan, Allocation allocation) {
        this.economy = economy;
        this.plan = plan;
        this.allocation = allocation;
    }

    SolvedProposal proposal(Map<NeedGroup, Double> shares) {
        Map<Priority, Double> perPriority = new LinkedHashMap<>();
        for (Priority t : Priority.values()) {
            perPriority.put(t, shares.entrySet().stream().filter(e -> e.getKey().priority() == t)
                    .mapToDouble(e -> economy.requireProduct(e.getKey().product()).weight() * u(e.getValue()))
                    .sum());
        }
        double needs = perPriority.entrySet().stream()
                .mapToDouble(e -> economy.policy().priorityWeights().of(e.getKey()) * e.getValue()).sum();
        double labour = total(Technology::labourHours);
        double emissions = total(Technology::emissions);
        PlanScore score = new PlanScore(true, 0, needs, perPriority.get(Priority.ESSENTIAL),
                perPriority.get(Priority.IMPORTANT), perPriority.get(Priority.DESIRED), 0, labour, emissions);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("solver", "interim-greedy");
        metrics.put("labourHours", labour);
        metrics.put("emissions", emissions);
        metrics.put("shares", shares.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue)));
        return new SolvedProposal(plan, score, labourValues(), explanations(shares), metrics);
    }

    /** u(r) of SPEC §3: concave, piecewise linear, u(1) = 2.5. */
    static double u(double r) {
        return 4 * Math.min(r, 0.25) + 3 * clamp(r - 0.25) + 2 * clamp(r - 0.5) + clamp(r - 0.75);
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(0.25, x));
    }

    private double total(java.util.function.ToDoubleFunction<Technology> perUnit) {
        return plan.production().stream().mapToDouble(p ->
                perUnit.applyAsDouble(allocation.technology(new TechnologyRef(p.collective(), p.product())))
                        * p.quantity()).sum();
    }

    /** v = l̄ + Ā·v with the plan's production-weighted average technologies, by fixed-point iteration. */
    private Map<String, Double> labourValues() {
        Map<String, Double> hours = new HashMap<>();
        Map<String, Map<String, Double>> inputs = new HashMap<>();
        for (String product : economy.products().stream().map(p -> p.id()).toList()) {
            List<Production> made = plan.production().stream().filter(p -> p.product().equals(product)).toList();
            double out = made.stream().mapToDouble(Production::quantity).sum();
            Map<String, Double> a = new HashMap<>();
            double l = 0;
            for (Production p : made) {
                Technology t = allocation.technology(new TechnologyRef(p.collective(), p.product()));
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

    private List<SolvedProposal.Explanation> explanations(Map<NeedGroup, Double> shares) {
        List<SolvedProposal.Explanation> explanations = new ArrayList<>();
        for (Delivery d : plan.deliveries()) {
            double requested = economy.local(d.local()).flatMap(l -> l.need(d.product(), d.priority()))
                    .orElseThrow().quantity();
            if (d.quantity() + 1e-6 * Math.max(1, requested) < requested) {
                explanations.add(new SolvedProposal.Explanation(
                        new NeedRef(d.local(), d.product(), d.priority()), explain(d, requested, shares)));
            }
        }
        return explanations;
    }

    private String explain(Delivery d, double requested, Map<NeedGroup, Double> shares) {
        String served = String.format("You receive %.4g of the %.4g %s of %s you asked for at priority %s (%.1f %%).",
                d.quantity(), requested, economy.requireProduct(d.product()).unit(), d.product(),
                d.priority().id(), 100 * d.quantity() / requested);
        return served + " " + limit(d.product()) + higherPriorities(d, shares);
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
                .mapToDouble(p -> p.quantity() * allocation.technology(
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
        return "Collective '" + c.id() + "' has spare capacity the interim solver did not use.";
    }

    private String higherPriorities(Delivery d, Map<NeedGroup, Double> shares) {
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
}
