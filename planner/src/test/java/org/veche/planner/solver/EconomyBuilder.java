package org.veche.planner.solver;

import java.util.ArrayList;
import java.util.List;
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

/** Test economies: {@code anEconomy().product("bread").collective("bakery", 10, aTechnology("bread")...)}. */
final class EconomyBuilder {

    private final List<Product> products = new ArrayList<>();
    private final List<Collective> collectives = new ArrayList<>();
    private final List<Local> locals = new ArrayList<>();
    private Policy policy = Policy.of(1600);

    static EconomyBuilder anEconomy() {
        return new EconomyBuilder();
    }

    static TechnologyBuilder aTechnology(String product) {
        return new TechnologyBuilder(product);
    }

    static Need need(String product, Priority priority, double quantity) {
        return new Need(product, priority, quantity);
    }

    EconomyBuilder product(String id) {
        products.add(Product.divisible(id, "kg"));
        return this;
    }

    EconomyBuilder indivisible(String id) {
        products.add(new Product(id, id, "piece", false, 1));
        return this;
    }

    EconomyBuilder hoursPerMember(double hours) {
        policy = policy.withMaxHoursPerMember(hours);
        return this;
    }

    EconomyBuilder emissionCap(double cap) {
        policy = policy.withEmissionCap(OptionalDouble.of(cap));
        return this;
    }

    EconomyBuilder collective(String id, int members, TechnologyBuilder... technologies) {
        List<Technology> built = new ArrayList<>();
        for (TechnologyBuilder technology : technologies) {
            built.add(technology.build());
        }
        collectives.add(new Collective(id, id, "north", members, OptionalDouble.empty(), built));
        return this;
    }

    EconomyBuilder local(String id, Need... needs) {
        locals.add(new Local(id, id, "north", 100, List.of(needs)));
        return this;
    }

    Economy build() {
        return new Economy("test", "2027", policy, products, List.of(new Region("north", "North")), collectives, locals);
    }

    static final class TechnologyBuilder {
        private final String product;
        private double maxOutput = 1_000_000;
        private double minOutput;
        private double labourHours = 1;
        private double emissions;
        private final java.util.Map<String, Double> inputs = new java.util.HashMap<>();

        private TechnologyBuilder(String product) {
            this.product = product;
        }

        TechnologyBuilder maxOutput(double value) {
            maxOutput = value;
            return this;
        }

        TechnologyBuilder minOutput(double value) {
            minOutput = value;
            return this;
        }

        TechnologyBuilder labourHours(double value) {
            labourHours = value;
            return this;
        }

        TechnologyBuilder emissions(double value) {
            emissions = value;
            return this;
        }

        TechnologyBuilder input(String input, double perUnit) {
            inputs.put(input, perUnit);
            return this;
        }

        Technology build() {
            return new Technology(product, maxOutput, minOutput, labourHours, emissions, inputs);
        }
    }
}
