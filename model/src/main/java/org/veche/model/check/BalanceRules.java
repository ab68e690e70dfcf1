package org.veche.model.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veche.model.Economy;
import org.veche.model.Product;

/** The economy-wide rules: material balance of every product and the emission cap. */
final class BalanceRules {

    /** The subject of an emission-cap breach: the economy's total emissions. */
    static final String EMISSIONS = "emissions";

    private final Map<String, Double> output = new HashMap<>();
    private final Map<String, Double> delivered = new HashMap<>();
    private final Map<String, Double> asInput = new HashMap<>();

    private BalanceRules(PlannedQuantities plan) {
        for (PlannedRun run : plan.runs()) {
            output.merge(run.technology().product(), run.quantity(), Double::sum);
            run.technology().inputs().forEach((input, perUnit) ->
                    asInput.merge(input, perUnit * run.quantity(), Double::sum));
        }
        for (PlannedDelivery delivery : plan.deliveries()) {
            delivered.merge(delivery.need().product(), delivery.quantity(), Double::sum);
        }
    }

    static List<Breach> check(Economy economy, PlannedQuantities plan) {
        BalanceRules rules = new BalanceRules(plan);
        List<Breach> breaches = new ArrayList<>();
        economy.products().forEach(product -> rules.materialBalance(product).ifPresent(breaches::add));
        economy.policy().emissionCap().ifPresent(cap -> emissionCap(cap, plan).ifPresent(breaches::add));
        return breaches;
    }

    private Optional<Breach> materialBalance(Product product) {
        String id = product.id();
        double made = output.getOrDefault(id, 0.0);
        double toLocals = delivered.getOrDefault(id, 0.0);
        double inputs = asInput.getOrDefault(id, 0.0);
        double use = toLocals + inputs;
        // SPEC §4: output ≥ use − 1e-6·max(1, use).
        if (use - made <= Tolerance.slack(use)) {
            return Optional.empty();
        }
        String unit = " " + product.unit();
        return Optional.of(new Breach(Rule.MATERIAL_BALANCE, id, use - made, "Product '" + id + "': output "
                + Figures.of(made) + unit + " does not cover its use " + Figures.of(use) + unit + " ("
                + Figures.of(toLocals) + " delivered to locals, " + Figures.of(inputs) + " as inputs); "
                + Figures.of(use - made) + unit + " short. Make more of it or use less."));
    }

    private static Optional<Breach> emissionCap(double cap, PlannedQuantities plan) {
        double total = plan.runs().stream().mapToDouble(PlannedRun::emissions).sum();
        if (Tolerance.atMost(total, cap)) {
            return Optional.empty();
        }
        return Optional.of(new Breach(Rule.EMISSION_CAP, EMISSIONS, total - cap, "Total emissions "
                + Figures.of(total) + " are above the policy's cap " + Figures.of(cap) + " by "
                + Figures.of(total - cap) + ". Produce less of what emits most, or raise the cap."));
    }
}
