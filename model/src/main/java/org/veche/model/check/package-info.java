/**
 * The independent plan check: {@link org.veche.model.check.PlanCheck#evaluate} recomputes a plan's
 * feasibility (each broken {@link org.veche.model.check.Rule} as a {@link org.veche.model.check.Breach}
 * sized in its natural unit) and every score level of SPEC §3 from the economy and the plan alone,
 * so that a solver's claims can be verified. Comparisons use {@link org.veche.model.check.Tolerance}:
 * relative 1e-6, as SPEC §4 fixes.
 */
package org.veche.model.check;
