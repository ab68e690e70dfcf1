package org.veche.api.scenario;

import java.util.LinkedHashMap;
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
import org.veche.model.plan.Delivery;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;
import org.veche.planner.SolvedPlan;
import org.veche.planner.analysis.PlanAnalysis;
import org.veche.planner.analysis.PlanMetrics;
import org.veche.planner.analysis.PriorityMetrics;

/**
 * Reads a solved scenario. The plan metrics come from the planner's {@link PlanAnalysis} (the same
 * figures a round's proposal shows), feasibility from the independent {@link PlanCheck}; the rest is
 * the plan's own lines summed per product, local and collective.
 */
final class ScenarioFigures {

    private ScenarioFigures() {}

    static ScenarioResult of(Economy economy, SolvedPlan solved) {
        Plan plan = solved.plan();
        boolean feasible = PlanCheck.evaluate(economy, plan).score().feasible();
        PlanMetrics analysed = PlanAnalysis.analyse(economy, plan, solved.lp().valuations()).metrics();
        return new ScenarioResult(metrics(feasible, analysed), products(economy, plan), locals(economy, plan),
                collectives(economy, plan), new TreeMap<>(solved.lp().valuations()),
                plan.production().stream().map(p -> new Line(p.collective(), p.product(), null, p.quantity())).toList(),
                plan.deliveries().stream().map(d -> new Line(d.local(), d.product(), d.priority().id(), d.quantity()))
                        .toList(),
                solved.elapsed().toMillis());
    }

    private static Metrics metrics(boolean feasible, PlanMetrics m) {
        Map<String, PriorityFigures> priorities = new LinkedHashMap<>();
        for (PriorityMetrics p : m.priorities()) {
            priorities.put(p.priority(), new PriorityFigures(p.score(), p.quantityShare(), p.lowestLocalShare(),
                    p.lowestLocal()));
        }
        return new Metrics(feasible, m.needs(), priorities, m.labourHours(), m.emissions(), m.members(),
                m.memberHoursMean(), m.memberHoursMax(), m.essentialGini());
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
