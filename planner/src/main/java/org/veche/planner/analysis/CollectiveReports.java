package org.veche.planner.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Technology;

/** Each collective's output, hours and utilisation under the plan. */
final class CollectiveReports {

    private CollectiveReports() {}

    static List<CollectiveReport> of(Economy economy, PlanQuantities plan) {
        List<CollectiveReport> reports = new ArrayList<>(economy.collectives().size());
        for (Collective collective : economy.collectives()) {
            reports.add(of(economy, collective, plan));
        }
        return reports;
    }

    private static CollectiveReport of(Economy economy, Collective collective, PlanQuantities plan) {
        Map<String, Double> output = new LinkedHashMap<>();
        double hours = 0;
        double emissions = 0;
        for (Technology technology : collective.technologies()) {
            double x = plan.produced(collective, technology);
            output.put(technology.product(), x);
            hours += technology.labourHours() * x;
            emissions += technology.emissions() * x;
        }
        double cap = collective.hoursCap(economy.policy());
        double perMember = collective.members() > 0 ? hours / collective.members() : 0;
        double utilisation = cap > 0 ? hours / cap : 0;
        return new CollectiveReport(collective.id(), collective.region(), collective.members(), output, hours, cap,
                perMember, utilisation, emissions);
    }
}
