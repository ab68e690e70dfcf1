package org.veche.planner.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumBigDecimal;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.buildin.bendablebigdecimal.BendableBigDecimalScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The score of SPEC §3, the single definition of it inside the planner. Hard constraints are
 * penalised by the size of the breach (units over capacity or short, hours over the cap...);
 * the soft levels are needs (reward), stability, labourHours and emissions (penalties).
 */
public final class VecheConstraintProvider implements ConstraintProvider {

    public static final String CAPACITY = "capacity";
    public static final String MINIMUM_RUN = "minimumRun";
    public static final String WORKING_TIME_CAP = "workingTimeCap";
    public static final String MATERIAL_BALANCE = "materialBalance";
    public static final String EMISSION_CAP = "emissionCap";
    public static final String INTEGRALITY = "integrality";
    public static final String NEEDS = "needs";
    public static final String STABILITY = "stability";
    public static final String DELIVERY_STABILITY = "deliveryStability";
    public static final String LABOUR_HOURS = "labourHours";
    public static final String EMISSIONS = "emissions";

    static final BendableBigDecimalScore HARD = level(true, 0);
    static final BendableBigDecimalScore NEEDS_LEVEL = level(false, 0);
    static final BendableBigDecimalScore STABILITY_LEVEL = level(false, 1);
    static final BendableBigDecimalScore LABOUR_LEVEL = level(false, 2);
    static final BendableBigDecimalScore EMISSIONS_LEVEL = level(false, 3);

