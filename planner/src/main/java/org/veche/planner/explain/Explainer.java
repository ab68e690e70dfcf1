package org.veche.planner.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.Technology;
import org.veche.model.plan.NeedGroup;
import org.veche.model.plan.Plan;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.lp.LpSensitivity;
import org.veche.planner.lp.LpSolution;
import org.veche.planner.lp.LpStatus;
import org.veche.planner.lp.NeedGroups;
import org.veche.planner.lp.ShareUtility;

/**
 * Explains every need group the plan does not fully serve: the binding limit, traced from the
 * product through its short inputs ({@link BindingTrace}), and what would relieve it.
 *
 * <p>Relief is estimated from the needs level's duals, not by re-solving: the gain wanted is the
 * rest of the group's current quarter of u (up to the next ¼ boundary, where u's slope changes),
 * worth (next − r)·W_t·w_p·slope needs; the relief amount is that divided by the limit's dual (needs
 * per hour, per unit of capacity, per unit of emission). Limits of the method: a dual is a marginal
 * rate, exact only while the optimal basis holds; relief may be shared with other groups of equal
 * marginal value (hence "up to"); at a degenerate optimum the dual is one of several valid ones.
 * Without duals (a plan made from an approximation of the LP, or an LP solved by HiGHS) the relief
 * is reckoned along the chain the trace followed instead: the quantity the group lacks up to its
 * next quarter, times what one unit of it takes of the limit through that chain
 * ({@link BindingTrace#requirement}); the same figure as the duals' where the chain is the only way
 * and its other inputs are there, as at the mill and bakery.
 */
public final class Explainer {

    private static final double SERVED = 1 - 1e-6;

    private final Economy economy;
    private final LpSolution solution;
    private final BindingTrace trace;
    private final ExplanationText text;
    private final Map<NeedGroup, Double> demands;

    /**
     * How near its bound a row of an approximation must be to count as a limit: an interior point
     * stopped near the optimum (HiGHS's, {@link LpSolution#approximate}) has no row exactly at its
     * bound, nor duals to trust. Measured at 20,000 popular products, IPX stopped after 40 s (needs
     * 1.4e-5 from the optimum) against IPX run to its tolerance: of the 1,746 working-time caps that
     * bind at the optimum, 1,516 are within 1 % of their cap at the stopped point, and 23 others
     * are; its duals were 31 % off the optimum's on average, so relief is not reckoned from them.
     */
    static final double NEAR_BOUND = 0.01;

    /**
     * How near to fully an approximation must serve a group for its shortfall to be put down to
     * the time limit rather than traced. Measured at 20,000 popular products, 60 s, against the
     * exact optimum: continuous, of the 108 groups the optimum serves in full that the plan leaves
     * short, 71 are within 1e-3 at the interior point (the other 37 down to 0.971), and 1 of the 125
     * the optimum leaves short is (its point 0.99920); discrete (the relaxation's point), 3,578 of
     * 3,590 and none of 88.
     */
    static final double NEARLY_FULL = 1e-3;

    /** Whether the solution is the point of an approximation of the LP, not the LP's optimum. */
    private final boolean approximated;

    private Explainer(Economy economy, LpSolution solution, boolean approximated) {
        this.economy = economy;
        this.solution = solution;
        this.approximated = approximated;
        this.trace = approximated
                ? new BindingTrace(economy, solution, surplus(economy, solution), NEAR_BOUND)
                : new BindingTrace(economy, solution, surplus(economy, solution));
        this.text = new ExplanationText(economy, trace);
        this.demands = NeedGroups.demands(economy);
    }

    /**
     * As {@link #explain(Economy, LpSolution)}, but when the LP stopped before it found any plan the
     * groups and shares are {@code plan}'s: the plan was made whole from an approximation of the LP
     * (HiGHS's interior point's, or PDLP's), or with discrete choices by the repair beside the LP
     * (from the dive's own model, or a whole plan of the needs of the highest weight alone), and its
     * shares are the only ones there are. Where an approximation came with its shares (HiGHS's
     * interior point's, or PDLP's: {@link LpSolution#approximateShares}), each need it left short is
     * explained by the limits its point is within {@link #NEAR_BOUND} of, traced as for the
     * optimum, with relief reckoned along the chain, and said to be the approximation's; a need it
     * served nearly in full ({@link #NEARLY_FULL}) is put down to the time limit. Otherwise every
     * need is put down to the time limit.
     */
    public static List<Explanation> explain(Economy economy, LpSolution solution, Plan plan) {
        if (solution.status() != LpStatus.STOPPED) {
            return explain(economy, solution);
        }
        Map<NeedGroup, Double> delivered = new HashMap<>();
        plan.deliveries().forEach(d -> delivered.merge(new NeedGroup(d.product(), d.priority()), d.quantity(), Double::sum));
        Map<NeedGroup, Double> shares = new LinkedHashMap<>();
        NeedGroups.demands(economy).forEach((group, demand) ->
                shares.put(group, Math.min(1, delivered.getOrDefault(group, 0.0) / demand)));
        Map<NeedGroup, Double> approximated = solution.approximateShares();
        Explainer explainer = approximated.isEmpty() ? new Explainer(economy, solution, false)
                : new Explainer(economy, atApproximation(solution), true);
        List<Explanation> explanations = new ArrayList<>();
        shares.forEach((group, share) -> {
            if (share >= SERVED) {
                return;
            }
            if (approximated.isEmpty()) {
                explanations.add(share > 0 ? explainer.text.timeLimitWithPlan(group, share)
                        : explainer.text.timeLimit(group, share));
            } else if (approximated.getOrDefault(group, 0.0) >= 1 - NEARLY_FULL) {
                explanations.add(explainer.text.nearlyFullBeforeTheTimeLimit(group, share, approximated.get(group)));
            } else {
                explanations.add(explainer.explain(group, share));
            }
        });
        return explanations;
    }

