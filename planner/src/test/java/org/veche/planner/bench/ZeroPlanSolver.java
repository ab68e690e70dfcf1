package org.veche.planner.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.veche.model.Economy;
import org.veche.model.check.PlanCheck;
import org.veche.model.plan.Delivery;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;
import org.veche.planner.SolvedPlan;
import org.veche.planner.lp.LpDiagnostics;
import org.veche.planner.lp.LpSolution;
import org.veche.planner.lp.LpStatus;

/**
 * A test stand-in for the planner: produces {@code production} applied to each technology's
 * maxOutput and delivers nothing, claiming an LP result of {@code lpNeeds} with {@code lpStatus}. Only the harness is under
 * test here.
 */
record ZeroPlanSolver(DoubleUnaryOperator production, double lpNeeds, LpStatus lpStatus) implements BenchSolver {

    static ZeroPlanSolver nothing(double lpNeeds) {
        return new ZeroPlanSolver(max -> 0, lpNeeds, LpStatus.OPTIMAL);
    }

    @Override
    public SolvedPlan solve(Economy economy, Duration timeLimit) {
        List<Production> production = economy.collectives().stream()
                .flatMap(c -> c.technologies().stream().map(t -> new Production(c.id(), t.product(),
                        this.production.applyAsDouble(t.maxOutput()))))
                .toList();
        List<Delivery> deliveries = economy.locals().stream()
                .flatMap(l -> l.needs().stream().map(n -> new Delivery(l.id(), n.product(), n.priority(), 0)))
                .toList();
        Plan plan = new Plan(economy.name(), production, deliveries);
        LpSolution lp = new LpSolution(lpStatus, Map.of(), Map.of(), Map.of(), lpNeeds, 0, 0, 0,
                new LpDiagnostics(0, 0, 0, 0, "none"));
        return new SolvedPlan(plan, PlanCheck.evaluate(economy, plan).score(), lp, "", Duration.ZERO);
    }
}
