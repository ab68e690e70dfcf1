package org.veche.planner.lp;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Holds a solved level at its optimum by reduced-cost fixing instead of a dense objective row. By
 * complementary slackness every optimal plan has each column with a nonzero reduced cost at its
 * bound and each row with a nonzero dual tight, and every feasible plan that does is optimal; so
 * fixing those columns and making those rows equalities restricts the LP to exactly the level's
 * optimal face. (With any dual vector at all the objective is constant on the restricted set, so
 * the level can never be lost; noise in the duals can only make the face smaller than it is.)
 * Unlike a dense row this keeps the matrix sparse and the basis warm. Needs the solver's duals and
 * basis, so only for solvers whose duals are trusted.
 */
final class OptimalFace {

    /** A reduced cost or dual counts as nonzero above this, relative to the largest objective coefficient. */
    static final double DUAL_TOLERANCE = 1e-12;

    private record Bound(int index, double value) {}

    private final List<Bound> columns = new ArrayList<>();
    private final List<Bound> rows = new ArrayList<>();

    private OptimalFace() {}

    /**
     * Reads the face from the solver's current optimal solution of {@code objective} and restricts
     * the model to it. Must run before any other change to the model (which discards the solution).
     *
     * @return a description of what was fixed, or empty if the solver gives no basis (a nonzero
     *     dual on a column or row of status FREE), in which case the caller should hold the level
     *     with an objective row
     */
    static Optional<String> hold(MPSolver solver, LevelObjective objective) {
        OptimalFace face = new OptimalFace();
        double tolerance = DUAL_TOLERANCE * Math.max(1, objective.largestCoefficient());
        if (!face.readColumns(solver.variables(), tolerance) || !face.readRows(solver, tolerance)) {
            return Optional.empty();
        }
        face.apply(solver);
        return Optional.of(face.columns.size() + " columns fixed, " + face.rows.size() + " rows tight");
    }

    /**
     * Nonbasic columns with a nonzero reduced cost. The basis status says exactly which bound a
     * column sits at; a basic column's reduced cost is zero up to noise and is never fixed.
     */
    private boolean readColumns(MPVariable[] variables, double tolerance) {
        for (MPVariable variable : variables) {
            if (Math.abs(variable.reducedCost()) > tolerance && variable.lb() < variable.ub()) {
                MPSolver.BasisStatus status = variable.basisStatus();
                if (status == MPSolver.BasisStatus.FREE) {
                    return false;
                }
                bound(status, variable.lb(), variable.ub()).ifPresent(b -> columns.add(new Bound(variable.index(), b)));
            }
        }
        return true;
    }

    /** Rows with a nonzero dual, at the bound their (nonbasic) slack sits at. */
    private boolean readRows(MPSolver solver, double tolerance) {
        for (MPConstraint row : solver.constraints()) {
            if (Math.abs(row.dualValue()) > tolerance && row.lb() < row.ub()) {
                MPSolver.BasisStatus status = row.basisStatus();
                if (status == MPSolver.BasisStatus.FREE) {
                    return false;
                }
                bound(status, row.lb(), row.ub()).ifPresent(b -> rows.add(new Bound(row.index(), b)));
            }
        }
        return true;
    }

    private static OptionalDouble bound(MPSolver.BasisStatus status, double lb, double ub) {
        double bound = switch (status) {
            case AT_LOWER_BOUND -> lb;
            case AT_UPPER_BOUND -> ub;
            default -> Double.NaN;
        };
        return Double.isFinite(bound) ? OptionalDouble.of(bound) : OptionalDouble.empty();
    }

    private void apply(MPSolver solver) {
        MPVariable[] variables = solver.variables();
        columns.forEach(c -> variables[c.index()].setBounds(c.value(), c.value()));
        MPConstraint[] constraints = solver.constraints();
        rows.forEach(r -> constraints[r.index()].setBounds(r.value(), r.value()));
    }
}