    /** A stopped solution seen at its approximation's point: its production and shares, no duals. */
    private static LpSolution atApproximation(LpSolution stopped) {
        return new LpSolution(LpStatus.STOPPED, stopped.approximate(), stopped.approximateShares(), Map.of(),
                stopped.needs(), 0, 0, 0, stopped.diagnostics(), LpSensitivity.NONE);
    }

    /** One explanation per need group with demand that the solution serves below 100 %. */
    public static List<Explanation> explain(Economy economy, LpSolution solution) {
        Explainer explainer = new Explainer(economy, solution, false);
        List<Explanation> explanations = new ArrayList<>();
        for (NeedGroup group : NeedGroups.demands(economy).keySet()) {
            double share = solution.share(group);
            if (share < SERVED) {
                explanations.add(explainer.explain(group, share));
            }
        }
        return explanations;
    }

    private Explanation explain(NeedGroup group, double share) {
        if (solution.status() == LpStatus.STOPPED && !approximated) {
            return text.timeLimit(group, share);
        }
        if (solution.unplanned().contains(group.priority())) {
            List<Priority> planned = Arrays.stream(Priority.values())
                    .filter(p -> !solution.unplanned().contains(p))
                    .filter(p -> solution.shares().keySet().stream().anyMatch(g -> g.priority() == p))
                    .toList();
            return text.notReached(group, share, planned);
        }
        if (!trace.madeByAnyone(group.product())) {
            return text.nothingMakesIt(group, share);
        }
        List<Binding> bindings = trace.of(group.product());
        if (bindings.isEmpty()) {
            return text.untraced(group, share);
        }
        Binding first = bindings.get(0);
        List<Binding> sameLimit = bindings.stream()
                .filter(b -> b.kind() == first.kind() && b.via().equals(first.via()))
                .toList();
        Optional<Relief> relief = relief(group, share, sameLimit);
        Optional<NeedGroup> higher = higherPriorityServed(group);
        return text.limited(group, share, sameLimit, relief, higher, approximated);
    }

    /**
     * The relief that would lift the group to its next quarter: at the best rate among the limits
     * (their duals), or without duals at the one whose chain takes least of it per unit.
     */
    private Optional<Relief> relief(NeedGroup group, double share, List<Binding> limits) {
        double next = Math.min(1, (Math.floor(share / 0.25 + 1e-9) + 1) * 0.25);
        if (!trace.hasDuals()) {
            double lacking = (next - share) * demands.getOrDefault(group, 0.0);
            Optional<Map.Entry<Binding, Double>> cheapest = limits.stream()
                    .map(b -> Map.entry(b, trace.requirement(group.product(), b)))
                    .filter(b -> b.getValue() > 0)
                    .min(Map.Entry.comparingByValue());
            if (cheapest.isEmpty() || lacking <= 0) {
                return Optional.empty();
            }
            Binding best = cheapest.get().getKey();
            return Optional.of(new Relief(best.kind(), best.subject(), lacking * cheapest.get().getValue(),
                    text.unit(best), next - share));
        }
        Binding best = limits.stream().max((a, b) -> Double.compare(a.rate(), b.rate())).orElseThrow();
        double worth = economy.policy().priorityWeights().of(group.priority())
                * economy.requireProduct(group.product()).weight() * ShareUtility.marginalSlope(share);
        double needsWanted = (next - share) * worth;
        if (best.rate() <= 0 || needsWanted <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Relief(best.kind(), best.subject(), needsWanted / best.rate(),
                text.unit(best), next - share));
    }

    /**
     * A higher priority of the same product that the plan serves fully (an approximation: within
     * {@link #NEAR_BOUND} of fully), if any.
     */
    private Optional<NeedGroup> higherPriorityServed(NeedGroup group) {
        for (Priority priority : Priority.values()) {
            if (priority.ordinal() >= group.priority().ordinal()) {
                break;
            }
            NeedGroup higher = new NeedGroup(group.product(), priority);
            double served = approximated ? 1 - NEAR_BOUND : SERVED;
            if (solution.shares().containsKey(higher) && solution.share(higher) >= served) {
                return Optional.of(higher);
            }
        }
        return Optional.empty();
    }

    /** Output minus intermediate use minus final deliveries, per product. */
    static Map<String, Double> surplus(Economy economy, LpSolution solution) {
        Map<String, Double> surplus = new HashMap<>();
        for (Collective collective : economy.collectives()) {
            for (Technology technology : collective.technologies()) {
                double x = solution.production(new TechnologyRef(collective.id(), technology.product()));
                surplus.merge(technology.product(), x, Double::sum);
                technology.inputs().forEach((input, a) -> surplus.merge(input, -a * x, Double::sum));
            }
        }
        NeedGroups.demands(economy).forEach((group, demand) ->
                surplus.merge(group.product(), -solution.share(group) * demand, Double::sum));
        return surplus;
    }
}
