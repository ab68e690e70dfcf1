package org.veche.planner.solver;

import java.util.List;
import org.veche.model.Priority;

/**
 * The needs for one product at one priority, served in one proportion r. {@code weight} is
 * W_t·w_p; {@code total} is Σ q_n.
 */
record GroupDemand(Priority priority, double weight, double total, List<NeedDemand> needs) {

    GroupDemand {
        needs = List.copyOf(needs);
    }
}
