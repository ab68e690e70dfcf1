package org.veche.planner.solver;

/** a_cp[q]: how much of product q one unit of a line's output uses. */
record InputUse(ProductDemand product, double perUnit) {}
