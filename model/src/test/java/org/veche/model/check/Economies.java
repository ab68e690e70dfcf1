package org.veche.model.check;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Policy;
import org.veche.model.Priority;
import org.veche.model.PriorityWeights;
import org.veche.model.Product;
import org.veche.model.Region;
import org.veche.model.Technology;

/** Small economies for tests, with every figure chosen so results can be worked out by hand. */
final class Economies {

    static final String GRAIN = "grain";
    static final String BREAD = "bread";
    static final String CHAIR = "chair";
    static final String FARM = "farm";
    static final String BAKERY = "bakery";
    static final String WORKSHOP = "workshop";
    static final String NORTH = "north";
    static final String SOUTH = "south";

    private Economies() {}

    /**
     * Three products, three collectives, two locals.
     *
     * <pre>
     * policy: H = 100 h per member, emission cap E = 30, W = {100, 10, 1}
     * products: grain (kg, divisible, w 1), bread (kg, divisible, w 2), chair (piece, indivisible, w 1)
     * farm:     2 members, own cap none → 2·100 = 200 h;  grain max 1000, min 0,  l 0.25, e 0.01
     * bakery:   1 member,  own cap 80   → 1·80  = 80 h;   bread max 300,  min 50, l 0.2,  e 0.1, 1.5 kg grain per kg
     * workshop: 3 members, own cap 120  → 3·100 = 300 h;  chair max 20,   min 0,  l 10,   e 0.5
     * north needs: bread essential 100, chair important 6, grain desired 40
     * south needs: bread essential 100, chair important 4
     * </pre>
     */
    static Economy threeProducts() {
        Policy policy = new Policy(100, OptionalDouble.of(30), PriorityWeights.DEFAULT);
        List<Product> products = List.of(
                new Product(GRAIN, "Grain", "kg", true, 1),
                new Product(BREAD, "Bread", "kg", true, 2),
                new Product(CHAIR, "Chair", "piece", false, 1));
        List<Collective> collectives = List.of(
                collective(FARM, 2, OptionalDouble.empty(), new Technology(GRAIN, 1000, 0, 0.25, 0.01, Map.of())),
                collective(BAKERY, 1, OptionalDouble.of(80),
                        new Technology(BREAD, 300, 50, 0.2, 0.1, Map.of(GRAIN, 1.5))),
                collective(WORKSHOP, 3, OptionalDouble.of(120), new Technology(CHAIR, 20, 0, 10, 0.5, Map.of())));
        List<Local> locals = List.of(
                local(NORTH, new Need(BREAD, Priority.ESSENTIAL, 100), new Need(CHAIR, Priority.IMPORTANT, 6),
                        new Need(GRAIN, Priority.DESIRED, 40)),
                local(SOUTH, new Need(BREAD, Priority.ESSENTIAL, 100), new Need(CHAIR, Priority.IMPORTANT, 4)));
        return new Economy("Three products", "2027", policy, products, List.of(new Region("valley", "Valley")),
                collectives, locals);
    }

    static Collective collective(String id, int members, OptionalDouble hoursPerMember, Technology... technologies) {
        return new Collective(id, id, "valley", members, hoursPerMember, List.of(technologies));
    }

    static Local local(String id, Need... needs) {
        return new Local(id, id, "valley", 1000, List.of(needs));
    }
}
