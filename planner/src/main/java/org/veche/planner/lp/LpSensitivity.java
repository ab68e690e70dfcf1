package org.veche.planner.lp;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.veche.model.plan.TechnologyRef;

/**
 * What relieving each limit would be worth at the `needs` level (level 1), from that level's duals:
 * needs score gained per free unit of a product ({@code material}), per extra working hour of a
 * collective ({@code workingTime}), per unit of emission cap, and per unit of extra maxOutput of a
 * technology at its maximum ({@code capacity}). Marginal rates: exact only while the optimal basis
 * stays the same; at a degenerate optimum one of several valid rates. {@code fixed} names the
 * technologies whose production was pinned by the caller.
 */
public record LpSensitivity(
        Map<String, Double> material,
        Map<String, Double> workingTime,
        double emissionCap,
        Map<TechnologyRef, Double> capacity,
        Set<TechnologyRef> fixed) {

    public static final LpSensitivity NONE = new LpSensitivity(Map.of(), Map.of(), 0, Map.of(), Set.of());

    public LpSensitivity {
        material = Map.copyOf(material);
        workingTime = Map.copyOf(workingTime);
        capacity = Map.copyOf(capacity);
        fixed = Set.copyOf(Objects.requireNonNull(fixed, "fixed"));
    }

    public double material(String product) {
        return material.getOrDefault(product, 0.0);
    }

    public double workingTime(String collective) {
        return workingTime.getOrDefault(collective, 0.0);
    }

    public double capacity(TechnologyRef technology) {
        return capacity.getOrDefault(technology, 0.0);
    }

    /**
     * Reads the duals of the needs level from the solver. Signs follow OR-Tools: a dual is the change
     * of the objective per unit increase of the row's bound; relieving a ≥ row lowers its bound.
     */
    static LpSensitivity read(PlanningLp lp, Set<TechnologyRef> fixed) {
        Map<String, Double> material = new HashMap<>();
        lp.balance.forEach((product, row) -> put(material, product, -row.dualValue()));
        Map<String, Double> workingTime = new HashMap<>();
        lp.workingTime.forEach((collective, row) -> put(workingTime, collective, row.dualValue()));
        double emission = lp.emissionCap.map(row -> LexicographicSolve.clean(row.dualValue())).orElse(0.0);
        Map<TechnologyRef, Double> capacity = new HashMap<>();
        for (int i = 0; i < lp.x.length; i++) {
            TechnologyRef ref = lp.technologies.get(i);
            if (!fixed.contains(ref)) {
                put(capacity, ref, lp.x[i].reducedCost());
            }
        }
        return new LpSensitivity(material, workingTime, emission, capacity, fixed);
    }

    private static <K> void put(Map<K, Double> map, K key, double value) {
        double cleaned = LexicographicSolve.clean(value);
        if (cleaned > 0) {
            map.put(key, cleaned);
        }
    }
}
