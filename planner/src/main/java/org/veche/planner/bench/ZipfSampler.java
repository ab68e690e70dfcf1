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
    private final int[] rankOfItem;

    ZipfSampler(int n, double exponent, SplittableRandom random) {
        cumulative = new double[n];
        double total = 0;
        for (int rank = 0; rank < n; rank++) {
            total += 1 / Math.pow(rank + 1, exponent);
            cumulative[rank] = total;
        }
        itemAtRank = shuffledIdentity(n, random);
        rankOfItem = new int[n];
        for (int rank = 0; rank < n; rank++) {
            rankOfItem[itemAtRank[rank]] = rank;
        }
    }

    int sample(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int rank = Arrays.binarySearch(cumulative, u);
        rank = rank >= 0 ? rank : -rank - 1;
        return itemAtRank[Math.min(rank, cumulative.length - 1)];
    }

    /** An item among the {@code ranks} most popular, with the same weights. */
    int sampleAmongFirst(int ranks, SplittableRandom random) {
        double u = random.nextDouble() * cumulative[ranks - 1];
        int rank = Arrays.binarySearch(cumulative, 0, ranks, u);
        rank = rank >= 0 ? rank : -rank - 1;
        return itemAtRank[Math.min(rank, ranks - 1)];
    }

    /** The rank of {@code item}: 0 for the most popular. */
    int rankOf(int item) {
        return rankOfItem[item];
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
