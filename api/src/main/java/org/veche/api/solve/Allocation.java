package org.veche.api.solve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Product;
import org.veche.model.Technology;
import org.veche.model.plan.TechnologyRef;

/**
 * Finds production that covers a final demand and every input it needs, or says there is none.
 * Gross requirements g = d + A·x are raised until the production x filled in for them covers them;
 * each product is filled from its technologies in order of labour hours per unit (cheapest first).
 */
final class Allocation {

    private static final int MAX_PASSES = 200;
    private static final double TOLERANCE = 1e-9;

    private record Slot(Collective collective, Technology technology) {
        TechnologyRef ref() {
            return new TechnologyRef(collective.id(), technology.product());
        }
    }

    private final Economy economy;
    private final Map<String, List<Slot>> slotsByProduct = new HashMap<>();

    Allocation(Economy economy) {
        this.economy = economy;
        for (Collective c : economy.collectives()) {
            for (Technology t : c.technologies()) {
                slotsByProduct.computeIfAbsent(t.product(), k -> new ArrayList<>()).add(new Slot(c, t));
            }
        }
        slotsByProduct.values().forEach(slots -> slots.sort(
                Comparator.comparingDouble((Slot s) -> s.technology().labourHours())
                        .thenComparing(s -> s.collective().id())));
    }

    /** Production covering {@code finalDemand} (product → quantity), if this greedy finds one. */
    Optional<Map<TechnologyRef, Double>> cover(Map<String, Double> finalDemand) {
        Map<String, Double> gross = new HashMap<>(finalDemand);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Optional<Map<TechnologyRef, Double>> production = fill(gross);
            if (production.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Double> required = required(finalDemand, production.get());
            Map<String, Double> output = output(production.get());
            if (covers(output, required)) {
                return production;
            }
            required.forEach((p, q) -> gross.merge(p, q, Math::max));
        }
        return Optional.empty();
    }

    private Optional<Map<TechnologyRef, Double>> fill(Map<String, Double> gross) {
        Map<String, Double> hoursLeft = new HashMap<>();
        economy.collectives().forEach(c -> hoursLeft.put(c.id(), c.hoursCap(economy.policy())));
        Map<TechnologyRef, Double> production = new HashMap<>();
        for (String product : gross.keySet().stream().sorted().toList()) {
            double left = gross.get(product);
            Product unit = economy.requireProduct(product);
            for (Slot slot : slotsByProduct.getOrDefault(product, List.of())) {
                if (left <= TOLERANCE) {
                    break;
                }
                double take = take(slot, left, hoursLeft.get(slot.collective().id()), unit.divisible());
                if (take > 0) {
                    production.put(slot.ref(), take);
                    hoursLeft.merge(slot.collective().id(), -take * slot.technology().labourHours(), Double::sum);
                    left -= take;
                }
            }
            if (left > TOLERANCE * Math.max(1, gross.get(product))) {
                return Optional.empty();
            }
        }
        return Optional.of(production);
    }

    /** How much one technology makes towards {@code wanted}, within its output range and hours. */
    private static double take(Slot slot, double wanted, double hoursLeft, boolean divisible) {
        Technology t = slot.technology();
        double byHours = t.labourHours() > 0 ? Math.max(0, hoursLeft) / t.labourHours() : Double.MAX_VALUE;
        double limit = Math.min(t.maxOutput(), byHours);
        if (!divisible) {
            limit = Math.floor(limit + 1e-9);
        }
        double take = Math.min(wanted, limit);
        if (!divisible) {
            take = Math.min(Math.ceil(take - 1e-9), limit);
        }
        if (take > 0 && take < t.minOutput()) {
            take = t.minOutput() <= limit ? t.minOutput() : 0; // a run below minOutput is not worth starting
        }
        return Math.max(0, take);
    }

    private Map<String, Double> required(Map<String, Double> finalDemand, Map<TechnologyRef, Double> production) {
        Map<String, Double> required = new HashMap<>(finalDemand);
        production.forEach((ref, x) -> technology(ref).inputs()
                .forEach((input, a) -> required.merge(input, a * x, Double::sum)));
        return required;
    }

    private static Map<String, Double> output(Map<TechnologyRef, Double> production) {
        Map<String, Double> output = new HashMap<>();
        production.forEach((ref, x) -> output.merge(ref.product(), x, Double::sum));
        return output;
    }

    private static boolean covers(Map<String, Double> output, Map<String, Double> required) {
        return required.entrySet().stream().allMatch(e ->
                output.getOrDefault(e.getKey(), 0.0) + 1e-7 * Math.max(1, e.getValue()) >= e.getValue());
    }

    Technology technology(TechnologyRef ref) {
        return economy.collective(ref.collective()).flatMap(c -> c.technology(ref.product())).orElseThrow();
    }
}
