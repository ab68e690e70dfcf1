package org.veche.planner.solver;

import org.veche.model.Economy;
import org.veche.planner.lp.LpOptions;
import org.veche.planner.lp.LpSolution;

/** The exact continuous solve the phases call: {@code LpPhase::solve} in production. */
@FunctionalInterface
public interface LinearProgram {

    LpSolution solve(Economy economy, LpOptions options);
}
