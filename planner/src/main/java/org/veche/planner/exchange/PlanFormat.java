package org.veche.planner.exchange;

import static org.veche.planner.exchange.ExchangeJson.number;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.veche.model.check.PlanScore;
import org.veche.model.plan.Delivery;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;

/**
 * The {@code veche.plan/1} exchange format of SPEC §4 (see {@code docs/formats.md}): the plan's
 * production and deliveries, its score, and extra sections ({@link #SECTIONS}) such as metrics and
 * explanations. Reading checks the base fields strictly and accepts the known sections without
 * interpreting them.
 */
public final class PlanFormat {

    /** The value of the {@code format} field. */
    public static final String FORMAT = PlanReader.FORMAT;

    /** The names an extra top-level section may have, in no required order. */
    public static final List<String> SECTIONS = PlanReader.SECTIONS;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlanFormat() {}

    /**
     * The plan file: {@code format}, {@code economy}, {@code production}, {@code deliveries},
     * {@code score}, then each section in the map's order, serialised with Jackson (records, maps,
     * lists, numbers and strings; whole numbers print without a fraction).
     *
     * @throws IllegalArgumentException if a section name is not one of {@link #SECTIONS}, or a
     *     quantity or score level is not a finite number
     */
    public static String write(Plan plan, PlanScore score, Map<String, Object> sections) {
        Objects.requireNonNull(score, "score");
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("economy", plan.economy());
        ArrayNode production = root.putArray("production");
        plan.production().forEach(p -> production.add(production(p)));
        ArrayNode deliveries = root.putArray("deliveries");
        plan.deliveries().forEach(d -> deliveries.add(delivery(d)));
        root.set("score", score(score));
        sections.forEach((name, value) -> {
            if (!SECTIONS.contains(name)) {
                throw new IllegalArgumentException("Unknown plan section '" + name + "'; a plan file may carry "
                        + String.join(", ", SECTIONS) + ". Add the name to PlanFormat.SECTIONS and the schema first.");
            }
            root.putPOJO(name, Objects.requireNonNull(value, name)); // serialised as the file is printed
        });
        return ExchangeJson.print(root);
    }

    /** Writes the plan file to {@code file} in UTF-8, replacing it. */
    public static void write(Plan plan, PlanScore score, Map<String, Object> sections, Path file) {
        ExchangeJson.writeFile(write(plan, score, sections), file);
    }

    /** The plan in {@code json}; throws {@link FormatException} listing every problem. */
    public static PlanDocument read(String json) {
        return PlanReader.read(ExchangeJson.parse(() -> ExchangeJson.MAPPER.readTree(json), FORMAT));
    }

    /**
     * The plan in {@code file} (UTF-8); throws {@link FormatException} listing every problem, or
     * {@link UncheckedIOException} when the file cannot be read.
     */
    public static PlanDocument read(Path file) {
        byte[] bytes = ExchangeJson.readFile(file);
        return PlanReader.read(ExchangeJson.parse(() -> ExchangeJson.MAPPER.readTree(bytes), FORMAT));
    }

    private static ObjectNode production(Production production) {
        ObjectNode node = NODES.objectNode();
        node.put("collective", production.collective());
        node.put("product", production.product());
        node.set("quantity", finite(production.quantity(),
                "production of " + production.collective() + "/" + production.product()));
        return node;
    }

    private static ObjectNode delivery(Delivery delivery) {
        ObjectNode node = NODES.objectNode();
        node.put("local", delivery.local());
        node.put("product", delivery.product());
        node.put("priority", delivery.priority().id());
        node.set("quantity", finite(delivery.quantity(), "delivery to " + delivery.local() + "/" + delivery.product()
                + "/" + delivery.priority().id()));
        return node;
    }

    private static ObjectNode score(PlanScore score) {
        ObjectNode node = NODES.objectNode();
        node.put("feasible", score.feasible());
        node.set("hard", finite(score.hard(), "score.hard"));
        node.set("needs", finite(score.needs(), "score.needs"));
        node.set("essential", finite(score.essential(), "score.essential"));
        node.set("important", finite(score.important(), "score.important"));
        node.set("desired", finite(score.desired(), "score.desired"));
        node.set("stability", finite(score.stability(), "score.stability"));
        node.set("labourHours", finite(score.labourHours(), "score.labourHours"));
        node.set("emissions", finite(score.emissions(), "score.emissions"));
        return node;
    }

    private static JsonNode finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Cannot write " + what + " = " + value
                    + ": a plan file holds finite numbers only. The solver or checker that made it has a bug.");
        }
        return number(value);
    }
}
