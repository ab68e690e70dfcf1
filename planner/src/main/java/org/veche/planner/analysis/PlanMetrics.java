package org.veche.planner.analysis;

import java.util.List;

/**
 * Plan-wide figures. {@code priorities} lists only priorities with demand, in priority order;
 * {@code needs} = Σ_t W_t·S_t. Member hours are over every member of every collective (a member of
 * collective c works hoursUsed_c / m_c): {@code memberHoursMean} = total hours / total members,
 * {@code memberHoursMax} the largest. {@code essentialGini} is the {@link Gini} coefficient of the
 * locals' essential shares, one value per local with essential needs, unweighted by population (0
 * when no local has any).
 */
public record PlanMetrics(
        List<PriorityMetrics> priorities,
        double needs,
        double labourHours,
        long members,
        double memberHoursMean,
        double memberHoursMax,
        double emissions,
        double essentialGini) {

    public PlanMetrics {
        priorities = List.copyOf(priorities);
    }
}
