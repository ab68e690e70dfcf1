package org.veche.model.check;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.veche.model.Priority;
import org.veche.model.plan.NeedGroup;

/**
 * What {@link PlanCheck} finds in a plan: its score, every breach (ordered by {@link Rule}, then in
 * the economy's order), the realised share r_{p,t} of every need group with demand (in the order the
 * economy first names them; a group whose total demand is 0 is absent), and per priority with demand
 * the quantity-weighted share Σ y_n / Σ q_n.
 */
public record PlanEvaluation(
        PlanScore score,
        List<Breach> breaches,
        Map<NeedGroup, Double> shares,
        Map<Priority, Double> quantityShares) {

    public PlanEvaluation {
        Objects.requireNonNull(score, "score");
        breaches = List.copyOf(breaches);
        shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
        Map<Priority, Double> byPriority = new EnumMap<>(Priority.class);
        byPriority.putAll(quantityShares);
        quantityShares = Collections.unmodifiableMap(byPriority);
    }

    /** No breach at all. */
    public boolean feasible() {
        return score.feasible();
    }

    /** The breaches of one rule. */
    public List<Breach> breaches(Rule rule) {
        return breaches.stream().filter(b -> b.rule() == rule).toList();
    }

    /** r_{p,t} of a group; empty when the group has no demand. */
    public OptionalDouble share(NeedGroup group) {
        Double share = shares.get(group);
        return share == null ? OptionalDouble.empty() : OptionalDouble.of(share);
    }

    /** The quantity-weighted share of a priority; empty when nothing is demanded at it. */
    public OptionalDouble quantityShare(Priority priority) {
        Double share = quantityShares.get(priority);
        return share == null ? OptionalDouble.empty() : OptionalDouble.of(share);
    }
}
