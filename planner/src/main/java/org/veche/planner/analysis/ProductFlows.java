package org.veche.planner.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Product;
import org.veche.model.Technology;

/** Where each product goes: output, intermediate use, final deliveries, surplus. */
final class ProductFlows {

    private ProductFlows() {}

    static List<ProductReport> of(Economy economy, PlanQuantities plan) {
        Map<String, double[]> flows = new HashMap<>(economy.products().size() * 2);
        economy.products().forEach(p -> flows.put(p.id(), new double[4]));
        for (Collective collective : economy.collectives()) {
            for (Technology technology : collective.technologies()) {
                double x = plan.produced(collective, technology);
                flows.get(technology.product())[0] += x;
                technology.inputs().forEach((input, a) -> flows.get(input)[1] += a * x);
            }
        }
        for (Local local : economy.locals()) {
            for (Need need : local.needs()) {
                double[] flow = flows.get(need.product());
                flow[2] += plan.delivered(local, need);
                flow[3] += need.quantity();
            }
        }
        List<ProductReport> reports = new ArrayList<>(economy.products().size());
        for (Product product : economy.products()) {
            double[] f = flows.get(product.id());
            reports.add(new ProductReport(product.id(), product.unit(), f[0], f[1], f[2], f[3], f[0] - f[1] - f[2]));
        }
        return reports;
    }
}
