package org.veche.planner.solver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.veche.model.Priority;

/**
 * A product's net supply shared out among its need groups: the shares r per group and the
 * delivery y_n per need (same order as {@link ProductDemand#groups()} and their needs).
 */
record Allotment(ProductDemand product, double supply, double[] shares, List<double[]> deliveries) {

    /** Decimals kept in the soft score levels. */
    static final int SCORE_SCALE = 6;

    /** Σ_t W_t·w_p·u(r_{p,t}): this product's part of the `needs` level. */
    double needs() {
        double value = 0;
        for (int g = 0; g < shares.length; g++) {
            value += product.groups().get(g).weight() * ShareValue.of(shares[g]);
        }
        return value;
    }

    /** w_p·u(r_{p,t}): this product's part of S_t. */
    double served(Priority priority, double productWeight) {
        double value = 0;
        for (int g = 0; g < shares.length; g++) {
            if (product.groups().get(g).priority() == priority) {
                value += productWeight * ShareValue.of(shares[g]);
            }
        }
        return value;
    }

    /** Σ over accepted deliveries v_p·|y_n − y'_n|, in labour hours. */
    double stabilityHours() {
        double hours = 0;
        for (int g = 0; g < shares.length; g++) {
            List<NeedDemand> needs = product.groups().get(g).needs();
            for (int n = 0; n < needs.size(); n++) {
                if (needs.get(n).accepted().isPresent()) {
                    hours += Math.abs(deliveries.get(g)[n] - needs.get(n).accepted().getAsDouble());
                }
            }
        }
        return hours * product.hoursPerUnit();
    }

    BigDecimal needsWeight() {
        return BigDecimal.valueOf(needs()).setScale(SCORE_SCALE, RoundingMode.HALF_EVEN);
    }

    BigDecimal stabilityWeight() {
        return BigDecimal.valueOf(stabilityHours()).setScale(SCORE_SCALE, RoundingMode.HALF_EVEN);
    }
}
