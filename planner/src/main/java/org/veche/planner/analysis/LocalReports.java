package org.veche.planner.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Priority;

/** Each local's needs, delivered against requested, and its share per priority. */
final class LocalReports {

    private LocalReports() {}

    static List<LocalReport> of(Economy economy, PlanQuantities plan) {
        List<LocalReport> reports = new ArrayList<>(economy.locals().size());
        for (Local local : economy.locals()) {
            reports.add(of(local, plan));
        }
        return reports;
    }

    private static LocalReport of(Local local, PlanQuantities plan) {
        List<NeedReport> needs = new ArrayList<>(local.needs().size());
        Map<Priority, double[]> totals = new EnumMap<>(Priority.class);
        for (Need need : local.needs()) {
            double delivered = plan.delivered(local, need);
            needs.add(new NeedReport(need.product(), need.priority().id(), need.quantity(), delivered,
                    share(delivered, need.quantity())));
            double[] total = totals.computeIfAbsent(need.priority(), p -> new double[2]);
            total[0] += delivered;
            total[1] += need.quantity();
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        totals.forEach((priority, total) -> {
            if (total[1] > 0) {
                shares.put(priority.id(), total[0] / total[1]);
            }
        });
        return new LocalReport(local.id(), local.region(), local.population(), needs, shares);
    }

    /** Delivered over requested; a need for nothing is fully served. */
    static double share(double delivered, double requested) {
        return requested > 0 ? delivered / requested : 1;
    }
}
