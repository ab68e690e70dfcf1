package org.veche.planner.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.veche.model.check.PlanScore;
import org.veche.model.plan.Delivery;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;

/** Turns a parsed {@code veche.plan/1} tree into a {@link PlanDocument}, or every problem with it. */
final class PlanReader {

    static final String FORMAT = "veche.plan/1";

    static final List<String> BASE = List.of("format", "economy", "production", "deliveries", "score");
    /** Extra top-level blocks a plan may carry; accepted on reading and not interpreted. */
    static final List<String> SECTIONS =
            List.of("metrics", "products", "collectives", "locals", "explanations", "valuations", "solver");
    static final List<String> ROOT = Stream.concat(BASE.stream(), SECTIONS.stream()).toList();
    static final List<String> PRODUCTION = List.of("collective", "product", "quantity");
    static final List<String> DELIVERY = List.of("local", "product", "priority", "quantity");
    static final List<String> SCORE = List.of("feasible", "hard", "needs", "essential", "important", "desired",
            "stability", "labourHours", "emissions");

    /** The known fields at each level of the format, by the name of the level in the JSON Schema. */
    static final Map<String, List<String>> LEVELS = levels();

    private final Problems problems = new Problems();

    static PlanDocument read(JsonNode root) {
        return new PlanReader().document(root);
    }

    private PlanDocument document(JsonNode root) {
        if (!ExchangeJson.checkFormat(root, FORMAT, problems)) {
            throw new FormatException(FORMAT, problems.violations());
        }
        FieldReader file = FieldReader.of(root, "", problems, ROOT);
        String economy = file.id("economy");
        List<FieldReader> productionReaders = file.objects("production", PRODUCTION);
        List<Production> production = productionReaders.stream().map(this::production).toList();
        List<FieldReader> deliveryReaders = file.objects("deliveries", DELIVERY);
        List<Delivery> deliveries = deliveryReaders.stream().map(this::delivery).toList();
        Optional<PlanScore> score = root.has("score")
                ? Optional.of(score(file.object("score", false, SCORE)))
                : Optional.empty();
        unique(productionReaders, production.stream().map(p -> List.of(p.collective(), p.product())).toList(),
                "technology");
        unique(deliveryReaders, deliveries.stream()
                .map(d -> List.of(d.local(), d.product(), d.priority().id())).toList(), "need");
        if (!problems.isEmpty()) {
            throw new FormatException(FORMAT, problems.violations());
        }
        return new PlanDocument(new Plan(economy, production, deliveries), score);
    }

    private Production production(FieldReader entry) {
        return new Production(entry.id("collective"), entry.id("product"), entry.number("quantity"));
    }

    private Delivery delivery(FieldReader entry) {
        return new Delivery(entry.id("local"), entry.id("product"), entry.priority("priority"),
                entry.number("quantity"));
    }

    /** {@code hard} and {@code stability} may be left out (SPEC §4's example does): they default to 0. */
    private PlanScore score(FieldReader score) {
        return new PlanScore(score.bool("feasible"), score.number("hard", 0), score.number("needs"),
                score.number("essential"), score.number("important"), score.number("desired"),
                score.number("stability", 0), score.number("labourHours"), score.number("emissions"));
    }

    /** A plan lists each technology and each need once: a second entry would be ambiguous. */
    private void unique(List<FieldReader> entries, List<List<String>> keys, String kind) {
        Map<List<String>, String> first = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            List<String> key = keys.get(i);
            if (key.contains("")) {
                continue; // an id is missing: already reported
            }
            String earlier = first.putIfAbsent(key, entries.get(i).path());
            if (earlier != null) {
                problems.add(entries.get(i).path(), "second entry for the same " + kind + " ("
                        + String.join("/", key) + ") as " + earlier + "; list each " + kind + " once");
            }
        }
    }

    private static Map<String, List<String>> levels() {
        Map<String, List<String>> levels = new LinkedHashMap<>();
        levels.put("", ROOT);
        levels.put("production", PRODUCTION);
        levels.put("delivery", DELIVERY);
        levels.put("score", SCORE);
        return Collections.unmodifiableMap(levels);
    }
}
