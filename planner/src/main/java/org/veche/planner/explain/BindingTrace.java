package org.veche.planner.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Technology;
import org.veche.model.plan.TechnologyRef;
import org.veche.planner.lp.LpSensitivity;
import org.veche.planner.lp.LpSolution;

/**
 * Follows a short product upstream to the limits that bind it. With duals (the needs level's
 * {@link LpSensitivity}) a limit binds when its dual is positive and an input is short when its
 * material-balance dual is positive; without them the plan's tight rows stand in: output at
 * maximum, hours at the cap, no surplus of an input (within 1e-7 of the bound, relative; an
 * input's surplus relative to its output), or within a looser tolerance for a point near the
 * optimum but not at it (an interior point stopped by the time limit, {@code Explainer.NEAR_BOUND}).
 */
final class BindingTrace {

    private static final int MAX_DEPTH = 6;
    private static final double TIGHT = 1e-7;

    private final Economy economy;
    private final LpSolution solution;
    private final LpSensitivity duals;
    private final boolean hasDuals;
    private final Map<String, Double> hoursUsed = new HashMap<>();
    private final Map<String, Double> surplus;
    private final double emissions;
    private final double tight;
    private final Map<String, Double> output = new HashMap<>();
    /** Each product's technologies that can make it (maxOutput above 0), with their collectives. */
    private final Map<String, List<Map.Entry<Collective, Technology>>> producers = new HashMap<>();

    BindingTrace(Economy economy, LpSolution solution, Map<String, Double> surplus) {
        this(economy, solution, surplus, TIGHT);
    }

    /**
     * As {@link #BindingTrace(Economy, LpSolution, Map)}, but without duals a row counts as tight
     * within {@code tight} of its bound (relative; an input's surplus relative to its output).
     */
    BindingTrace(Economy economy, LpSolution solution, Map<String, Double> surplus, double tight) {
        this.tight = tight;
        this.economy = economy;
        this.solution = solution;
        this.duals = solution.sensitivity();
        this.hasDuals = !duals.equals(LpSensitivity.NONE);
        this.surplus = surplus;
        double total = 0;
        for (Collective collective : economy.collectives()) {
            double hours = 0;
            for (Technology technology : collective.technologies()) {
                double x = solution.production(ref(collective, technology));
                hours += technology.labourHours() * x;
                output.merge(technology.product(), x, Double::sum);
                if (technology.maxOutput() > 0) {
                    producers.computeIfAbsent(technology.product(), product -> new ArrayList<>())
                            .add(Map.entry(collective, technology));
                }
                total += technology.emissions() * x;
            }
            hoursUsed.put(collective.id(), hours);
        }
        this.emissions = total;
    }

    /** Whether any collective can make {@code product} (a technology with maxOutput above 0). */
    boolean madeByAnyone(String product) {
        return producers.containsKey(product);
    }

    boolean hasDuals() {
        return hasDuals;
    }

    /** The limits binding {@code product}, nearest first. */
    List<Binding> of(String product) {
        List<Binding> found = new ArrayList<>();
        trace(product, List.of(), new HashSet<>(Set.of(product)), found, 0);
        return found;
    }

    private void trace(String product, List<String> via, Set<String> visited, List<Binding> found, int depth) {
        List<String> shortInputs = new ArrayList<>();
        for (Map.Entry<Collective, Technology> maker : producers.getOrDefault(product, List.of())) {
            producer(maker.getKey(), maker.getValue(), via, found, shortInputs);
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        for (String input : shortInputs) {
            if (visited.add(input)) {
                List<String> longer = new ArrayList<>(via);
                longer.add(input);
                trace(input, longer, visited, found, depth + 1);
            }
        }
    }

    private void producer(Collective collective, Technology technology, List<String> via, List<Binding> found,
            List<String> shortInputs) {
        TechnologyRef ref = ref(collective, technology);
        double x = solution.production(ref);
        if (duals.fixed().contains(ref)) {
            found.add(new Binding(LimitKind.FIXED_PRODUCTION, ref.toString(), via, 0, 0));
        } else if (hasDuals ? duals.capacity(ref) > 0 : x >= technology.maxOutput() * (1 - tight)) {
            found.add(new Binding(LimitKind.CAPACITY, ref.toString(), via, duals.capacity(ref), 1));
        } else if (hasDuals ? duals.workingTime(collective.id()) > 0 : hoursTight(collective)) {
            found.add(new Binding(LimitKind.WORKING_TIME, collective.id(), via, duals.workingTime(collective.id()),
                    technology.labourHours()));
        } else if (technology.emissions() > 0 && (hasDuals ? duals.emissionCap() > 0 : emissionTight())) {
            found.add(new Binding(LimitKind.EMISSION_CAP, "emission cap", via, duals.emissionCap(),
                    technology.emissions()));
        } else {
            technology.inputs().forEach((input, a) -> {
                boolean isShort = hasDuals ? duals.material(input) > 0
                        : surplus.getOrDefault(input, 0.0) <= tight * Math.max(1, output.getOrDefault(input, 0.0));
                if (a > 0 && isShort && !shortInputs.contains(input)) {
                    shortInputs.add(input);
                }
            });
        }
    }

    /**
     * How much of {@code binding}'s limit one more unit of {@code product} takes along the chain the
     * trace followed ({@link Binding#via}): the binding's {@link Binding#perUnit} times, for each link
     * of the chain, the input it takes per unit made, averaged over the link's producers by what the
     * plan makes with each (a plain mean where it makes nothing). What the chain alone takes: other
     * inputs are taken to be there. 0 where unknown.
     */
    double requirement(String product, Binding binding) {
        double factor = binding.perUnit();
        String made = product;
        for (String input : binding.via()) {
            factor *= inputPerUnit(made, input);
            made = input;
        }
        return Double.isFinite(factor) ? factor : 0;
    }

    /** {@code input} per unit of {@code product}, averaged over its producers (weighted by the plan's production). */
    private double inputPerUnit(String product, String input) {
        double used = 0;
        double made = 0;
        double sum = 0;
        int count = 0;
        for (Map.Entry<Collective, Technology> maker : producers.getOrDefault(product, List.of())) {
            double a = maker.getValue().inputs().getOrDefault(input, 0.0);
            double x = solution.production(ref(maker.getKey(), maker.getValue()));
            used += a * x;
            made += x;
            sum += a;
            count++;
        }
        return made > 0 ? used / made : count > 0 ? sum / count : 0;
    }

    private boolean hoursTight(Collective collective) {
        double cap = collective.hoursCap(economy.policy());
        return hoursUsed.get(collective.id()) >= cap * (1 - tight) && cap > 0;
    }

    private boolean emissionTight() {
        return economy.policy().emissionCap().stream().anyMatch(cap -> emissions >= cap * (1 - tight));
    }

    double hoursCap(String collective) {
        return economy.collective(collective).map(c -> c.hoursCap(economy.policy())).orElse(0.0);
    }

    private static TechnologyRef ref(Collective collective, Technology technology) {
        return new TechnologyRef(collective.id(), technology.product());
    }
}
