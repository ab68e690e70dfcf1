package org.veche.api.solve;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.veche.api.config.VecheConfig;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Priority;
import org.veche.model.plan.NeedGroup;
import org.veche.model.plan.NeedRef;
import org.veche.model.plan.StabilityReference;
import org.veche.planner.Planner;
import org.veche.planner.Progress;
import org.veche.planner.SolveNote;
import org.veche.planner.SolveOptions;
import org.veche.planner.SolvedPlan;
import org.veche.planner.analysis.PlanAnalysis;
import org.veche.planner.analysis.PlanReport;
import org.veche.planner.explain.Explainer;
import org.veche.planner.explain.Explanation;
import org.veche.planner.explain.Relief;

/**
 * The project's planner (Timefold with the exact LP phase, SPEC §3) behind the api's seam. The
 * time limit is {@code veche.solver.time-limit}; the planner's analysis ({@code PlanAnalysis}: labour
 * values, valuations, flows, collectives, locals, metrics) and explanations ({@code Explainer}) ride
 * along with the proposal.
 */
@DefaultBean
@ApplicationScoped
public class PlannerProposalSolver implements ProposalSolver {

    @Inject
    VecheConfig config;

    private final Planner planner = new Planner();

    @Override
    public SolvedProposal solve(Economy economy, StabilityReference stability, Consumer<Progress> progress,
            Consumer<SolveNote> notes) {
        Duration limit = config.solver().timeLimit();
        SolvedPlan solved = planner.solve(economy, new SolveOptions(limit, stability, progress, notes));
        PlanReport report = PlanAnalysis.analyse(economy, solved.plan(), solved.lp().valuations());
        return new SolvedProposal(solved.plan(), solved.score(), report.labourValues(), report.valuations(),
                explanations(economy, solved), metrics(solved, limit), report);
    }

    /** The planner's explanation of each short need group, given to every local with a need in it. */
    static List<SolvedProposal.Explanation> explanations(Economy economy, SolvedPlan solved) {
        List<SolvedProposal.Explanation> explanations = new ArrayList<>();
        Map<NeedGroup, List<NeedRef>> needsByGroup = needsByGroup(economy);
        for (Explanation e : Explainer.explain(economy, solved.lp(), solved.plan())) {
            Map<String, Object> relief = e.relief().map(Relief::fields).orElse(Map.of());
            for (NeedRef need : needsByGroup.getOrDefault(e.group(), List.of())) {
                explanations.add(new SolvedProposal.Explanation(need, e.share(), e.limit().id(), e.subjects(), relief,
                        e.text()));
            }
        }
        return explanations;
    }

    /** The locals' positive needs per group, in the locals' order (a local's first need of a group counts). */
    private static Map<NeedGroup, List<NeedRef>> needsByGroup(Economy economy) {
        Map<NeedGroup, List<NeedRef>> needs = new HashMap<>();
        for (Local local : economy.locals()) {
            Set<NeedGroup> seen = new HashSet<>();
            for (Need need : local.needs()) {
                NeedGroup group = new NeedGroup(need.product(), need.priority());
                if (seen.add(group) && need.quantity() > 0) {
                    needs.computeIfAbsent(group, g -> new ArrayList<>())
                            .add(new NeedRef(local.id(), need.product(), need.priority()));
                }
            }
        }
        return needs;
    }

    static Map<String, Object> metrics(SolvedPlan solved, Duration limit) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("solver", "veche-planner");
        metrics.put("timeLimitSeconds", limit.toMillis() / 1000.0);
        metrics.put("elapsedSeconds", solved.elapsed().toMillis() / 1000.0);
        metrics.put("labourHours", solved.score().labourHours());
        metrics.put("emissions", solved.score().emissions());
        metrics.put("needs", solved.score().needs());
        Map<String, Object> lpBound = new LinkedHashMap<>();
        lpBound.put("status", solved.lp().status().name().toLowerCase());
        lpBound.put("needs", solved.lp().needs());
        lpBound.put("labourHours", solved.lp().labourHours());
        lpBound.put("emissions", solved.lp().emissions());
        lpBound.put("unplanned", solved.lp().unplanned().stream().map(Priority::id).toList());
        // What proves the needs can be no higher: the optimum, or a stopped LP's interior point's duals.
        solved.lp().needsBound().ifPresent(bound -> lpBound.put("needsBound", bound));
        metrics.put("lpBound", lpBound);
        Map<String, Double> shares = new TreeMap<>();
        solved.lp().shares().forEach((group, share) -> shares.put(group.product() + "/" + group.priority().id(), share));
        metrics.put("lpShares", shares);
        return metrics;
    }
}
