package org.veche.api.solve;

import java.util.function.Consumer;
import org.veche.model.Economy;
import org.veche.model.plan.StabilityReference;
import org.veche.planner.Progress;

/**
 * Makes a round's proposal from the cycle's inputs. The api's seam to the planner; the default is
 * {@link PlannerProposalSolver}. Tests replace it only where the solver is not what they are about.
 */
public interface ProposalSolver {

    /** Solves, telling {@code progress} about each new best plan found on the way. */
    SolvedProposal solve(Economy economy, StabilityReference stability, Consumer<Progress> progress);

    default SolvedProposal solve(Economy economy, StabilityReference stability) {
        return solve(economy, stability, p -> {});
    }
}
