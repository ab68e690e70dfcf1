package org.veche.api.solve;

import java.util.function.Consumer;
import org.veche.model.Economy;
import org.veche.model.plan.StabilityReference;
import org.veche.planner.Progress;
import org.veche.planner.SolveNote;

/**
 * Makes a round's proposal from the cycle's inputs. The api's seam to the planner; the default is
 * {@link PlannerProposalSolver}. Tests replace it only where the solver is not what they are about.
 */
public interface ProposalSolver {

    /**
     * Solves, telling {@code progress} about each new best plan found on the way and {@code notes}
     * what the work beside a long LP has ready ({@link SolveNote}).
     */
    SolvedProposal solve(Economy economy, StabilityReference stability, Consumer<Progress> progress,
            Consumer<SolveNote> notes);

    default SolvedProposal solve(Economy economy, StabilityReference stability, Consumer<Progress> progress) {
        return solve(economy, stability, progress, note -> {});
    }

    default SolvedProposal solve(Economy economy, StabilityReference stability) {
        return solve(economy, stability, p -> {});
    }
}
