package org.veche.model.check;

/**
 * The score of SPEC §3, level by level, as the plan file carries it. {@code hard} is 0 for a
 * feasible plan and minus the size of the breaches otherwise; {@code needs} = Σ_t W_t·S_t where
 * {@code essential}, {@code important}, {@code desired} are S_t = Σ_p w_p·u(r_{p,t});
 * {@code stability} ≤ 0; {@code labourHours} and {@code emissions} are totals (the score levels are
 * their negatives).
 */
public record PlanScore(
        boolean feasible,
        double hard,
        double needs,
        double essential,
        double important,
        double desired,
        double stability,
        double labourHours,
        double emissions) {}
