package org.veche.planner.lp;

import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjDoubleConsumer;

/** One score level as a linear objective over the LP's variables. */
final class LevelObjective {

    private final String name;
    private final boolean maximise;
    private final List<MPVariable> variables = new ArrayList<>();
    private final List<Double> coefficients = new ArrayList<>();

    LevelObjective(String name, boolean maximise) {
        this.name = name;
        this.maximise = maximise;
    }

    LevelObjective add(MPVariable variable, double coefficient) {
        if (coefficient != 0) {
            variables.add(variable);
            coefficients.add(coefficient);
        }
        return this;
    }

    String name() {
        return name;
    }

    boolean maximise() {
        return maximise;
    }

    boolean isEmpty() {
        return variables.isEmpty();
    }

    void forEachTerm(ObjDoubleConsumer<MPVariable> term) {
        for (int i = 0; i < variables.size(); i++) {
            term.accept(variables.get(i), coefficients.get(i));
        }
    }

    /** The largest absolute coefficient: the scale of this level's duals. */
    double largestCoefficient() {
        double largest = 0;
        for (double c : coefficients) {
            largest = Math.max(largest, Math.abs(c));
        }
        return largest;
    }

    /** The objective's value at the solver's current solution. */
    double value() {
        double sum = 0;
        for (int i = 0; i < variables.size(); i++) {
            sum += coefficients.get(i) * variables.get(i).solutionValue();
        }
        return sum;
    }
}
