package org.veche.planner.io;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * The import's random draws. Each purpose has its own stream derived from the seed, so that changing
 * one parameter (say, the number of locals) leaves the other draws (say, output shares) as they were.
 */
final class SeededDraws {

    enum Stream { OUTPUT_SHARES, INPUT_FACTORS, LABOUR_FACTORS, POPULATIONS }

    private final RandomGenerator random;

    private SeededDraws(RandomGenerator random) {
        this.random = random;
    }

    static SeededDraws of(long seed, Stream stream) {
        return new SeededDraws(new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), stream.ordinal() + 1}));
    }

    /** n shares that add up to 1, Dirichlet(α, …, α): larger α, more equal shares. */
    double[] dirichlet(int n, double alpha) {
        GammaDistribution gamma = new GammaDistribution(random, alpha, 1.0,
                GammaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        double[] draws = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            draws[i] = gamma.sample();
            sum += draws[i];
        }
        for (int i = 0; i < n; i++) {
            draws[i] /= sum;
        }
        return draws;
    }

    /** A factor drawn uniformly from [1 − spread, 1 + spread]. */
    double factor(double spread) {
        return 1 + spread * (2 * random.nextDouble() - 1);
    }
}
