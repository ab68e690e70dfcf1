package org.veche.planner.bench;

import java.time.Duration;
import org.veche.model.Economy;
import org.veche.planner.SolvedPlan;

/** What the benchmark measures: {@code Planner::solve} with a time limit, in production. */
@FunctionalInterface
public interface BenchSolver {

    SolvedPlan solve(Economy economy, Duration timeLimit);
}
