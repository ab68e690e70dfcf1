package org.veche.planner.analysis;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.veche.model.Economy;
import org.veche.model.plan.TechnologyRef;

/**
 * Labour values (SPEC §3): the average labour hours embodied in one unit of each product, direct and
 * through its inputs, v = l̄ + v·Ā (Leontief), with Ā and l̄ the plan's production-weighted average
 * technology ({@link AverageTechnology}).
 *
 * <p>A product nothing can make has no labour value, and neither has any product that needs it, even
 * indirectly: the hours embodied in it are unknown. Those products are absent from the result.
 *
 * <p>Small economies are solved exactly by LU decomposition of (I − Āᵀ) (Commons Math). Large ones
 * iterate v_{k+1} = l̄ + v_k·Ā on the sparse matrix, which converges geometrically for a productive
 * economy (spectral radius of Ā below 1); it stops when the largest change is at most
 * {@value #TOLERANCE} times the largest value (or 1 hour), and gives up after
 * {@value #MAX_ITERATIONS} iterations.
 */
public final class LabourValues {

    /** How to solve v = l̄ + v·Ā. */
    public enum Method {
        /** LU up to {@link #LU_LIMIT} products with a value, iterative above. */
        AUTO,
        /** Dense LU decomposition: exact, O(n³) time and O(n²) memory. */
        LU,
        /** Sparse fixed-point iteration: O(nonzeros) per iteration. */
        ITERATIVE
    }

    /**
     * Above this many valued products {@link Method#AUTO} iterates. Measured on synthetic economies
     * (2 shared cores): Commons Math LU takes about 1 s at 1,000 products and 35 s at 2,000, where
     * the iteration takes 0.03 s and agrees to 1e-13.
     */
    public static final int LU_LIMIT = 500;
    public static final double TOLERANCE = 1e-13;
    public static final int MAX_ITERATIONS = 10_000;

    private LabourValues() {}

    /** Labour values under the plan's production, product id to hours per unit, in product order. */
    public static Map<String, Double> of(Economy economy, Map<TechnologyRef, Double> production) {
        return of(economy, production, Method.AUTO);
    }

    public static Map<String, Double> of(Economy economy, Map<TechnologyRef, Double> production, Method method) {
        return of(AverageTechnology.of(economy, production), method);
    }

    static Map<String, Double> of(AverageTechnology technology, Method method) {
        boolean[] valued = valued(technology);
        int count = 0;
        for (boolean v : valued) {
            count += v ? 1 : 0;
        }
        boolean lu = method == Method.LU || (method == Method.AUTO && count <= LU_LIMIT);
        double[] values = lu ? byLu(technology, valued, count) : byIteration(technology, valued);
        requireNonNegative(technology, valued, values);
        Map<String, Double> result = new LinkedHashMap<>();
        for (int p = 0; p < technology.size(); p++) {
            if (valued[p]) {
                result.put(technology.product(p), values[p]);
            }
        }
        return Collections.unmodifiableMap(result);
    }

    /** Products with a value: made by some technology, and every input (transitively) too. */
    private static boolean[] valued(AverageTechnology technology) {
        int n = technology.size();
        IntList[] usedBy = new IntList[n];
        for (int p = 0; p < n; p++) {
            for (int k = technology.rowStart(p); k < technology.rowEnd(p); k++) {
                int q = technology.input(k);
                if (usedBy[q] == null) {
                    usedBy[q] = new IntList();
                }
                usedBy[q].add(p);
            }
        }
        boolean[] valued = new boolean[n];
        Deque<Integer> unknown = new ArrayDeque<>();
        for (int p = 0; p < n; p++) {
            valued[p] = technology.made(p);
            if (!valued[p]) {
                unknown.add(p);
            }
        }
        while (!unknown.isEmpty()) {
            IntList users = usedBy[unknown.poll()];
            for (int i = 0; users != null && i < users.size(); i++) {
                int user = users.get(i);
                if (valued[user]) {
                    valued[user] = false;
                    unknown.add(user);
                }
            }
        }
        return valued;
    }

