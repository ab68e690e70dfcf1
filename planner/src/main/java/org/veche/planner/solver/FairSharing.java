package org.veche.planner.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The best fair deliveries of one product given its net supply. The `needs` level is separable and
 * concave per group, so filling quarter segments in order of marginal value per unit
 * (W_t·w_p·slope / Σq) is optimal. Indivisible products deliver whole units: the group totals are
 * whole and each need gets r·q_n rounded by largest remainder, within one unit of its fair share.
 */
final class FairSharing {

    private FairSharing() {}

    private record Segment(int group, double length, double value) {}

    static Allotment allocate(ProductDemand product, double netSupply) {
        List<GroupDemand> groups = product.groups();
        double supply = Math.max(0, netSupply);
        double available = product.divisible() ? supply : Math.floor(supply + Quantities.TOLERANCE);
        double[] totals = fill(groups, available);
        if (!product.divisible()) {
            wholeTotals(groups, totals, available);
        }
        double[] shares = new double[groups.size()];
        List<double[]> deliveries = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            GroupDemand group = groups.get(g);
            shares[g] = group.total() > 0 ? Math.min(1, totals[g] / group.total()) : 0;
            deliveries.add(product.divisible() ? proportional(group, shares[g]) : whole(group, totals[g]));
        }
        return new Allotment(product, supply, shares, deliveries);
    }

    private static double[] fill(List<GroupDemand> groups, double available) {
        List<Segment> segments = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            GroupDemand group = groups.get(g);
            if (group.total() <= 0) {
                continue;
            }
            for (double slope : ShareValue.SLOPES) {
                segments.add(new Segment(g, group.total() * ShareValue.QUARTER, group.weight() * slope / group.total()));
            }
        }
        // Stable sort: ties keep the groups' order (essential before important before desired).
        segments.sort(Comparator.comparingDouble(Segment::value).reversed());
        double[] totals = new double[groups.size()];
        double left = available;
        for (Segment segment : segments) {
            double take = Math.min(left, segment.length());
            totals[segment.group()] += take;
            left -= take;
            if (left <= 0) {
                break;
            }
        }
        return totals;
    }

    /** Rounds group totals down to whole units and hands the leftover units to the groups with room. */
    private static void wholeTotals(List<GroupDemand> groups, double[] totals, double available) {
        double used = 0;
        for (int g = 0; g < totals.length; g++) {
            totals[g] = Math.floor(totals[g] + Quantities.TOLERANCE);
            used += totals[g];
        }
        double left = available - used;
        for (int g = 0; g < totals.length && left >= 1; g++) {
            double room = groups.get(g).total() - totals[g];
            double give = Math.min(left, Math.floor(room));
            totals[g] += give;
            left -= give;
        }
    }

    private static double[] proportional(GroupDemand group, double share) {
        double[] values = new double[group.needs().size()];
        for (int n = 0; n < values.length; n++) {
            values[n] = share * group.needs().get(n).quantity();
        }
        return values;
    }

    /** y_n whole, Σ y_n = total, each within one unit of total·q_n/Σq (largest remainder). */
    private static double[] whole(GroupDemand group, double total) {
        List<NeedDemand> needs = group.needs();
        double[] values = new double[needs.size()];
        double[] remainders = new double[needs.size()];
        double given = 0;
        for (int n = 0; n < values.length; n++) {
            double fair = group.total() > 0 ? total * needs.get(n).quantity() / group.total() : 0;
            values[n] = Math.floor(fair + Quantities.TOLERANCE);
            remainders[n] = fair - values[n];
            given += values[n];
        }
        long left = Math.round(total - given);
        Integer[] order = new Integer[values.length];
        for (int n = 0; n < order.length; n++) {
            order[n] = n;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int i = 0; i < order.length && left > 0; i++) {
            values[order[i]] += 1;
            left--;
        }
        return values;
    }
}
