package org.veche.api.store;

import java.util.Optional;

/**
 * One line of a proposal: a collective's production of a product, a local's delivery for a need
 * ({@code requested} is the need's quantity), or a product's labour value (hours per unit).
 */
public record ProposalLineRow(
        String kind,
        Optional<String> assemblyId,
        String product,
        Optional<String> priority,
        double quantity,
        Optional<Double> requested) {

    public static final String PRODUCTION = "production";
    public static final String DELIVERY = "delivery";
    public static final String LABOUR_VALUE = "labour-value";
}
