package org.veche.planner.explain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.veche.model.plan.NeedGroup;

/**
 * Why a need group is not fully served, for people and for programs: the share served, the
 * binding {@code limit} and its {@code subjects} (technology refs "collective/product", collective
 * ids, or product ids), the chain of short inputs {@code via} (from the product to the limit), the
 * {@link Relief} if one could be estimated, and the same in words.
 */
public record Explanation(
        NeedGroup group,
        double share,
        LimitKind limit,
        List<String> subjects,
        List<String> via,
        Optional<Relief> relief,
        String text) {

    public Explanation {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(limit, "limit");
        subjects = List.copyOf(subjects);
        via = List.copyOf(via);
        Objects.requireNonNull(relief, "relief");
        Objects.requireNonNull(text, "text");
    }
}
