package org.veche.planner.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Priority;
import org.veche.model.Product;
import org.veche.model.Technology;
import org.veche.model.plan.NeedRef;
import org.veche.model.plan.StabilityReference;
import org.veche.model.plan.TechnologyRef;

/** Builds the planning problem from an economy and the previous round's accepted slices. */
public final class ProductionPlans {

    private ProductionPlans() {}

    /** Every line starts idle (x = 0); the LP phase gives the first real plan. */
    public static ProductionPlan of(Economy economy, StabilityReference stability) {
        Map<String, ProductDemand> products = new LinkedHashMap<>();
        Map<String, List<NeedDemand>> needsByProductAndPriority = needs(economy, stability);
        for (Product product : economy.products()) {
            products.put(product.id(), demand(economy, product, stability, needsByProductAndPriority));
        }
        List<CollectiveHours> collectives = new ArrayList<>();
        List<ProductionLine> lines = new ArrayList<>();
        for (Collective collective : economy.collectives()) {
            CollectiveHours hours = new CollectiveHours(collective.id(), collective.hoursCap(economy.policy()));
            collectives.add(hours);
            for (Technology technology : collective.technologies()) {
                lines.add(line(collective, technology, hours, products, stability));
            }
        }
        List<EmissionCap> caps = economy.policy().emissionCap().stream().mapToObj(EmissionCap::of).toList();
        return new ProductionPlan(economy, stability, lines, List.copyOf(products.values()), collectives, caps);
    }

    private static ProductionLine line(Collective collective, Technology technology, CollectiveHours hours,
            Map<String, ProductDemand> products, StabilityReference stability) {
        TechnologyRef ref = new TechnologyRef(collective.id(), technology.product());
        List<InputUse> inputs = technology.inputs().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new InputUse(products.get(e.getKey()), e.getValue()))
                .toList();
        Double accepted = stability.acceptedProduction().get(ref);
        return new ProductionLine(ref, technology, hours, products.get(technology.product()), inputs,
                accepted == null ? OptionalDouble.empty() : OptionalDouble.of(accepted));
    }

    /**
     * Every local's needs by product and priority, in the order of the locals (one pass: asking each
     * local for each product would take products × locals × needs steps, 6e10 at 100,000 products).
     */
    private static Map<String, List<NeedDemand>> needs(Economy economy, StabilityReference stability) {
        Map<String, List<NeedDemand>> needs = new HashMap<>();
        for (Local local : economy.locals()) {
            Set<String> seen = new HashSet<>();
            for (Need need : local.needs()) {
                String key = key(need.product(), need.priority());
                if (seen.add(key)) { // Local.need's rule: a local's first need for a product and priority counts
                    needs.computeIfAbsent(key, k -> new ArrayList<>()).add(needDemand(local, need, stability));
                }
            }
        }
        return needs;
    }

    private static String key(String product, Priority priority) {
        return priority.name() + ' ' + product;
    }

    private static ProductDemand demand(Economy economy, Product product, StabilityReference stability,
            Map<String, List<NeedDemand>> needsByProductAndPriority) {
        List<GroupDemand> groups = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            List<NeedDemand> needs = needsByProductAndPriority.getOrDefault(key(product.id(), priority), List.of());
            if (!needs.isEmpty()) {
                double total = needs.stream().mapToDouble(NeedDemand::quantity).sum();
                double weight = economy.policy().priorityWeights().of(priority) * product.weight();
                groups.add(new GroupDemand(priority, weight, total, needs));
            }
        }
        double hoursPerUnit = stability.hoursPerUnit().getOrDefault(product.id(), 0.0);
        return new ProductDemand(product, groups, hoursPerUnit);
    }

    private static NeedDemand needDemand(Local local, Need need, StabilityReference stability) {
        NeedRef ref = new NeedRef(local.id(), need.product(), need.priority());
        Double accepted = stability.acceptedDeliveries().get(ref);
        return new NeedDemand(ref, need.quantity(), accepted == null ? OptionalDouble.empty() : OptionalDouble.of(accepted));
    }
}
