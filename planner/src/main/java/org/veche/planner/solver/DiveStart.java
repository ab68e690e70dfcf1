package org.veche.planner.solver;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.veche.model.Economy;
import org.veche.planner.lp.BoundedNeedsLp;

/**
 * The discrete dive's own needs model, built and solved cold on a thread of its own while the LP
 * phase solves the same relaxation. The dive needs its own model (no presolve, so its basis stays
 * warm between re-solves), and its cold solve took as long as the LP phase's needs level (about
 * 31 s at 20,000 products); on a machine with a second core the two now overlap. Close it when the
 * repair does not {@link #take} the model.
 */
final class DiveStart implements AutoCloseable {

    /** The model with its relaxation solved, and how long building and solving took. */
    record Started(BoundedNeedsLp lp, BoundedNeedsLp.Result relaxation, Duration took) {}

    private final CompletableFuture<Started> started;
    private volatile BoundedNeedsLp building;
    private boolean taken;

    private DiveStart(Economy economy, long deadlineNanos) {
        this.started = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("veche-dive-start").start(() -> {
            long start = System.nanoTime();
            try {
                BoundedNeedsLp lp = BoundedNeedsLp.of(economy);
                building = lp;
                BoundedNeedsLp.Result relaxation = lp.solve(SolveBudget.until(deadlineNanos));
                started.complete(new Started(lp, relaxation, Duration.ofNanos(System.nanoTime() - start)));
            } catch (RuntimeException | Error failure) {
                if (building != null) {
                    building.close();
                }
                started.completeExceptionally(failure);
            }
        });
    }

    /** Starts building and solving {@code economy}'s needs model, until {@code deadlineNanos} (System.nanoTime) at most. */
    static DiveStart begin(Economy economy, long deadlineNanos) {
        return new DiveStart(economy, deadlineNanos);
    }

    /**
     * The model and its relaxation, waiting for them until {@code deadlineNanos} (System.nanoTime);
     * the caller then owns the model. Empty if building failed (no GLOP) or it was not solved by
     * then: the solve is then interrupted and the model freed.
     */
    Optional<Started> take(long deadlineNanos) {
        taken = true;
        try {
            long wait = Math.max(0, deadlineNanos - System.nanoTime());
            return Optional.of(started.get(wait, TimeUnit.NANOSECONDS));
        } catch (TimeoutException late) {
            discard();
            return Optional.empty();
        } catch (ExecutionException failed) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            discard();
            return Optional.empty();
        }
    }

    /** Frees the model unless {@link #take} handed it over. */
    @Override
    public void close() {
        if (!taken) {
            discard();
        }
    }

    private void discard() {
        BoundedNeedsLp lp = building;
        if (lp != null) {
            lp.interrupt();
        }
        started.thenAccept(done -> done.lp().close());
    }
}
