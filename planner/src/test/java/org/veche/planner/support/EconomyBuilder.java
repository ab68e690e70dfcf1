package org.veche.planner.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Policy;
import org.veche.model.Priority;
import org.veche.model.Product;
import org.veche.model.Region;
import org.veche.model.Technology;

/** Small economies for tests: {@code anEconomy().product("bread").collective(...).need(...).build()}. */
public final class EconomyBuilder {

    private Policy policy = Policy.of(1600);
    private final List<Product> products = new ArrayList<>();
    private final List<Collective> collectives = new ArrayList<>();
    private final Map<String, List<Need>> needs = new LinkedHashMap<>();

    public static EconomyBuilder anEconomy() {
        return new EconomyBuilder();
    }

    public EconomyBuilder policy(Policy value) {
        policy = value;
        return this;
    }

    public EconomyBuilder emissionCap(double cap) {
        policy = policy.withEmissionCap(OptionalDouble.of(cap));
        return this;
    }

    public EconomyBuilder product(String id) {
        return product(id, 1);
    }

    public EconomyBuilder product(String id, double weight) {
        products.add(new Product(id, capitalised(id), "kg", true, weight));
        return this;
    }

    /** A collective of {@code members} who work up to the policy's hours each. */
    public EconomyBuilder collective(String id, int members, TechnologyBuilder... technologies) {
        collectives.add(new Collective(id, id, "north", members, OptionalDouble.empty(),
                List.of(technologies).stream().map(TechnologyBuilder::build).toList()));
        return this;
    }

    public EconomyBuilder need(String local, String product, Priority priority, double quantity) {
        needs.computeIfAbsent(local, l -> new ArrayList<>()).add(new Need(product, priority, quantity));
        return this;
    }

    public Economy build() {
        List<Local> locals = needs.entrySet().stream()
                .map(e -> new Local(e.getKey(), e.getKey(), "north", 1000, e.getValue()))
                .toList();
        return new Economy("test", "2027", policy, products, List.of(new Region("north", "North")),
                collectives, locals);
    }

    public static TechnologyBuilder makes(String product) {
        return new TechnologyBuilder(product);
    }

    private static String capitalised(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    /** One technology: {@code makes("bread").max(100).hours(0.1).emits(1).uses("flour", 0.7)}. */
    public static final class TechnologyBuilder {
        private final String product;
        private double maxOutput = 1e9;
        private double labourHours;
        private double emissions;
        private final Map<String, Double> inputs = new LinkedHashMap<>();

        private TechnologyBuilder(String product) {
            this.product = product;
        }

        public TechnologyBuilder max(double value) {
            maxOutput = value;
            return this;
        }

        public TechnologyBuilder hours(double value) {
            labourHours = value;
            return this;
        }

        public TechnologyBuilder emits(double value) {
            emissions = value;
            return this;
        }

        public TechnologyBuilder uses(String input, double quantity) {
            inputs.put(input, quantity);
            return this;
        }

        Technology build() {
            return new Technology(product, maxOutput, 0, labourHours, emissions, inputs);
        }
    }
}
