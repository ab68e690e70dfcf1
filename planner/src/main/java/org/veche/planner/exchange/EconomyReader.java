package org.veche.planner.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.InvalidEconomyException;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Policy;
import org.veche.model.PriorityWeights;
import org.veche.model.Product;
import org.veche.model.Region;
import org.veche.model.Technology;
import org.veche.model.Violation;

/** Turns a parsed {@code veche.economy/1} tree into an {@link Economy}, or every problem with it. */
final class EconomyReader {

    static final String FORMAT = "veche.economy/1";

    static final List<String> ROOT =
            List.of("format", "name", "period", "policy", "products", "regions", "collectives", "locals");
    static final List<String> POLICY = List.of("maxHoursPerMember", "emissionCap", "priorityWeights");
    static final List<String> PRIORITY_WEIGHTS = List.of("essential", "important", "desired");
    static final List<String> PRODUCT = List.of("id", "name", "unit", "divisible", "weight");
    static final List<String> REGION = List.of("id", "name");
    static final List<String> COLLECTIVE =
            List.of("id", "name", "region", "members", "maxHoursPerMember", "technologies");
    static final List<String> TECHNOLOGY =
            List.of("product", "maxOutput", "minOutput", "labourHours", "emissions", "inputs");
    static final List<String> LOCAL = List.of("id", "name", "region", "population", "needs");
    static final List<String> NEED = List.of("product", "quantity", "priority");

    /** The known fields at each level of the format, by the name of the level in the JSON Schema. */
    static final Map<String, List<String>> LEVELS = levels();

    private final Problems problems = new Problems();

    static Economy read(JsonNode root) {
        return new EconomyReader().economy(root);
    }

    private Economy economy(JsonNode root) {
        if (!ExchangeJson.checkFormat(root, FORMAT, problems)) {
            throw new FormatException(FORMAT, problems.violations());
        }
        FieldReader file = FieldReader.of(root, "", problems, ROOT);
        String name = file.id("name");
        String period = file.string("period");
        Policy policy = policy(file.object("policy", true, POLICY));
        List<Product> products = file.objects("products", PRODUCT).stream().map(this::product).toList();
        List<Region> regions = file.objects("regions", REGION).stream().map(this::region).toList();
        List<Collective> collectives = file.objects("collectives", COLLECTIVE).stream().map(this::collective).toList();
        List<Local> locals = file.objects("locals", LOCAL).stream().map(this::local).toList();
        return build(() -> new Economy(name, period, policy, products, regions, collectives, locals));
    }

    /** The economy's own rules run even when the structure had problems, so one pass tells everything. */
    private Economy build(Supplier<Economy> economy) {
        List<Violation> violations = new ArrayList<>(problems.violations());
        try {
            Economy built = economy.get();
            if (violations.isEmpty()) {
                return built;
            }
        } catch (InvalidEconomyException e) {
            e.violations().stream().filter(v -> !problems.isConsequence(v)).forEach(violations::add);
        }
        throw new FormatException(FORMAT, violations);
    }

    private Policy policy(FieldReader policy) {
        double hours = policy.number("maxHoursPerMember");
        OptionalDouble cap = policy.optionalNumber("emissionCap", true);
        PriorityWeights weights = priorityWeights(policy.object("priorityWeights", false, PRIORITY_WEIGHTS));
        return new Policy(hours, cap, weights);
    }

    /** A weight left out keeps its default, so {@code {"desired": 0}} changes only that one. */
    private PriorityWeights priorityWeights(FieldReader weights) {
        PriorityWeights d = PriorityWeights.DEFAULT;
        return new PriorityWeights(
                weights.number("essential", d.essential()),
                weights.number("important", d.important()),
                weights.number("desired", d.desired()));
    }

    private Product product(FieldReader product) {
        String id = product.id("id");
        return new Product(id, product.string("name", id), product.id("unit"),
                product.bool("divisible", true), product.number("weight", 1));
    }

    private Region region(FieldReader region) {
        String id = region.id("id");
        return new Region(id, region.string("name", id));
    }

    private Collective collective(FieldReader collective) {
        String id = collective.id("id");
        return new Collective(id, collective.string("name", id), collective.id("region"),
                (int) collective.whole("members", Integer.MIN_VALUE, Integer.MAX_VALUE),
                collective.optionalNumber("maxHoursPerMember", false),
                collective.objects("technologies", TECHNOLOGY).stream().map(this::technology).toList());
    }

    private Technology technology(FieldReader technology) {
        return new Technology(technology.id("product"), technology.number("maxOutput"),
                technology.number("minOutput", 0), technology.number("labourHours"),
                technology.number("emissions", 0), technology.numbers("inputs"));
    }

    private Local local(FieldReader local) {
        String id = local.id("id");
        return new Local(id, local.string("name", id), local.id("region"),
                local.whole("population", Long.MIN_VALUE, Long.MAX_VALUE),
                local.objects("needs", NEED).stream().map(this::need).toList());
    }

    private Need need(FieldReader need) {
        return new Need(need.id("product"), need.priority("priority"), need.number("quantity"));
    }

    private static Map<String, List<String>> levels() {
        Map<String, List<String>> levels = new LinkedHashMap<>();
        levels.put("", ROOT);
        levels.put("policy", POLICY);
        levels.put("priorityWeights", PRIORITY_WEIGHTS);
        levels.put("product", PRODUCT);
        levels.put("region", REGION);
        levels.put("collective", COLLECTIVE);
        levels.put("technology", TECHNOLOGY);
        levels.put("local", LOCAL);
        levels.put("need", NEED);
        return Collections.unmodifiableMap(levels);
    }
}
