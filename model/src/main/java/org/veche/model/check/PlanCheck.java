package org.veche.model.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.plan.Plan;
import org.veche.model.plan.StabilityReference;

/**
 * The independent plan check: recomputes feasibility and every score level of SPEC §3 from the
 * economy and the plan alone, without the solver. A plan with unknown ids or missing entries is not
 * an error here but a {@link Rule#PLAN_COVERAGE} breach, so every plan gets an evaluation.
 */
public final class PlanCheck {

    private PlanCheck() {}

    /** Evaluates a plan of a first round: stability is 0. */
    public static PlanEvaluation evaluate(Economy economy, Plan plan) {
        return evaluate(economy, plan, StabilityReference.NONE);
    }

    /**
     * Evaluates a plan against the slices accepted in the previous round.
     *
     * @throws IllegalArgumentException if the reference accepts a delivery of a product it has no
     *     labour value for
     */
    public static PlanEvaluation evaluate(Economy economy, Plan plan, StabilityReference reference) {
        Objects.requireNonNull(economy, "economy");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(reference, "reference");
        PlanCoverage.Reading reading = PlanCoverage.read(economy, plan);
        PlannedQuantities quantities = reading.quantities();
        NeedShares shares = NeedShares.of(quantities);
        List<Breach> breaches = new ArrayList<>(reading.breaches());
        breaches.addAll(ProductionRules.check(economy, quantities));
        breaches.addAll(BalanceRules.check(economy, quantities));
        breaches.addAll(DeliveryRules.check(economy, quantities));
        breaches.addAll(FairSharing.check(economy, quantities, shares.shares()));
        breaches.sort(Comparator.comparing(Breach::rule));
        PlanScore score = score(economy, quantities, shares, breaches, Stability.of(quantities, reference));
        return new PlanEvaluation(score, breaches, shares.shares(), shares.quantityShares());
    }

    private static PlanScore score(Economy economy, PlannedQuantities quantities, NeedShares shares,
            List<Breach> breaches, double stability) {
        Map<Priority, Double> levels = shares.levels(economy);
        double hard = -breaches.stream().mapToDouble(Breach::size).sum();
        return new PlanScore(
                breaches.isEmpty(),
                hard == 0 ? 0 : hard,
                NeedShares.needs(levels, economy.policy().priorityWeights()),
                levels.get(Priority.ESSENTIAL),
                levels.get(Priority.IMPORTANT),
                levels.get(Priority.DESIRED),
                stability,
                quantities.runs().stream().mapToDouble(PlannedRun::hours).sum(),
                quantities.runs().stream().mapToDouble(PlannedRun::emissions).sum());
    }
}
