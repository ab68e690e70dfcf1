package org.veche.api.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.veche.api.scenario.ScenarioResult.CollectiveFigures;
import org.veche.api.scenario.ScenarioResult.Line;
import org.veche.api.scenario.ScenarioResult.LocalFigures;
import org.veche.api.scenario.ScenarioResult.Metrics;
import org.veche.api.scenario.ScenarioResult.PriorityFigures;
import org.veche.api.scenario.ScenarioResult.ProductFigures;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Priority;
import org.veche.model.check.PlanCheck;
import org.veche.model.check.PlanEvaluation;
import org.veche.model.plan.Delivery;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;
import org.veche.planner.SolvedPlan;

/**
 * Reads a solved scenario. The score-based metrics come from the independent {@link PlanCheck}; the
 * rest is the plan's own lines summed per product, local and collective. The metrics that need
 * PlanAnalysis (lowest local's share, Gini, hours per member mean and max) are marked pending.
 */
final class ScenarioFigures {

    static final List<String> PENDING = List.of("lowestLocalShare", "giniEssential", "memberHoursMean",
            "memberHoursMax");

    private ScenarioFigures() {}

    static ScenarioResult of(Economy economy, SolvedPlan solved) {
        Plan plan = solved.plan();
        PlanEvaluation evaluation = PlanCheck.evaluate(economy, plan);
        return new ScenarioResult(metrics(economy, evaluation), products(economy, plan), locals(economy, plan),
                collectives(economy, plan), new TreeMap<>(solved.lp().valuations()),
                plan.production().stream().map(p -> new Line(p.collective(), p.product(), null, p.quantity())).toList(),
                plan.deliveries().stream().map(d -> new Line(d.local(), d.product(), d.priority().id(), d.quantity()))
                        .toList(),
                solved.elapsed().toMillis());
    }

    private static Metrics metrics(Economy economy, PlanEvaluation e) {
        var s = e.score();
        Map<String, PriorityFigures> priorities = new LinkedHashMap<>();
        priorities.put("essential", priority(s.essential(), e, Priority.ESSENTIAL));
        priorities.put("important", priority(s.important(), e, Priority.IMPORTANT));
        priorities.put("desired", priority(s.desired(), e, Priority.DESIRED));
        long members = economy.collectives().stream().mapToLong(Collective::members).sum();
        return new Metrics(s.feasible(), s.needs(), priorities, s.labourHours(), s.emissions(), members, null, null,
                null, PENDING);
    }

    private static PriorityFigures priority(double score, PlanEvaluation e, Priority p) {
        var share = e.quantityShare(p);
        return new PriorityFigures(score, share.isPresent() ? share.getAsDouble() : null, null);
    }

    private static Map<String, ProductFigures> products(Economy economy, Plan plan) {
        Map<String, ProductFigures> products = new LinkedHashMap<>();
        economy.products().forEach(p -> {
            double output = plan.production().stream().filter(x -> x.product().equals(p.id()))
                    .mapToDouble(Production::quantity).sum();
            double delivered = plan.deliveries().stream().filter(d -> d.product().equals(p.id()))
                    .mapToDouble(Delivery::quantity).sum();
            double requested = economy.locals().stream().flatMap(l -> l.needs().stream())
                    .filter(n -> n.product().equals(p.id())).mapToDouble(Need::quantity).sum();
            products.put(p.id(), new ProductFigures(output, requested, delivered));
        });
        return products;
    }

    private static Map<String, LocalFigures> locals(Economy economy, Plan plan) {
        Map<String, LocalFigures> locals = new LinkedHashMap<>();
        for (Local l : economy.locals()) {
            Map<String, Double> shares = new LinkedHashMap<>();
            double asked = 0;
            double got = 0;
            for (Priority p : Priority.values()) {
                double q = l.needs().stream().filter(n -> n.priority() == p).mapToDouble(Need::quantity).sum();
                double y = plan.deliveries().stream().filter(d -> d.local().equals(l.id()) && d.priority() == p)
                        .mapToDouble(Delivery::quantity).sum();
                if (q > 0) {
                    shares.put(p.id(), y / q);
                }
                asked += q;
                got += y;
            }
            locals.put(l.id(), new LocalFigures(shares, asked, got));
        }
        return locals;
    }

    private static Map<String, CollectiveFigures> collectives(Economy economy, Plan plan) {
        Map<String, CollectiveFigures> collectives = new LinkedHashMap<>();
        for (Collective c : economy.collectives()) {
            double hours = plan.production().stream().filter(p -> p.collective().equals(c.id()))
                    .mapToDouble(p -> c.technology(p.product()).map(t -> t.labourHours()).orElse(0.0) * p.quantity())
                    .sum();
            collectives.put(c.id(), new CollectiveFigures(c.members(), hours,
                    c.members() > 0 ? hours / c.members() : 0, c.hoursCap(economy.policy())));
        }
        return collectives;
    }
}
