package org.veche.planner.analysis;

import java.util.Arrays;

/** A growable double array, the companion of {@link IntList}. */
final class DoubleList {

    private double[] values = new double[16];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
