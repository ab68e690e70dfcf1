package org.veche.planner.exchange;

import java.util.Objects;
import java.util.Optional;
import org.veche.model.check.PlanScore;
import org.veche.model.plan.Plan;

/** A {@code veche.plan/1} file as read: the plan, and its score when the file carries one. */
public record PlanDocument(Plan plan, Optional<PlanScore> score) {
    public PlanDocument {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(score, "score: use Optional.empty()");
    }
}
