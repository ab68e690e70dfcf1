package org.veche.api.solve;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Priority;
import org.veche.model.plan.Delivery;
import org.veche.model.plan.NeedGroup;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;
import org.veche.model.plan.TechnologyRef;
import org.veche.model.plan.StabilityReference;

/**
 * Interim solver, until the planner's {@code Planner} is merged: a feasible, fair-shared plan found
 * greedily. Priority by priority it raises one common share for all products (bisection), then
 * each product's share on its own. It does not optimise labour hours or emissions and ignores the
 * stability reference; it is deterministic, so unchanged inputs give an unchanged plan.
 */
@DefaultBean
@ApplicationScoped
public class GreedyProposalSolver implements ProposalSolver {

    private static final int BISECTION_STEPS = 30;

    @Override
    public SolvedProposal solve(Economy economy, StabilityReference stability) {
        Allocation allocation = new Allocation(economy);
        Map<NeedGroup, Double> shares = new LinkedHashMap<>();
        Map<NeedGroup, Double> demand = groups(economy);
        demand.keySet().forEach(g -> shares.put(g, 0.0));
        for (Priority priority : Priority.values()) {
            List<NeedGroup> level = demand.keySet().stream().filter(g -> g.priority() == priority).toList();
            raise(economy, allocation, shares, level);
            level.forEach(g -> raise(economy, allocation, shares, List.of(g)));
        }
        Map<TechnologyRef, Double> production = allocation.cover(finalDemand(economy, shares)).orElseThrow();
        Plan plan = plan(economy, shares, production);
        return new PlanFigures(economy, plan, allocation).proposal(shares);
    }

    /** Raises the groups' shares together to the highest feasible common floor. */
    private static void raise(Economy economy, Allocation allocation, Map<NeedGroup, Double> shares,
            List<NeedGroup> groups) {
        if (groups.isEmpty()) {
            return;
        }
        double low = groups.stream().mapToDouble(shares::get).min().orElse(0);
        if (feasible(economy, allocation, shares, groups, 1.0)) {
            groups.forEach(g -> shares.put(g, 1.0));
            return;
        }
        double high = 1.0;
        for (int i = 0; i < BISECTION_STEPS; i++) {
            double mid = (low + high) / 2;
            if (feasible(economy, allocation, shares, groups, mid)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        double floor = low;
        groups.forEach(g -> shares.merge(g, floor, Math::max));
    }

    private static boolean feasible(Economy economy, Allocation allocation, Map<NeedGroup, Double> shares,
            List<NeedGroup> groups, double share) {
        Map<NeedGroup, Double> trial = new HashMap<>(shares);
        groups.forEach(g -> trial.merge(g, share, Math::max));
        return allocation.cover(finalDemand(economy, trial)).isPresent();
    }

    private static Map<NeedGroup, Double> groups(Economy economy) {
        Map<NeedGroup, Double> demand = new LinkedHashMap<>();
        for (String product : new TreeSet<>(economy.products().stream().map(p -> p.id()).toList())) {
            for (Priority priority : Priority.values()) {
                double total = economy.locals().stream().flatMap(l -> l.need(product, priority).stream())
                        .mapToDouble(Need::quantity).sum();
                if (total > 0) {
                    demand.put(new NeedGroup(product, priority), total);
                }
            }
        }
        return demand;
    }

    private static Map<String, Double> finalDemand(Economy economy, Map<NeedGroup, Double> shares) {
        Map<String, Double> demand = new HashMap<>();
        for (Local local : economy.locals()) {
            for (Need need : local.needs()) {
                demand.merge(need.product(), delivered(economy, need, shares), Double::sum);
            }
        }
        return demand;
    }

    static double delivered(Economy economy, Need need, Map<NeedGroup, Double> shares) {
        double share = Optional.ofNullable(shares.get(new NeedGroup(need.product(), need.priority()))).orElse(0.0);
        double quantity = share * need.quantity();
        return economy.requireProduct(need.product()).divisible() ? quantity : Math.floor(quantity + 1e-9);
    }

    private static Plan plan(Economy economy, Map<NeedGroup, Double> shares, Map<TechnologyRef, Double> production) {
        List<Production> lines = new ArrayList<>();
        economy.collectives().forEach(c -> c.technologies().forEach(t -> lines.add(new Production(c.id(),
                t.product(), production.getOrDefault(new TechnologyRef(c.id(), t.product()), 0.0)))));
        List<Delivery> deliveries = new ArrayList<>();
        economy.locals().forEach(l -> l.needs().forEach(n -> deliveries.add(new Delivery(l.id(), n.product(),
                n.priority(), delivered(economy, n, shares)))));
        return new Plan(economy.name(), lines, deliveries);
    }
}
