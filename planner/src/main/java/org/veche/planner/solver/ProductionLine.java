package org.veche.planner.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.veche.model.Technology;
import org.veche.model.plan.TechnologyRef;

/**
 * One technology (c, p) and its planned output x_cp, the only decision the solver makes: deliveries
 * follow from production by {@link FairSharing}. See {@link QuantityRange} for its domain.
 */
@PlanningEntity
public class ProductionLine {

    @PlanningId
    private String id;
    private TechnologyRef ref;
    private Technology technology;
    private CollectiveHours collective;
    private ProductDemand output;
    private List<InputUse> inputs;
    private OptionalDouble accepted;

    @PlanningVariable(valueRangeProviderRefs = "quantityRange")
    private Double quantity;

    /** For Timefold's solution cloner. */
    public ProductionLine() {}

    ProductionLine(TechnologyRef ref, Technology technology, CollectiveHours collective, ProductDemand output,
            List<InputUse> inputs, OptionalDouble accepted) {
        this.id = ref.toString();
        this.ref = ref;
        this.technology = technology;
        this.collective = collective;
        this.output = output;
        this.inputs = List.copyOf(inputs);
        this.accepted = accepted;
        this.quantity = 0.0;
    }

    @ValueRangeProvider(id = "quantityRange")
    public CountableValueRange<Double> getQuantityRange() {
        return new QuantityRange(technology.minOutput(), technology.maxOutput());
    }

    public String getId() {
        return id;
    }

    public TechnologyRef ref() {
        return ref;
    }

    public Technology technology() {
        return technology;
    }

    public CollectiveHours collective() {
        return collective;
    }

    public ProductDemand output() {
        return output;
    }

    List<InputUse> inputs() {
        return inputs;
    }

    OptionalDouble accepted() {
        return accepted;
    }

    public Double getQuantity() {
        return quantity;
    }

    public void setQuantity(Double quantity) {
        this.quantity = quantity;
    }

    double quantity() {
        return quantity == null ? 0 : quantity;
    }

    /** Whole units only: the product is indivisible. */
    boolean integral() {
        return !output.divisible();
    }

    /** A run below minOutput is not allowed: output is 0 or at least minOutput. */
    boolean minimumRun() {
        return technology.minOutput() > 0;
    }

    /** The line carries a discrete choice that the LP relaxes. */
    boolean discrete() {
        return integral() || minimumRun();
    }

    BigDecimal hours() {
        return Quantities.exact(technology.labourHours() * quantity());
    }

    BigDecimal emissions() {
        return Quantities.exact(technology.emissions() * quantity());
    }

    /** l_cp·|x − x'| for an accepted slice. */
    BigDecimal stabilityHours() {
        double change = Math.abs(quantity() - accepted.orElse(quantity()));
        return Quantities.exact(technology.labourHours() * change);
    }

    /** What this line adds to its product and takes from its inputs; nothing when idle. */
    List<Flow> flows() {
        double x = quantity();
        if (x == 0) {
            return List.of();
        }
        List<Flow> flows = new ArrayList<>(inputs.size() + 1);
        flows.add(new Flow(output, Quantities.exact(x), BigDecimal.ZERO));
        for (InputUse input : inputs) {
            flows.add(new Flow(input.product(), BigDecimal.ZERO, Quantities.exact(input.perUnit() * x)));
        }
        return flows;
    }

    @Override
    public String toString() {
        return id + "=" + quantity;
    }
}
