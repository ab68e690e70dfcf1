package org.veche.planner.bench;

import java.util.Objects;

/**
 * One benchmark row. Times in milliseconds: {@code buildMillis} to generate or read the economy,
 * {@code solveMillis} for {@code Planner.solve}, {@code analysisMillis} for the plan analysis
 * (labour values included). {@code peakHeapMb} is the sum of the heap pools' peaks during the solve
 * (an upper bound of the true peak, economy included); {@code gcCount}/{@code gcMillis} the
 * collections during the solve. Feasibility and scores are the independent checker's;
 * {@code lpNeeds} is the LP relaxation's needs level, an upper bound when {@code lpStatus} is
 * OPTIMAL, or, when the LP STOPPED and HiGHS's interior point approximated it, the upper bound its
 * duals prove ({@code LpSolution.needsBound}); {@code needsGap} = (lpNeeds − needs) / lpNeeds (0 when
 * the bound is 0; NaN, an empty cell, when nothing bounds the needs). Shares are quantity-weighted per priority;
 * {@code lowestEssentialShare} is the lowest local's. {@code error} is empty, or why the solve failed
 * (then the figures of the plan are NaN and {@code feasible} is false).
 */
public record BenchResult(
        String economy,
        int products,
        int technologies,
        int locals,
        int needs,
        long buildMillis,
        long solveMillis,
        long analysisMillis,
        long peakHeapMb,
        long gcCount,
        long gcMillis,
        boolean feasible,
        int breaches,
        double hard,
        double needsScore,
        double essential,
        double important,
        double desired,
        double labourHours,
        double emissions,
        String lpStatus,
        double lpNeeds,
        double needsGap,
        double essentialShare,
        double importantShare,
        double desiredShare,
        double lowestEssentialShare,
        double essentialGini,
        double memberHoursMax,
        String error) {

    public BenchResult {
        Objects.requireNonNull(economy, "economy");
        Objects.requireNonNull(lpStatus, "lpStatus");
        Objects.requireNonNull(error, "error");
    }

    /** A row for a solve that threw: sizes and time, no plan. */
    static BenchResult failed(String name, org.veche.model.Economy economy, long buildMillis, long solveMillis,
            long peakHeapMb, String error) {
        double none = Double.NaN;
        return new BenchResult(name, economy.products().size(), economy.technologyCount(), economy.locals().size(),
                economy.needCount(), buildMillis, solveMillis, 0, peakHeapMb, 0, 0, false, 0, none, none, none, none,
                none, none, none, "ERROR", none, none, none, none, none, none, none, none, error);
    }
}
