package org.veche.api.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.veche.api.economy.EconomyDocs.TechnologyDoc;

/** Request and response bodies of the cycle routes (the JSON shapes, separate from rows and model). */
public final class CycleBodies {

    private CycleBodies() {}

    /** POST /api/cycles. {@code economy} is a veche.economy/1 document. */
    public record NewCycle(JsonNode economy, Calendar calendar) {}

    /**
     * How the cycle runs: at most {@code maxRounds} proposal rounds of {@code roundHours} each; a
     * round can confirm only if at least {@code quorum} (a share in (0, 1]) of the assemblies answered.
     */
    public record Calendar(Integer maxRounds, Double roundHours, Double quorum) {}

    /** The answer to POST /api/cycles: the only time the assemblies' tokens are shown. */
    public record Created(String id, Map<String, String> tokens) {}

    public record AssemblyView(String id, String kind, String name) {}

    public record CycleView(String id, String name, String state, int round, Calendar calendar,
            List<AssemblyView> assemblies) {}

    /** PUT /api/cycles/{id}/collectives/{collectiveId}. */
    public record CollectiveInputs(Integer members, Double maxHoursPerMember, List<TechnologyDoc> technologies) {}

    /** One page of a list. */
    public record Page<T>(List<T> items, int offset, int limit, long total) {}
}
