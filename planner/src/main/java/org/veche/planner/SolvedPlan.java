package org.veche.planner;

import java.time.Duration;
import java.util.Objects;
import org.veche.model.check.PlanScore;
import org.veche.model.plan.Plan;
import org.veche.planner.lp.LpSolution;

/**
 * The result of {@link Planner#solve}: the plan (every technology and need), its score level by
 * level, the LP relaxation (its needs level is an upper bound, its labour hours a lower bound at
 * that needs level), Timefold's score analysis summary, and the wall time spent.
 */
public record SolvedPlan(Plan plan, PlanScore score, LpSolution lp, String scoreExplanation, Duration elapsed) {

    public SolvedPlan {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(lp, "lp");
        Objects.requireNonNull(scoreExplanation, "scoreExplanation");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
