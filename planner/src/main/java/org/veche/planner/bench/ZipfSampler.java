package org.veche.planner.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws items 0..n−1 with probability ∝ 1/rank^s, where ranks are a seeded shuffle of the items (so
 * the popular ones are spread over the ids). Inverse transform on the cumulative weights.
 */
final class ZipfSampler {

    private final double[] cumulative;
    private final int[] itemAtRank;

    ZipfSampler(int n, double exponent, SplittableRandom random) {
        cumulative = new double[n];
        double total = 0;
        for (int rank = 0; rank < n; rank++) {
            total += 1 / Math.pow(rank + 1, exponent);
            cumulative[rank] = total;
        }
        itemAtRank = shuffledIdentity(n, random);
    }

    int sample(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int rank = Arrays.binarySearch(cumulative, u);
        rank = rank >= 0 ? rank : -rank - 1;
        return itemAtRank[Math.min(rank, cumulative.length - 1)];
    }

    /** 0..n−1 in a seeded random order (Fisher–Yates). */
    static int[] shuffledIdentity(int n, SplittableRandom random) {
        int[] items = new int[n];
        for (int i = 0; i < n; i++) {
            items[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = items[i];
            items[i] = items[j];
            items[j] = swap;
        }
        return items;
    }
}
