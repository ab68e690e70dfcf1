package org.veche.planner.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one local receives: every need, and {@code shares}, its share at each priority where it asked
 * for something (Σ delivered / Σ requested over its needs at that priority, by priority id).
 */
public record LocalReport(String local, String region, long population, List<NeedReport> needs,
        Map<String, Double> shares) {

    public LocalReport {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(region, "region");
        needs = List.copyOf(needs);
        shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    }
}
