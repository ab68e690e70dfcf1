package org.veche.planner.bench;

import java.util.Objects;

/**
 * One benchmark row. Times in milliseconds: {@code buildMillis} to generate or read the economy,
 * {@code solveMillis} for {@code Planner.solve}, {@code analysisMillis} for the plan analysis
 * (labour values included). {@code peakHeapMb} is the sum of the heap pools' peaks during the solve
 * (an upper bound of the true peak, economy included); {@code gcCount}/{@code gcMillis} the
 * collections during the solve. Feasibility and scores are the independent checker's;
 * {@code lpNeeds} is the LP relaxation's needs level, an upper bound, and {@code needsGap} =
 * (lpNeeds − needs) / lpNeeds (0 when the bound is 0). Shares are quantity-weighted per priority;
 * {@code lowestEssentialShare} is the lowest local's.
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
        double memberHoursMax) {

    public BenchResult {
        Objects.requireNonNull(economy, "economy");
        Objects.requireNonNull(lpStatus, "lpStatus");
    }
}
