package org.veche.planner.lp;

import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPVariableProto;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * HiGHS's interior point method (IPX) on a linear program, through the C API of the HiGHS library
 * that OR-Tools' native jar ships beside its own ({@code libhighs.so.1}). OR-Tools' Java API reaches
 * HiGHS only through its {@code MPSolver} binding, which returns nothing when the time limit strikes
 * (and no duals when it does not); the C API returns IPX's last iterate, which is feasible to about
 * 1e-8 from the first tens of iterations on and approaches the optimum from inside.
 *
 * <p>The implementation ({@code HighsInteriorPoint}) calls C through the Foreign Function and Memory
 * API, final in Java 22, and is compiled only by a JDK 22 or newer (the {@code jdk22} profile of the
 * planner's pom; the rest of the code base stays at Java 21). On Java 21, or where the library is
 * not found, {@link #available} is empty and the callers approximate with PDLP instead
 * ({@link FirstOrderNeeds}). {@code -Dveche.lp.interior=false} turns it off, for benchmarks.
 */
interface InteriorPoint {

    /** The class compiled for Java 22 or newer; loaded by name, as it is absent from Java 21 builds. */
    String IMPLEMENTATION = "org.veche.planner.lp.HighsInteriorPoint";

    /**
     * A linear program by rows: maximise (or minimise) {@code cost}·x + {@code offset} subject to
     * {@code rowLower ≤ A x ≤ rowUpper} and {@code lower ≤ x ≤ upper}; row i of A holds
     * {@code value[k]} at column {@code index[k]} for k in [{@code start[i]}, {@code start[i + 1]}).
     * Infinite bounds are {@link Double#POSITIVE_INFINITY} and its negative.
     */
    record Lp(boolean maximise, double offset, double[] cost, double[] lower, double[] upper,
            double[] rowLower, double[] rowUpper, int[] start, int[] index, double[] value) {

        /** The model of an OR-Tools {@code MPSolver}, exported as its proto (linear parts only). */
        static Lp of(MPModelProto model) {
            int columns = model.getVariableCount();
            double[] cost = new double[columns];
            double[] lower = new double[columns];
            double[] upper = new double[columns];
            for (int j = 0; j < columns; j++) {
                MPVariableProto variable = model.getVariable(j);
                cost[j] = variable.getObjectiveCoefficient();
                lower[j] = variable.getLowerBound();
                upper[j] = variable.getUpperBound();
            }
            int rows = model.getConstraintCount();
            double[] rowLower = new double[rows];
            double[] rowUpper = new double[rows];
            int[] start = new int[rows + 1];
            for (int i = 0; i < rows; i++) {
                start[i + 1] = start[i] + model.getConstraint(i).getVarIndexCount();
            }
            int[] index = new int[start[rows]];
            double[] value = new double[start[rows]];
            for (int i = 0; i < rows; i++) {
                MPConstraintProto row = model.getConstraint(i);
                rowLower[i] = row.getLowerBound();
                rowUpper[i] = row.getUpperBound();
                for (int k = 0; k < row.getVarIndexCount(); k++) {
                    index[start[i] + k] = row.getVarIndex(k);
                    value[start[i] + k] = row.getCoefficient(k);
                }
            }
            return new Lp(model.getMaximize(), model.getObjectiveOffset(), cost, lower, upper, rowLower, rowUpper,
                    start, index, value);
        }

        int columns() {
            return cost.length;
        }

        int rows() {
            return rowLower.length;
        }

        /** The objective at {@code x}. */
        double objective(double[] x) {
            double sum = offset;
            for (int j = 0; j < cost.length; j++) {
                sum += cost[j] * x[j];
            }
            return sum;
        }

        /**
         * A bound on the objective over every feasible x (an upper bound when maximising, a lower one
         * when minimising) from row multipliers {@code y}, whatever they are: with d = c − Aᵀy,
         * c·x = d·x + y·(Ax), and each term is bounded over the box of its column or row. A
         * multiplier whose row is unbounded on its side is taken as 0; a column left unbounded on
         * the side its reduced cost pulls to makes the bound infinite. Both y and −y are tried (solvers
         * sign duals differently for maximisation) and the tighter bound kept. Valid for any y; tight
         * when y are the optimal duals (up to rounding, about 1e-16 of the terms' sum).
         */
        double bound(double[] y) {
            double sense = maximise ? 1 : -1;
            double best = Math.min(lagrangian(y, 1), lagrangian(y, -1));
            return sense * best + offset;
        }

        /** max over the box of (sense·c)·x, relaxed by the multipliers sign·y (see {@link #bound}). */
        private double lagrangian(double[] y, int sign) {
            double sense = maximise ? 1 : -1;
            double[] reduced = new double[cost.length];
            for (int j = 0; j < cost.length; j++) {
                reduced[j] = sense * cost[j];
            }
            double total = 0;
            for (int i = 0; i < rowLower.length; i++) {
                double multiplier = sign * y[i];
                if (multiplier > 0 && rowUpper[i] == Double.POSITIVE_INFINITY
                        || multiplier < 0 && rowLower[i] == Double.NEGATIVE_INFINITY || Double.isNaN(multiplier)) {
                    multiplier = 0;
                }
                if (multiplier == 0) {
                    continue;
                }
                total += multiplier > 0 ? multiplier * rowUpper[i] : multiplier * rowLower[i];
                for (int k = start[i]; k < start[i + 1]; k++) {
                    reduced[index[k]] -= multiplier * value[k];
                }
            }
            for (int j = 0; j < cost.length; j++) {
                if (reduced[j] > 0) {
                    total += reduced[j] * upper[j];
                } else if (reduced[j] < 0) {
                    total += reduced[j] * lower[j];
                }
            }
            return Double.isNaN(total) ? Double.POSITIVE_INFINITY : total;
        }
    }

    /**
     * Where IPX stopped: every column's value, every row's dual ({@code rowDuals}, in HiGHS's sign
     * convention; {@link Lp#bound} takes either), whether it met its tolerance ({@code optimal}; else
     * the time limit struck), and how it ended in words for logs.
     */
    record Point(double[] values, double[] rowDuals, boolean optimal, String status) {}

    /**
     * Solves {@code lp} for at most {@code seconds} and, if {@code iterations} is positive, that many
     * IPX iterations (for tests: a stop that does not depend on the machine's speed); without
     * presolve (HiGHS maps a stopped iterate back through its presolve only when it is optimal) and
     * without crossover. Empty if IPX gave no point (stopped before its first iterate, or failed).
     * With {@code log} HiGHS prints its progress on standard output.
     */
    default Optional<Point> solve(Lp lp, double seconds, int iterations, boolean log) {
        return solve(lp, seconds, iterations, log, () -> false);
    }

    /**
     * As {@link #solve(Lp, double, int, boolean)}, and stopped as soon as {@code interrupted} says so:
     * HiGHS asks it between the inner iterations of IPX's linear solves (hundreds of times a second at
     * 20,000 products; IPX stops within milliseconds), and returns the last iterate as at its time
     * limit (status "interrupt"; a point of zeros when asked before the first iterate).
     */
    Optional<Point> solve(Lp lp, double seconds, int iterations, boolean log, BooleanSupplier interrupted);

    /** Loaded once: HiGHS through the C API where this JVM and OR-Tools' natives allow it. */
    static Optional<InteriorPoint> available() {
        return Holder.INSTANCE;
    }

    /** Why {@link #available} is empty, in words; empty when it is not. */
    static Optional<String> unavailableBecause() {
        return Optional.ofNullable(Holder.reason);
    }

    /** Lazily loads the implementation. */
    final class Holder {
        private static String reason;
        private static final Optional<InteriorPoint> INSTANCE = load();

        private Holder() {}

        private static Optional<InteriorPoint> load() {
            if (!Boolean.parseBoolean(System.getProperty("veche.lp.interior", "true"))) {
                reason = "turned off by -Dveche.lp.interior=false";
                return Optional.empty();
            }
            if (Runtime.version().feature() < 22) {
                reason = "Java " + Runtime.version().feature() + " has no final Foreign Function API (Java 22 has)";
                return Optional.empty();
            }
            try {
                return Optional.of((InteriorPoint) Class.forName(IMPLEMENTATION).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError | RuntimeException failure) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                reason = "HiGHS's C API is not reachable: " + cause;
                return Optional.empty();
            }
        }
    }
}
