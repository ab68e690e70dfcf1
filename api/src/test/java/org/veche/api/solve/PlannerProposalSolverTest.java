package org.veche.api.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.plan.StabilityReference;
import org.veche.planner.Planner;
import org.veche.planner.SolveOptions;
import org.veche.planner.SolvedPlan;
import org.veche.planner.bench.SyntheticEconomy;
import org.veche.planner.bench.SyntheticParameters;
import org.veche.planner.lp.LpDiagnostics;
import org.veche.planner.lp.LpPhase;
import org.veche.planner.lp.LpSensitivity;
import org.veche.planner.lp.LpSolution;
import org.veche.planner.lp.LpStatus;
import org.veche.planner.lp.NeedGroups;
import org.veche.planner.solver.LinearProgram;

/** What a proposal tells about the LP behind it. */
class PlannerProposalSolverTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);
    private final Economy economy = SyntheticEconomy.generate(SyntheticParameters.of(50, 1));

    @Test
    void aProposalFromAPartialLpSaysSoNamesThePrioritiesItDidNotPlanAndExplainsThemByTheTimeLimit() {
        LinearProgram partial = (e, options) -> new LpSolution(LpStatus.PARTIAL, Map.of(),
                NeedGroups.demands(e).keySet().stream().collect(Collectors.toMap(g -> g, g -> 0.0)), Map.of(),
                0, 0, 0, 0, new LpDiagnostics(0, 0, 0, 0, "GLOP"), LpSensitivity.NONE, Set.of(Priority.DESIRED));
        SolvedPlan solved = new Planner(partial).solve(economy, new SolveOptions(LIMIT, StabilityReference.NONE));

        assertThat(lpBound(solved)).containsEntry("status", "partial").containsEntry("unplanned", List.of("desired"));
        assertThat(PlannerProposalSolver.explanations(economy, solved))
                .filteredOn(e -> e.need().priority() == Priority.DESIRED).isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.limit()).isEqualTo("time-limit");
                    assertThat(e.text()).contains("before it planned the desired ones in full");
                });
    }

    @Test
    void aProposalFromTheLpOptimumLeavesNothingUnplanned() {
        SolvedPlan solved = new Planner(LpPhase::solve).solve(economy, new SolveOptions(LIMIT, StabilityReference.NONE));

        assertThat(lpBound(solved)).containsEntry("status", "optimal").containsEntry("unplanned", List.of())
                .containsEntry("needsBound", solved.lp().needs());
    }

    /**
     * A stopped LP bounds nothing, unless the approximation beside it proved a bound (HiGHS's
     * interior point's duals): then {@code needsBound} carries it; a partial one has none.
     */
    @Test
    void aStoppedLpGivesANeedsBoundOnlyWhenItsApproximationProvedOne() {
        LpSolution optimum = LpPhase.solve(economy, org.veche.planner.lp.LpOptions.DEFAULT);
        LinearProgram bounded = (e, options) -> new LpSolution(LpStatus.STOPPED, Map.of(), Map.of(), Map.of(), 0, 0, 0,
                0, new LpDiagnostics(0, 0, 0, 0, "GLOP")).withApproximate(optimum.production(), optimum.needs() + 1);
        LinearProgram unbounded = (e, options) -> new LpSolution(LpStatus.STOPPED, Map.of(), Map.of(), Map.of(), 0, 0,
                0, 0, new LpDiagnostics(0, 0, 0, 0, "GLOP")).withApproximate(optimum.production());
        SolveOptions options = new SolveOptions(LIMIT, StabilityReference.NONE);

        assertThat(lpBound(new Planner(bounded).solve(economy, options))).containsEntry("status", "stopped")
                .containsEntry("needsBound", optimum.needs() + 1);
        assertThat(lpBound(new Planner(unbounded).solve(economy, options))).containsEntry("status", "stopped")
                .doesNotContainKey("needsBound");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lpBound(SolvedPlan solved) {
        return (Map<String, Object>) PlannerProposalSolver.metrics(solved, LIMIT).get("lpBound");
    }
}
