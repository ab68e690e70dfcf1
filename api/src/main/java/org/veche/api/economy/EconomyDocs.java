package org.veche.api.economy;

import java.util.List;
import java.util.Map;

/**
 * The veche.economy/1 JSON shape, field for field (SPEC §4). Absent optional fields are null here
 * and get their defaults in {@link EconomyDocuments}.
 */
public final class EconomyDocs {

    private EconomyDocs() {}

    public record EconomyDoc(String format, String name, String period, PolicyDoc policy,
            List<ProductDoc> products, List<RegionDoc> regions, List<CollectiveDoc> collectives,
            List<LocalDoc> locals) {}

    public record PolicyDoc(Double maxHoursPerMember, Double emissionCap, WeightsDoc priorityWeights) {}

    public record WeightsDoc(Double essential, Double important, Double desired) {}

    public record ProductDoc(String id, String name, String unit, Boolean divisible, Double weight) {}

    public record RegionDoc(String id, String name) {}

    public record CollectiveDoc(String id, String name, String region, Integer members, Double maxHoursPerMember,
            List<TechnologyDoc> technologies) {}

    public record TechnologyDoc(String product, Double maxOutput, Double minOutput, Double labourHours,
            Double emissions, Map<String, Double> inputs) {}

    public record LocalDoc(String id, String name, String region, Long population, List<NeedDoc> needs) {}

    public record NeedDoc(String product, Double quantity, String priority) {}
}
