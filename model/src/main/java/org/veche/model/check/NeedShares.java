package org.veche.model.check;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.PriorityWeights;
import org.veche.model.plan.NeedGroup;

/**
 * The shares r_{p,t} = Σ y_n / Σ q_n of every need group with demand, and the `needs` score level
 * built on them: S_t = Σ_p w_p·u(r_{p,t}), needs = Σ_t W_t·S_t. A group whose total demand is 0 is
 * not scored.
 */
final class NeedShares {

    private final Map<NeedGroup, Double> delivered = new LinkedHashMap<>();
    private final Map<NeedGroup, Double> requested = new LinkedHashMap<>();
    private final Map<NeedGroup, Double> shares = new LinkedHashMap<>();

    private NeedShares(PlannedQuantities plan) {
        for (PlannedDelivery delivery : plan.deliveries()) {
            delivered.merge(delivery.group(), delivery.quantity(), Double::sum);
            requested.merge(delivery.group(), delivery.need().quantity(), Double::sum);
        }
        requested.forEach((group, demand) -> {
            if (demand > 0) {
                shares.put(group, delivered.get(group) / demand);
            }
        });
    }

    static NeedShares of(PlannedQuantities plan) {
        return new NeedShares(plan);
    }

    /** r_{p,t} of every group with demand, in the order the economy first names them. */
    Map<NeedGroup, Double> shares() {
        return Collections.unmodifiableMap(shares);
    }

    /** S_t for every priority (0 where nothing is demanded). */
    Map<Priority, Double> levels(Economy economy) {
        Map<Priority, Double> levels = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            levels.put(priority, 0.0);
        }
        shares.forEach((group, r) -> levels.merge(group.priority(),
                economy.requireProduct(group.product()).weight() * Utility.u(r), Double::sum));
        return levels;
    }

    /** Σ_t W_t·S_t. */
    static double needs(Map<Priority, Double> levels, PriorityWeights weights) {
        return levels.entrySet().stream().mapToDouble(e -> weights.of(e.getKey()) * e.getValue()).sum();
    }

    /** Σ y_n / Σ q_n over all scored groups of each priority that has demand. */
    Map<Priority, Double> quantityShares() {
        Map<Priority, Double> served = new EnumMap<>(Priority.class);
        Map<Priority, Double> asked = new EnumMap<>(Priority.class);
        shares.keySet().forEach(group -> {
            served.merge(group.priority(), delivered.get(group), Double::sum);
            asked.merge(group.priority(), requested.get(group), Double::sum);
        });
        Map<Priority, Double> result = new EnumMap<>(Priority.class);
        asked.forEach((priority, total) -> result.put(priority, served.get(priority) / total));
        return result;
    }
}
