package org.veche.api.solve;

import org.veche.model.Economy;
import org.veche.model.plan.StabilityReference;

/**
 * Makes a round's proposal from the cycle's inputs. The api's seam to the planner: the project's
 * solver ({@code org.veche.planner.Planner}) plugs in here.
 */
public interface ProposalSolver {

    SolvedProposal solve(Economy economy, StabilityReference stability);
}
