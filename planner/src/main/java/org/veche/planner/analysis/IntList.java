package org.veche.planner.analysis;

import java.util.Arrays;

/** A growable int array: the sparse matrices here hold millions of entries, too many to box. */
final class IntList {

    private int[] values = new int[16];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    void sort() {
        Arrays.sort(values, 0, size);
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
