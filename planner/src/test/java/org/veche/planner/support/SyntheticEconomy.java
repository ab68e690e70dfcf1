package org.veche.planner.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Policy;
import org.veche.model.Priority;
import org.veche.model.Product;
import org.veche.model.Region;
import org.veche.model.Technology;

/**
 * A seeded random economy of the benchmark's shape: {@code products} products, about three
 * technologies each (one per collective), three inputs per technology drawn from the whole
 * economy (mostly just upstream) with a productive (column sum ≤ 0.45) input matrix, and needs at all three priorities
 * spread over 100 locals. Capacities and hours are sized so that some limits bind.
 */
public final class SyntheticEconomy {

    private SyntheticEconomy() {}

    public static Economy generate(int productCount, long seed) {
        Random random = new Random(seed);
        List<Product> products = new ArrayList<>();
        for (int p = 0; p < productCount; p++) {
            products.add(new Product("p" + p, "Product " + p, "unit", true, 1));
        }
        List<Collective> collectives = new ArrayList<>();
        for (int c = 0; c < productCount; c++) {
            List<Technology> technologies = new ArrayList<>();
            for (int j = 0; j < 3; j++) {
                int product = (c + j * (productCount / 3 + 1)) % productCount;
                technologies.add(technology(random, productCount, product));
            }
            collectives.add(new Collective("c" + c, "Collective " + c, "r", 10 + random.nextInt(40),
                    OptionalDouble.empty(), dedupe(technologies)));
        }
        List<Local> locals = new ArrayList<>();
        Map<Integer, List<Need>> needsByLocal = new HashMap<>();
        for (int p = 0; p < productCount; p++) {
            for (Priority priority : Priority.values()) {
                if (random.nextDouble() < 0.6) {
                    int local = random.nextInt(100);
                    needsByLocal.computeIfAbsent(local, l -> new ArrayList<>())
                            .add(new Need("p" + p, priority, 1000 + random.nextInt(20_000)));
                }
            }
        }
        needsByLocal.forEach((l, needs) -> locals.add(new Local("l" + l, "Local " + l, "r", 1000, needs)));
        return new Economy("synthetic-" + productCount + "-" + seed, "2027", Policy.of(1600), products,
                List.of(new Region("r", "Region")), collectives, locals);
    }

    private static Technology technology(Random random, int productCount, int product) {
        Map<String, Double> inputs = new HashMap<>();
        for (int k = 0; k < 3; k++) {
            int input = supplier(random, productCount, product);
            if (input != product) {
                inputs.merge("p" + input, 0.15 * random.nextDouble(), Double::sum);
            }
        }
        return new Technology("p" + product, 5_000 + random.nextInt(20_000), 0,
                0.5 + 4 * random.nextDouble(), random.nextDouble(), inputs);
    }

    /**
     * Supply chains are local: most inputs come from the 50 products just upstream, a few from
     * anywhere (which closes cycles). Inputs drawn uniformly from the whole economy would make the
     * Leontief inverse, and so every simplex basis, dense — see the report for that case.
     */
    private static int supplier(Random random, int productCount, int product) {
        if (UNIFORM_INPUTS || random.nextDouble() < 0.05) {
            return random.nextInt(productCount);
        }
        return Math.floorMod(product - 1 - random.nextInt(50), productCount);
    }

    private static final boolean UNIFORM_INPUTS = Boolean.getBoolean("veche.synthetic.uniformInputs");

    private static List<Technology> dedupe(List<Technology> technologies) {
        Map<String, Technology> byProduct = new HashMap<>();
        technologies.forEach(t -> byProduct.putIfAbsent(t.product(), t));
        return List.copyOf(byProduct.values());
    }
}
