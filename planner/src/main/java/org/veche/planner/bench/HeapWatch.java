package org.veche.planner.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap and garbage collection during one measured step, from the JVM's management beans. The peak is
 * the sum of each heap pool's own peak, which can only overstate the true peak (pools peak at
 * different moments); it includes whatever was live before the step.
 */
final class HeapWatch {

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
            .toList();
    private final long gcCountBefore;
    private final long gcMillisBefore;

    private HeapWatch() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        gcCountBefore = gcCount();
        gcMillisBefore = gcMillis();
    }

    /** Starts watching after a full collection, so the peak starts from what is live. */
    static HeapWatch start() {
        System.gc();
        return new HeapWatch();
    }

    long peakMegabytes() {
        return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }

    long collections() {
        return gcCount() - gcCountBefore;
    }

    long collectionMillis() {
        return gcMillis() - gcMillisBefore;
    }

    private static long gcCount() {
        return collectors().mapToLong(gc -> Math.max(0, gc.getCollectionCount())).sum();
    }

    private static long gcMillis() {
        return collectors().mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    private static java.util.stream.Stream<GarbageCollectorMXBean> collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream();
    }
}