    private static double[] byLu(AverageTechnology technology, boolean[] valued, int count) {
        int n = technology.size();
        int[] dense = new int[n];
        int next = 0;
        for (int p = 0; p < n; p++) {
            dense[p] = valued[p] ? next++ : -1;
        }
        Array2DRowRealMatrix matrix = new Array2DRowRealMatrix(count, count);
        RealVector labour = new ArrayRealVector(count);
        for (int p = 0; p < n; p++) {
            if (!valued[p]) {
                continue;
            }
            int row = dense[p];
            matrix.addToEntry(row, row, 1);
            labour.setEntry(row, technology.labour(p));
            for (int k = technology.rowStart(p); k < technology.rowEnd(p); k++) {
                matrix.addToEntry(row, dense[technology.input(k)], -technology.coefficient(k));
            }
        }
        RealVector solution;
        try {
            solution = new LUDecomposition(matrix).getSolver().solve(labour);
        } catch (SingularMatrixException e) {
            throw new LabourValueException("The plan's average technology has no labour values: I − Ā is"
                    + " singular, so some products use up exactly what they make (spectral radius of Ā is 1)."
                    + " Check the input coefficients; a productive economy's inputs per unit add up to below 1.");
        }
        double[] values = new double[n];
        for (int p = 0; p < n; p++) {
            values[p] = valued[p] ? solution.getEntry(dense[p]) : 0;
        }
        return values;
    }

    private static double[] byIteration(AverageTechnology technology, boolean[] valued) {
        int n = technology.size();
        double[] current = new double[n];
        double[] next = new double[n];
        double previousChange = Double.POSITIVE_INFINITY;
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            double change = 0;
            double largest = 0;
            for (int p = 0; p < n; p++) {
                if (!valued[p]) {
                    continue;
                }
                double v = technology.labour(p);
                for (int k = technology.rowStart(p); k < technology.rowEnd(p); k++) {
                    v += technology.coefficient(k) * current[technology.input(k)];
                }
                next[p] = v;
                change = Math.max(change, Math.abs(v - current[p]));
                largest = Math.max(largest, Math.abs(v));
            }
            double[] swap = current;
            current = next;
            next = swap;
            if (!Double.isFinite(change)) {
                throw notConverging(iteration, change, Double.NaN);
            }
            if (change <= TOLERANCE * Math.max(1, largest)) {
                return current;
            }
            if (iteration == MAX_ITERATIONS) {
                throw notConverging(iteration, change, change / previousChange);
            }
            previousChange = change;
        }
        throw new AssertionError("unreachable");
    }

    private static LabourValueException notConverging(int iterations, double change, double ratio) {
        return new LabourValueException(String.format(java.util.Locale.ROOT,
                "Labour values did not converge after %d iterations (last change %.3g h per unit,"
                        + " shrinking by a factor %.4f per iteration): the plan's average technology is not"
                        + " productive (spectral radius of Ā not below 1), some products need more of themselves,"
                        + " through their inputs, than they make. Check the input coefficients; a productive"
                        + " economy's inputs per unit add up to well below 1.",
                iterations, change, ratio));
    }

    /** A negative labour value can only come from a non-productive Ā (Perron–Frobenius). */
    private static void requireNonNegative(AverageTechnology technology, boolean[] valued, double[] values) {
        for (int p = 0; p < values.length; p++) {
            if (valued[p] && values[p] < -1e-9) {
                throw new LabourValueException("Product '" + technology.product(p) + "' would have a negative"
                        + " labour value (" + values[p] + " h per unit): the plan's average technology is not"
                        + " productive (spectral radius of Ā above 1). Check the input coefficients; a productive"
                        + " economy's inputs per unit add up to well below 1.");
            }
        }
    }
}
