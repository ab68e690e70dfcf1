package org.veche.planner.solver;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.bendablebigdecimal.BendableBigDecimalScore;
import java.util.List;
import org.veche.model.Economy;
import org.veche.model.plan.StabilityReference;

/**
 * The planning problem of one solve: a {@link ProductionLine} per technology, a {@link ProductDemand}
 * per product, a {@link CollectiveHours} per collective and the emission cap if set. The score has
 * one hard level and the four soft levels of SPEC §3: needs, stability, labourHours, emissions.
 */
@PlanningSolution
public class ProductionPlan {

    static final int HARD_LEVELS = 1;
    static final int SOFT_LEVELS = 4;

    private Economy economy;
    private StabilityReference stability;

    @PlanningEntityCollectionProperty
    private List<ProductionLine> lines;
    @ProblemFactCollectionProperty
    private List<ProductDemand> products;
    @ProblemFactCollectionProperty
    private List<CollectiveHours> collectives;
    @ProblemFactCollectionProperty
    private List<EmissionCap> emissionCaps;

    @PlanningScore(bendableHardLevelsSize = HARD_LEVELS, bendableSoftLevelsSize = SOFT_LEVELS)
    private BendableBigDecimalScore score;

    /** For Timefold's solution cloner. */
    public ProductionPlan() {}

    ProductionPlan(Economy economy, StabilityReference stability, List<ProductionLine> lines,
            List<ProductDemand> products, List<CollectiveHours> collectives, List<EmissionCap> emissionCaps) {
        this.economy = economy;
        this.stability = stability;
        this.lines = List.copyOf(lines);
        this.products = List.copyOf(products);
        this.collectives = List.copyOf(collectives);
        this.emissionCaps = List.copyOf(emissionCaps);
    }

    public Economy economy() {
        return economy;
    }

    public StabilityReference stability() {
        return stability;
    }

    public List<ProductionLine> lines() {
        return lines;
    }

    public List<ProductDemand> products() {
        return products;
    }

    public List<CollectiveHours> collectives() {
        return collectives;
    }

    public List<EmissionCap> emissionCaps() {
        return emissionCaps;
    }

    public BendableBigDecimalScore getScore() {
        return score;
    }

    public void setScore(BendableBigDecimalScore score) {
        this.score = score;
    }

    /** Whether any technology makes an indivisible product or has a minimum run. */
    boolean hasDiscreteChoices() {
        return lines.stream().anyMatch(ProductionLine::discrete);
    }
}
