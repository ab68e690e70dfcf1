package org.veche.planner.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One collective's part of the plan: {@code output} per product it has a technology for (0 where it
 * makes nothing); {@code hoursUsed} = Σ l·x; {@code hoursCap} = members·min(h_c, H);
 * {@code hoursPerMember} = hoursUsed / members (0 without members); {@code utilisation} = hoursUsed /
 * hoursCap (0 when the cap is 0).
 */
public record CollectiveReport(
        String collective,
        String region,
        int members,
        Map<String, Double> output,
        double hoursUsed,
        double hoursCap,
        double hoursPerMember,
        double utilisation,
        double emissions) {

    public CollectiveReport {
        Objects.requireNonNull(collective, "collective");
        Objects.requireNonNull(region, "region");
        output = Collections.unmodifiableMap(new LinkedHashMap<>(output));
    }
}
