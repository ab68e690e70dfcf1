package org.veche.planner.lp;

import java.util.LinkedHashMap;
import java.util.Map;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.plan.NeedGroup;

/** The need groups of an economy and their demand D_{p,t} = Σ q_n; groups without demand are left out. */
public final class NeedGroups {

    private NeedGroups() {}

    /** Demand per group with D &gt; 0, in the order the needs first appear. */
    public static Map<NeedGroup, Double> demands(Economy economy) {
        Map<NeedGroup, Double> demand = new LinkedHashMap<>();
        for (Local local : economy.locals()) {
            for (Need need : local.needs()) {
                if (need.quantity() > 0) {
                    demand.merge(new NeedGroup(need.product(), need.priority()), need.quantity(), Double::sum);
                }
            }
        }
        return demand;
    }
}
