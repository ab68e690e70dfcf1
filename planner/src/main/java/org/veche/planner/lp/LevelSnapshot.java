package org.veche.planner.lp;

/** The solver's values after one level: production, shares and the level objectives so far. */
record LevelSnapshot(double[] production, double[] shares) {

    static LevelSnapshot read(PlanningLp lp) {
        double[] production = new double[lp.x.length];
        for (int i = 0; i < production.length; i++) {
            production[i] = lp.x[i].solutionValue();
        }
        double[] shares = new double[lp.segments.length];
        for (int g = 0; g < shares.length; g++) {
            double share = 0;
            for (var segment : lp.segments[g]) {
                share += segment.solutionValue();
            }
            shares[g] = Math.clamp(share, 0, 1);
        }
        return new LevelSnapshot(production, shares);
    }

    /** Nothing produced, nothing delivered: feasible whenever no production is pinned. */
    static LevelSnapshot zero(PlanningLp lp) {
        return new LevelSnapshot(new double[lp.x.length], new double[lp.segments.length]);
    }
}
