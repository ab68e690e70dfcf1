package org.veche.planner.lp;

import com.google.ortools.linearsolver.MPSolver;

/**
 * Lets another thread end an LP phase early ({@link LpOptions#stop}): its running solve is
 * interrupted, no later level or solver is tried, and the phase ends as at its time limit
 * ({@link LpStatus#STOPPED} when the needs level had no plan). The discrete dive's model asks for it
 * when its forecast says the relaxation cannot end in time, so that the core goes to the plan it
 * makes instead ({@code DiveStart}); so do the need stages beside the LP phase of an economy
 * without discrete choices ({@link NeedStages}). Thread safe.
 */
public final class LpStop {

    /** For solves nobody stops: {@link #request} on it does nothing. */
    public static final LpStop NEVER = new LpStop(false);

    private final boolean stoppable;
    private MPSolver solver;
    private boolean requested;

    private LpStop(boolean stoppable) {
        this.stoppable = stoppable;
    }

    /** A stop nobody has asked for yet. */
    public static LpStop create() {
        return new LpStop(true);
    }

    /** Ends the LP phase: interrupts the solve running now, and the phase starts no other. */
    public synchronized void request() {
        if (!stoppable || requested) {
            return;
        }
        requested = true;
        if (solver != null) {
            solver.interruptSolve();
        }
    }

    /** Whether {@link #request} ends anything ({@link #NEVER} does not). */
    public boolean canStop() {
        return stoppable;
    }

    /** Whether {@link #request} was called. */
    public synchronized boolean requested() {
        return requested;
    }

    /** The solver a request interrupts, until {@link #detach}. */
    synchronized void attach(MPSolver running) {
        solver = running;
    }

    /** Before the solver is deleted: a later request must not touch it. */
    synchronized void detach() {
        solver = null;
    }
}
