/**
 * What a plan must also tell (SPEC §3): {@link org.veche.planner.analysis.PlanAnalysis#analyse} turns an
 * economy, a plan and the LP valuations into a {@link org.veche.planner.analysis.PlanReport} — product
 * flows and {@link org.veche.planner.analysis.LabourValues labour values}, each collective's hours, each
 * local's deliveries and the plan-wide metrics (shares per priority, member hours,
 * {@link org.veche.planner.analysis.Gini Gini} of essential shares). Plain records; no judgement of
 * feasibility, which is {@code org.veche.model.check.PlanCheck}'s.
 */
package org.veche.planner.analysis;
