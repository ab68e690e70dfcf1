package org.veche.planner.solver;

import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The domain of a line's output: every finite quantity ≥ 0 (capacity is a hard constraint, so a
 * plan above maxOutput is representable and scored, not rejected). Timefold needs countable ranges
 * for its generic moves, so the range enumerates the quantities where a discrete choice changes:
 * 0, minOutput and maxOutput. Values in between come from the LP phases and the custom moves.
 */
final class QuantityRange implements CountableValueRange<Double> {

    private final List<Double> landmarks;

    QuantityRange(double minOutput, double maxOutput) {
        this.landmarks = Stream.of(0.0, minOutput, maxOutput).distinct().toList();
    }

    @Override
    public long getSize() {
        return landmarks.size();
    }

    @Override
    public Double get(long index) {
        return landmarks.get(Math.toIntExact(index));
    }

    @Override
    public Iterator<Double> createOriginalIterator() {
        return landmarks.iterator();
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public boolean contains(Double value) {
        return value != null && Double.isFinite(value) && value >= 0;
    }

    @Override
    public Iterator<Double> createRandomIterator(Random random) {
        return Stream.generate(() -> landmarks.get(random.nextInt(landmarks.size()))).iterator();
    }
}
