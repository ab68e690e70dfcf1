package org.veche.planner.solver;

import java.math.BigDecimal;

/** What one production line adds to a product's output or takes from it as an input. */
record Flow(ProductDemand product, BigDecimal produced, BigDecimal used) {}