    // Shared instances so that the streams of materialBalance, needs and deliveryStability share nodes.
    private static final Function<ProductionLine, Iterable<Flow>> FLOWS = ProductionLine::flows;
    private static final TriFunction<ProductDemand, BigDecimal, BigDecimal, Allotment> ALLOT =
            (product, produced, used) -> FairSharing.allocate(product, produced.subtract(used).doubleValue());
    private static final Function<Flow, ProductDemand> PRODUCT = Flow::product;
    private static final Function<Flow, BigDecimal> PRODUCED = Flow::produced;
    private static final Function<Flow, BigDecimal> USED = Flow::used;
    private static final Function<ProductDemand, BigDecimal> NOTHING = product -> BigDecimal.ZERO;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            capacity(factory),
            minimumRun(factory),
            workingTimeCap(factory),
            materialBalance(factory),
            emissionCap(factory),
            integrality(factory),
            needs(factory),
            stability(factory),
            deliveryStability(factory),
            labourHours(factory),
            emissions(factory)
        };
    }

    /** x ≤ maxOutput; penalised by the units over it. */
    Constraint capacity(ConstraintFactory factory) {
        return factory.forEach(ProductionLine.class)
                .filter(line -> Quantities.exceeds(line.quantity(), line.technology().maxOutput()))
                .penalizeBigDecimal(HARD, line -> Quantities.exact(line.quantity() - line.technology().maxOutput()))
                .asConstraint(CAPACITY);
    }

    /** x = 0 or x ≥ minOutput; penalised by the units missing to minOutput. */
    Constraint minimumRun(ConstraintFactory factory) {
        return factory.forEach(ProductionLine.class)
                .filter(line -> line.quantity() > 0
                        && Quantities.exceeds(line.technology().minOutput(), line.quantity()))
                .penalizeBigDecimal(HARD, line -> Quantities.exact(line.technology().minOutput() - line.quantity()))
                .asConstraint(MINIMUM_RUN);
    }

    /** Σ_p l·x ≤ m_c·min(h_c, H); penalised by the hours over the cap. */
    Constraint workingTimeCap(ConstraintFactory factory) {
        return factory.forEach(ProductionLine.class)
                .groupBy(ProductionLine::collective, sumBigDecimal(ProductionLine::hours))
                .filter((collective, hours) -> Quantities.exceeds(hours, collective.cap()))
                .penalizeBigDecimal(HARD, (collective, hours) -> hours.subtract(collective.cap()))
                .asConstraint(WORKING_TIME_CAP);
    }

    /** Output covers intermediate use (final deliveries take only what is left); penalised by units short. */
    Constraint materialBalance(ConstraintFactory factory) {
        return balances(factory)
                .filter((product, produced, used) -> Quantities.exceeds(used, produced))
                .penalizeBigDecimal(HARD, (product, produced, used) -> used.subtract(produced))
                .asConstraint(MATERIAL_BALANCE);
    }

    /** Σ e·x ≤ E when a cap is set; penalised by the emissions over it. */
    Constraint emissionCap(ConstraintFactory factory) {
        return factory.forEach(ProductionLine.class)
                .groupBy(sumBigDecimal(ProductionLine::emissions))
                .join(EmissionCap.class)
                .filter((emitted, cap) -> Quantities.exceeds(emitted, cap.cap()))
                .penalizeBigDecimal(HARD, (emitted, cap) -> emitted.subtract(cap.cap()))
                .asConstraint(EMISSION_CAP);
    }

    /** Indivisible products are made in whole units; penalised by the distance to the nearest one. */
    Constraint integrality(ConstraintFactory factory) {
        return factory.forEach(ProductionLine.class)
                .filter(line -> line.integral() && !Quantities.isWhole(line.quantity()))
                .penalizeBigDecimal(HARD, line -> Quantities.exact(Math.abs(line.quantity() - Math.rint(line.quantity()))))
                .asConstraint(INTEGRALITY);
    }

    /** Σ_t W_t·w_p·u(r_{p,t}) over the best fair deliveries of each product's net supply. */
    Constraint needs(ConstraintFactory factory) {
        return balances(factory)
                .map(ALLOT)
                .rewardBigDecimal(NEEDS_LEVEL, Allotment::needsWeight)
                .asConstraint(NEEDS);
    }

    /** Accepted production slices changed, in labour hours l·|x − x'|. */
    Constraint stability(ConstraintFactory factory) {
        return factory.forEach(ProductionLine.class)
                .filter(line -> line.accepted().isPresent())
                .penalizeBigDecimal(STABILITY_LEVEL, ProductionLine::stabilityHours)
                .asConstraint(STABILITY);
    }

    /** Accepted deliveries changed, in labour hours v_p·|y − y'|. */
    Constraint deliveryStability(ConstraintFactory factory) {
        return balances(factory)
                .filter((product, produced, used) -> product.hasAcceptedDeliveries())
                .map(ALLOT)
                .penalizeBigDecimal(STABILITY_LEVEL, Allotment::stabilityWeight)
                .asConstraint(DELIVERY_STABILITY);
    }

    /** Total labour hours Σ l·x: the shorter working day. */
    Constraint labourHours(ConstraintFactory factory) {
        return factory.forEach(ProductionLine.class)
                .filter(line -> line.quantity() > 0)
                .penalizeBigDecimal(LABOUR_LEVEL, ProductionLine::hours)
                .asConstraint(LABOUR_HOURS);
    }

    /** Total emissions Σ e·x. */
    Constraint emissions(ConstraintFactory factory) {
        return factory.forEach(ProductionLine.class)
                .filter(line -> line.quantity() > 0)
                .penalizeBigDecimal(EMISSIONS_LEVEL, ProductionLine::emissions)
                .asConstraint(EMISSIONS);
    }

    /** Per product: (product, produced, used by production), every product included. */
    private static TriConstraintStream<ProductDemand, BigDecimal, BigDecimal> balances(ConstraintFactory factory) {
        return factory.forEach(ProductionLine.class)
                .flattenLast(FLOWS)
                .groupBy(PRODUCT, sumBigDecimal(PRODUCED), sumBigDecimal(USED))
                .complement(ProductDemand.class, NOTHING, NOTHING);
    }

    private static BendableBigDecimalScore level(boolean hard, int index) {
        return hard
                ? BendableBigDecimalScore.ofHard(ProductionPlan.HARD_LEVELS, ProductionPlan.SOFT_LEVELS, index, BigDecimal.ONE)
                : BendableBigDecimalScore.ofSoft(ProductionPlan.HARD_LEVELS, ProductionPlan.SOFT_LEVELS, index, BigDecimal.ONE);
    }
}
