package org.veche.planner.lp;

import com.google.ortools.linearsolver.MPVariable;
import org.veche.model.Policy;
import org.veche.model.plan.NeedGroup;

/** The score levels of SPEC §3 as objectives of a {@link PlanningLp}. */
final class LevelObjectives {

    static final String NEEDS = "needs";
    static final String STABILITY = "stability";
    static final String LABOUR_HOURS = "labourHours";
    static final String EMISSIONS = "emissions";

    private LevelObjectives() {}

    /** Σ W_t·w_p·(4s1 + 3s2 + 2s3 + s4), maximised. */
    static LevelObjective needs(PlanningLp lp) {
        LevelObjective objective = new LevelObjective(NEEDS, true);
        for (int g = 0; g < lp.groups.size(); g++) {
            double weight = weight(lp, g);
            MPVariable[] segments = lp.segments[g];
            for (int k = 0; k < segments.length; k++) {
                objective.add(segments[k], weight * ShareUtility.SLOPES[k]);
            }
        }
        return objective;
    }

    /** W_t·w_p of need group {@code g}: its priority's weight times its product's. */
    static double weight(PlanningLp lp, int g) {
        NeedGroup group = lp.groups.get(g);
        Policy policy = lp.economy.policy();
        return policy.priorityWeights().of(group.priority()) * lp.economy.requireProduct(group.product()).weight();
    }

    /** Σ l_cp·x_cp, minimised. */
    static LevelObjective labourHours(PlanningLp lp) {
        LevelObjective objective = new LevelObjective(LABOUR_HOURS, false);
        for (int i = 0; i < lp.x.length; i++) {
            objective.add(lp.x[i], lp.technologyData.get(i).labourHours());
        }
        return objective;
    }

    /** Σ e_cp·x_cp, minimised. */
    static LevelObjective emissions(PlanningLp lp) {
        LevelObjective objective = new LevelObjective(EMISSIONS, false);
        for (int i = 0; i < lp.x.length; i++) {
            objective.add(lp.x[i], lp.technologyData.get(i).emissions());
        }
        return objective;
    }
}
