package org.veche.planner.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a plan tells besides its quantities (SPEC §3 "What the plan must also tell"), in economy
 * order. {@code labourValues}: hours embodied per unit, for products that have one (see
 * {@link LabourValues}; a product nothing makes is absent). {@code valuations}: the LP's dual
 * valuations, labour hours one more unit would cost, as given to {@link PlanAnalysis}. Plain records,
 * lists and maps: Jackson writes it as it is.
 */
public record PlanReport(
        String economy,
        List<ProductReport> products,
        List<CollectiveReport> collectives,
        List<LocalReport> locals,
        PlanMetrics metrics,
        Map<String, Double> labourValues,
        Map<String, Double> valuations) {

    public PlanReport {
        Objects.requireNonNull(economy, "economy");
        products = List.copyOf(products);
        collectives = List.copyOf(collectives);
        locals = List.copyOf(locals);
        Objects.requireNonNull(metrics, "metrics");
        labourValues = Collections.unmodifiableMap(new LinkedHashMap<>(labourValues));
        valuations = Collections.unmodifiableMap(new LinkedHashMap<>(valuations));
    }

    /** The labour value of a product; empty if nothing can make it (or one of its inputs). */
    public Optional<Double> labourValue(String product) {
        return Optional.ofNullable(labourValues.get(product));
    }

    public Optional<Double> valuation(String product) {
        return Optional.ofNullable(valuations.get(product));
    }
}
