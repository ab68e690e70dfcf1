package org.veche.planner.analysis;

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

/** Small economies for tests: collectives and locals appear when first named, all in region "north". */
final class EconomyBuilder {

    private final List<Product> products = new ArrayList<>();
    private final Map<String, Integer> members = new LinkedHashMap<>();
    private final Map<String, List<Technology>> technologies = new LinkedHashMap<>();
    private final Map<String, List<Need>> needs = new LinkedHashMap<>();
    private double maxHoursPerMember = 1600;

    static EconomyBuilder anEconomy() {
        return new EconomyBuilder();
    }

    EconomyBuilder products(String... ids) {
        for (String id : ids) {
            products.add(Product.divisible(id, "kg"));
        }
        return this;
    }

    EconomyBuilder technology(String collective, String product, double labourHours, Map<String, Double> inputs) {
        return technology(collective, product, labourHours, 0, inputs);
    }

    EconomyBuilder technology(String collective, String product, double labourHours, double emissions,
            Map<String, Double> inputs) {
        members.putIfAbsent(collective, 10);
        technologies.computeIfAbsent(collective, c -> new ArrayList<>())
                .add(new Technology(product, 1_000_000, 0, labourHours, emissions, inputs));
        return this;
    }

    EconomyBuilder members(String collective, int count) {
        members.put(collective, count);
        technologies.putIfAbsent(collective, new ArrayList<>());
        return this;
    }

    EconomyBuilder maxHoursPerMember(double hours) {
        maxHoursPerMember = hours;
        return this;
    }

    EconomyBuilder need(String local, String product, Priority priority, double quantity) {
        needs.computeIfAbsent(local, l -> new ArrayList<>()).add(new Need(product, priority, quantity));
        return this;
    }

    Economy build() {
        List<Collective> collectives = new ArrayList<>();
        technologies.forEach((id, techs) -> collectives.add(
                new Collective(id, id, "north", members.get(id), OptionalDouble.empty(), techs)));
        List<Local> locals = new ArrayList<>();
        needs.forEach((id, list) -> locals.add(new Local(id, id, "north", 1000, list)));
        return new Economy("test", "2027", Policy.of(maxHoursPerMember), products,
                List.of(new Region("north", "North")), collectives, locals);
    }
}
