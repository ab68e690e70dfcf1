package org.veche.planner.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
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
        for (Product product : economy.products()) {
            products.put(product.id(), demand(economy, product, stability));
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

    private static ProductDemand demand(Economy economy, Product product, StabilityReference stability) {
        List<GroupDemand> groups = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            List<NeedDemand> needs = new ArrayList<>();
            for (Local local : economy.locals()) {
                local.need(product.id(), priority).ifPresent(need -> needs.add(needDemand(local, need, stability)));
            }
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
