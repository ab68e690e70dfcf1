package org.veche.planner.exchange;

import static org.veche.planner.exchange.ExchangeJson.number;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeMap;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Policy;
import org.veche.model.Product;
import org.veche.model.Region;
import org.veche.model.Technology;

/**
 * Builds the {@code veche.economy/1} tree of an {@link Economy}. Every field is written, defaults
 * included, so a file says everything it means; the only field left out is a collective's
 * {@code maxHoursPerMember} when it has none of its own (the policy's applies).
 */
final class EconomyWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EconomyWriter() {}

    static ObjectNode tree(Economy economy) {
        ObjectNode root = NODES.objectNode();
        root.put("format", EconomyReader.FORMAT);
        root.put("name", economy.name());
        root.put("period", economy.period());
        root.set("policy", policy(economy.policy()));
        ArrayNode products = root.putArray("products");
        economy.products().forEach(p -> products.add(product(p)));
        ArrayNode regions = root.putArray("regions");
        economy.regions().forEach(r -> regions.add(region(r)));
        ArrayNode collectives = root.putArray("collectives");
        economy.collectives().forEach(c -> collectives.add(collective(c)));
        ArrayNode locals = root.putArray("locals");
        economy.locals().forEach(l -> locals.add(local(l)));
        return root;
    }

    private static ObjectNode policy(Policy policy) {
        ObjectNode node = NODES.objectNode();
        node.set("maxHoursPerMember", number(policy.maxHoursPerMember()));
        node.set("emissionCap", policy.emissionCap().isPresent()
                ? number(policy.emissionCap().getAsDouble())
                : NODES.nullNode());
        ObjectNode weights = node.putObject("priorityWeights");
        weights.set("essential", number(policy.priorityWeights().essential()));
        weights.set("important", number(policy.priorityWeights().important()));
        weights.set("desired", number(policy.priorityWeights().desired()));
        return node;
    }

    private static ObjectNode product(Product product) {
        ObjectNode node = NODES.objectNode();
        node.put("id", product.id());
        node.put("name", product.name());
        node.put("unit", product.unit());
        node.put("divisible", product.divisible());
        node.set("weight", number(product.weight()));
        return node;
    }

    private static ObjectNode region(Region region) {
        ObjectNode node = NODES.objectNode();
        node.put("id", region.id());
        node.put("name", region.name());
        return node;
    }

    private static ObjectNode collective(Collective collective) {
        ObjectNode node = NODES.objectNode();
        node.put("id", collective.id());
        node.put("name", collective.name());
        node.put("region", collective.region());
        node.put("members", collective.members());
        collective.maxHoursPerMember().ifPresent(hours -> node.set("maxHoursPerMember", number(hours)));
        ArrayNode technologies = node.putArray("technologies");
        collective.technologies().forEach(t -> technologies.add(technology(t)));
        return node;
    }

    private static ObjectNode technology(Technology technology) {
        ObjectNode node = NODES.objectNode();
        node.put("product", technology.product());
        node.set("maxOutput", number(technology.maxOutput()));
        node.set("minOutput", number(technology.minOutput()));
        node.set("labourHours", number(technology.labourHours()));
        node.set("emissions", number(technology.emissions()));
        ObjectNode inputs = node.putObject("inputs");
        new TreeMap<>(technology.inputs()).forEach((product, quantity) -> inputs.set(product, number(quantity)));
        return node;
    }

    private static ObjectNode local(Local local) {
        ObjectNode node = NODES.objectNode();
        node.put("id", local.id());
        node.put("name", local.name());
        node.put("region", local.region());
        node.put("population", local.population());
        ArrayNode needs = node.putArray("needs");
        local.needs().forEach(n -> needs.add(need(n)));
        return node;
    }

    private static ObjectNode need(Need need) {
        ObjectNode node = NODES.objectNode();
        node.put("product", need.product());
        node.set("quantity", number(need.quantity()));
        node.put("priority", need.priority().id());
        return node;
    }
}
