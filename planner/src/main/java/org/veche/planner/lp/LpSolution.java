package org.veche.planner.lp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Priority;
import org.veche.model.plan.Delivery;
import org.veche.model.plan.NeedGroup;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;
import org.veche.model.plan.TechnologyRef;

/**
 * The continuous optimum of the planning LP. {@code production} has every technology;
 * {@code shares} has r_{p,t} for every (product, priority) with demand; deliveries follow by fair
 * sharing (y_n = r·q_n). {@code valuations} are the duals of material balance at the labour-hours
 * level: the labour hours one more unit of each product would cost the economy (Kantorovich's
 * objectively determined valuations). {@code needs}, {@code labourHours}, {@code emissions} are the
 * objective values of the levels. {@code sensitivity} holds the needs level's duals, which the
 * explanations read. {@code unplanned} are the priorities whose needs the LP had no time to plan in
 * full ({@link LpStatus#PARTIAL}: served in part or from what is left over; {@link LpStatus#STOPPED}:
 * every priority). {@code approximate}, only when the LP stopped with no plan
 * ({@link LpStatus#STOPPED}) and one was approximated beside it ({@link FirstOrderNeeds}), is that
 * plan's production as the approximation left it (bounds, balances and hours broken a little: the
 * caller makes it whole before using it); empty otherwise. {@code approximateBound} is an upper
 * bound on the needs level that the approximation's duals prove (HiGHS's interior point gives one),
 * NaN if none: with it a stopped LP still bounds the needs. {@code approximateShares} are the
 * approximation's shares per need group: with its production they explain a plan made from it. An
 * {@link LpStatus#INFEASIBLE} solution has empty maps and zero values.
 */
public record LpSolution(
        LpStatus status,
        Map<TechnologyRef, Double> production,
        Map<NeedGroup, Double> shares,
        Map<String, Double> valuations,
        double needs,
        double stability,
        double labourHours,
        double emissions,
        LpDiagnostics diagnostics,
        LpSensitivity sensitivity,
        Set<Priority> unplanned,
        Map<TechnologyRef, Double> approximate,
        double approximateBound,
        Map<NeedGroup, Double> approximateShares) {

    public LpSolution {
        Objects.requireNonNull(status, "status");
        production = Map.copyOf(production);
        shares = Map.copyOf(shares);
        valuations = Map.copyOf(valuations);
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(sensitivity, "sensitivity: use LpSensitivity.NONE");
        unplanned = unplanned.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(unplanned));
        approximate = Map.copyOf(approximate);
        approximateShares = Map.copyOf(approximateShares);
    }

    /** With no approximate plan. */
    public LpSolution(
            LpStatus status,
            Map<TechnologyRef, Double> production,
            Map<NeedGroup, Double> shares,
            Map<String, Double> valuations,
            double needs,
            double stability,
            double labourHours,
            double emissions,
            LpDiagnostics diagnostics,
            LpSensitivity sensitivity,
            Set<Priority> unplanned) {
        this(status, production, shares, valuations, needs, stability, labourHours, emissions, diagnostics,
                sensitivity, unplanned, Map.of(), Double.NaN, Map.of());
    }

    /** Every priority planned. */
    public LpSolution(
            LpStatus status,
            Map<TechnologyRef, Double> production,
            Map<NeedGroup, Double> shares,
            Map<String, Double> valuations,
            double needs,
            double stability,
            double labourHours,
            double emissions,
            LpDiagnostics diagnostics,
            LpSensitivity sensitivity) {
        this(status, production, shares, valuations, needs, stability, labourHours, emissions, diagnostics,
                sensitivity, Set.of());
    }

    /** The original contract's shape, without sensitivity. */
    public LpSolution(
            LpStatus status,
            Map<TechnologyRef, Double> production,
            Map<NeedGroup, Double> shares,
            Map<String, Double> valuations,
            double needs,
            double stability,
            double labourHours,
            double emissions,
            LpDiagnostics diagnostics) {
        this(status, production, shares, valuations, needs, stability, labourHours, emissions, diagnostics,
                LpSensitivity.NONE);
    }

    /** This solution carrying {@code plan} as its {@link #approximate} plan, with no bound. */
    public LpSolution withApproximate(Map<TechnologyRef, Double> plan) {
        return withApproximate(plan, Double.NaN);
    }

    /** This solution carrying {@code plan} as its {@link #approximate} plan and {@code bound} as its {@link #approximateBound}. */
    public LpSolution withApproximate(Map<TechnologyRef, Double> plan, double bound) {
        return new LpSolution(status, production, shares, valuations, needs, stability, labourHours, emissions,
                diagnostics, sensitivity, unplanned, plan, bound, approximateShares);
    }

    /** This stopped solution carrying {@code approximation}: its production, bound and shares. */
    public LpSolution withApproximate(FirstOrderNeeds.Result approximation) {
        return new LpSolution(status, production, shares, valuations, needs, stability, labourHours, emissions,
                diagnostics, sensitivity, unplanned, approximation.production(), approximation.bound(),
                approximation.shares());
    }

    /**
     * An upper bound on the needs level: the optimum's needs when the LP found it, else the
     * approximation's proven bound if finite; empty when nothing bounds the needs (a stopped or
     * partial LP without one).
     */
    public OptionalDouble needsBound() {
        if (status == LpStatus.OPTIMAL) {
            return OptionalDouble.of(needs);
        }
        return status == LpStatus.STOPPED && Double.isFinite(approximateBound)
                ? OptionalDouble.of(approximateBound)
                : OptionalDouble.empty();
    }

    public double production(TechnologyRef technology) {
        return production.getOrDefault(technology, 0.0);
    }

    public double share(NeedGroup group) {
        return shares.getOrDefault(group, 0.0);
    }

    /** Every need's delivery by fair sharing, y_n = r_{p,t}·q_n (zero where the group has no share). */
    public List<Delivery> deliveries(Economy economy) {
        List<Delivery> deliveries = new ArrayList<>();
        for (Local local : economy.locals()) {
            for (Need need : local.needs()) {
                double share = share(new NeedGroup(need.product(), need.priority()));
                deliveries.add(new Delivery(local.id(), need.product(), need.priority(), share * need.quantity()));
            }
        }
        return deliveries;
    }

    /** This solution as a plan over every technology and need of {@code economy}. */
    public Plan toPlan(Economy economy) {
        List<Production> rows = new ArrayList<>();
        for (Collective collective : economy.collectives()) {
            collective.technologies().forEach(t -> rows.add(new Production(collective.id(), t.product(),
                    production(new TechnologyRef(collective.id(), t.product())))));
        }
        return new Plan(economy.name(), rows, deliveries(economy));
    }

    static LpSolution infeasible(LpDiagnostics diagnostics) {
        return new LpSolution(LpStatus.INFEASIBLE, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0, diagnostics);
    }
}
