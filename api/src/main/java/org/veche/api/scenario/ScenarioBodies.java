package org.veche.api.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.veche.api.economy.EconomyDocs.WeightsDoc;

/** Request and response bodies of the scenario routes. */
public final class ScenarioBodies {

    private ScenarioBodies() {}

    /** POST …/scenarios. */
    public record NewScenario(String name, Changes changes) {}

    /**
     * What differs from the cycle's current inputs; every part is optional. {@code addCollective} is
     * a collective as in a veche.economy/1 document.
     */
    public record Changes(Double maxHoursPerMember, Double emissionCap, WeightsDoc priorityWeights, Scale scaleNeeds,
            String removeCollective, JsonNode addCollective) {}

    /** Multiplies needs by {@code factor}, only those of {@code product} and/or of locals in {@code region}. */
    public record Scale(Double factor, String product, String region) {}

    /** A scenario as listed; {@code result} only when asked for one scenario and it is done. */
    public record ScenarioView(String id, String cycle, String name, String status, JsonNode changes,
            long createdAt, Long finishedAt, String message, JsonNode result) {}
}
