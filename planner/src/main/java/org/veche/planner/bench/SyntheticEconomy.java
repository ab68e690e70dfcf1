package org.veche.planner.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
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
 * Seeded synthetic economies for benchmarks, from 2,000 to 100,000 products. The same parameters
 * (seed included) give the same economy. How it is made:
 * <ol>
 *   <li>products with a per-capita demand spread over two orders of magnitude and a popularity
 *       (Zipf, s = 1) that decides how many locals ask for them;
 *   <li>per product 1–5 technologies in distinct collectives, the collective drawn by a Zipf law
 *       (s = 0.8) so that collective sizes are Zipf-like; each uses a few inputs, themselves drawn by
 *       popularity (energy-like products feed many others) from all products or, in the tiered
 *       structure, from the more popular ones ({@link InputStructure}), with coefficients adding up to
 *       {@code minInputTotal}..{@code maxInputTotal} &lt; 1, so every column sum of A is below 1 and
 *       the economy is productive;
 *   <li>locals with Zipf populations (s = 0.9), each with about {@code needsPerLocal} needs of
 *       popular products at random priorities (30 % essential, 40 % important, 30 % desired);
 *   <li>the gross output that would serve every need, x = d + A·x with each product's output split
 *       among its technologies at random; maximum outputs 1.2–1.6 times that, and members for
 *       {@code capacity} of the hours it would take, so labour is what binds.
 * </ol>
 * Everything is held in primitive arrays until the records are built, so 100,000 products (about
 * 300,000 technologies and 200,000 needs) take a few hundred MB of heap at most.
 */
public final class SyntheticEconomy {

    static final double MAX_HOURS_PER_MEMBER = 1600;

    private final SyntheticParameters parameters;
    private final SplittableRandom random;
    private final String[] products;
    private final boolean[] indivisible;
    private final double[] perCapita;
    private final double[] labourBase;
    private final List<TechnologyDraft> technologies = new ArrayList<>();
    private final double[] demand;

    private SyntheticEconomy(SyntheticParameters parameters) {
        this.parameters = parameters;
        this.random = new SplittableRandom(parameters.seed());
        int n = parameters.products();
        this.products = new String[n];
        this.indivisible = new boolean[n];
        this.perCapita = new double[n];
        this.labourBase = new double[n];
        this.demand = new double[n];
    }

    public static Economy generate(SyntheticParameters parameters) {
        return new SyntheticEconomy(parameters).build();
    }

    private Economy build() {
        List<Product> productRecords = products();
        List<Region> regions = regions();
        technologies();
        List<Local> locals = locals();
        double[] grossOutput = grossOutput();
        List<Collective> collectives = collectives(grossOutput);
        return new Economy(parameters.label(), "synthetic", Policy.of(MAX_HOURS_PER_MEMBER), productRecords,
                regions, collectives, locals);
    }

    private List<Product> products() {
        int width = String.valueOf(parameters.products() - 1).length();
        List<Product> records = new ArrayList<>(parameters.products());
        for (int p = 0; p < products.length; p++) {
            products[p] = "p" + zeroPadded(p, width);
            indivisible[p] = parameters.discrete() && random.nextDouble() < parameters.indivisibleShare();
            perCapita[p] = 0.1 * Math.pow(10, 2 * random.nextDouble());
            labourBase[p] = 0.05 * Math.pow(10, 1.5 * random.nextDouble());
            records.add(new Product(products[p], products[p], indivisible[p] ? "piece" : "unit", !indivisible[p], 1));
        }
        return records;
    }

    private List<Region> regions() {
        List<Region> regions = new ArrayList<>(parameters.regions());
        for (int r = 0; r < parameters.regions(); r++) {
            String id = "r" + r;
            regions.add(new Region(id, id));
        }
        return regions;
    }

    private void technologies() {
        ZipfSampler collectives = new ZipfSampler(parameters.collectives(), 0.8, random);
        ZipfSampler inputs = new ZipfSampler(products.length, 1.0, random);
        int spread = 2 * parameters.technologiesPerProduct() - 1;
        for (int p = 0; p < products.length; p++) {
            int count = Math.min(1 + random.nextInt(spread), parameters.collectives());
            int[] makers = distinct(count, collectives, -1);
            double[] shares = randomSplit(count, 1);
            for (int t = 0; t < count; t++) {
                technologies.add(technology(p, makers[t], shares[t], inputs));
            }
        }
    }

    private TechnologyDraft technology(int product, int collective, double share, ZipfSampler inputSampler) {
        int span = parameters.maxInputs() - parameters.minInputs() + 1;
        int count = Math.min(parameters.minInputs() + random.nextInt(span), products.length - 1);
        int[] inputs = parameters.structure() == InputStructure.TIERED
                ? moreBasic(count, inputSampler, product)
                : distinct(count, inputSampler, product);
        double total = uniform(parameters.minInputTotal(), parameters.maxInputTotal());
        double[] coefficients = randomSplit(inputs.length, total);
        double labour = labourBase[product] * uniform(0.7, 1.4);
        double emissions = labour * uniform(0, 3);
        return new TechnologyDraft(product, collective, share, labour, emissions, inputs, coefficients);
    }

    /**
     * Up to {@code count} distinct inputs for {@code product} among the products more popular than it,
     * or among the core if it is in the core ({@link InputStructure#TIERED}).
     */
    private int[] moreBasic(int count, ZipfSampler sampler, int product) {
        int ranks = Math.max(sampler.rankOf(product), InputStructure.coreSize(products.length));
        int[] chosen = new int[Math.min(count, ranks - 1)];
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < chosen.length; i++) {
            int item;
            do {
                item = sampler.sampleAmongFirst(ranks, random);
            } while (item == product || !seen.add(item));
            chosen[i] = item;
        }
        return chosen;
    }

    /** {@code count} distinct draws, none equal to {@code excluded}. */
    private int[] distinct(int count, ZipfSampler sampler, int excluded) {
        int[] chosen = new int[count];
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int item;
            do {
                item = sampler.sample(random);
            } while (item == excluded || !seen.add(item));
            chosen[i] = item;
        }
        return chosen;
    }

    /** {@code count} positive parts adding up to {@code total}, uniform over the simplex. */
    private double[] randomSplit(int count, double total) {
        double[] parts = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            parts[i] = -Math.log(1 - random.nextDouble());
            sum += parts[i];
        }
        for (int i = 0; i < count; i++) {
            parts[i] = parts[i] / sum * total;
        }
        return parts;
    }

    private List<Local> locals() {
        int n = parameters.locals();
        int[] rankOf = ZipfSampler.shuffledIdentity(n, random);
        ZipfSampler popularity = new ZipfSampler(products.length, 1.0, random);
        int width = String.valueOf(n - 1).length();
        List<Local> locals = new ArrayList<>(n);
        for (int l = 0; l < n; l++) {
            long population = 200 + Math.round(200_000 / Math.pow(rankOf[l] + 1, 0.9));
            String id = "l" + zeroPadded(l, width);
            String region = "r" + random.nextInt(parameters.regions());
            locals.add(new Local(id, id, region, population, needs(population, popularity)));
        }
        return locals;
    }

    private List<Need> needs(long population, ZipfSampler popularity) {
        int count = (int) Math.round(parameters.needsPerLocal() * uniform(0.5, 1.5));
        List<Need> needs = new ArrayList<>(count);
        Set<Long> keys = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int p = popularity.sample(random);
            Priority priority = priority();
            if (!keys.add((long) p * 3 + priority.ordinal())) {
                continue; // at most one need per product and priority; a repeat is simply dropped
            }
            double quantity = perCapita[p] * population * uniform(0.2, 1.0);
            quantity = indivisible[p] ? Math.ceil(quantity) : quantity;
            demand[p] += quantity;
            needs.add(new Need(products[p], priority, quantity));
        }
        return needs;
    }

    private Priority priority() {
        double u = random.nextDouble();
        return u < 0.3 ? Priority.ESSENTIAL : u < 0.7 ? Priority.IMPORTANT : Priority.DESIRED;
    }

    /** x = d + A·x by fixed-point iteration: converges by a factor ≤ maxInputTotal per step. */
    private double[] grossOutput() {
        double[] x = demand.clone();
        for (int iteration = 0; iteration < 10_000; iteration++) {
            double[] next = demand.clone();
            for (TechnologyDraft t : technologies) {
                double output = t.share() * x[t.product()];
                for (int k = 0; k < t.inputs().length; k++) {
                    next[t.inputs()[k]] += t.coefficients()[k] * output;
                }
            }
            double change = 0;
            double largest = 0;
            for (int p = 0; p < x.length; p++) {
                change = Math.max(change, Math.abs(next[p] - x[p]));
                largest = Math.max(largest, next[p]);
            }
            x = next;
            if (change <= 1e-12 * Math.max(1, largest)) {
                return x;
            }
        }
        throw new IllegalStateException("Gross output did not converge: input totals must stay below 1.");
    }

    private List<Collective> collectives(double[] grossOutput) {
        int n = parameters.collectives();
        List<List<Technology>> byCollective = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            byCollective.add(new ArrayList<>());
        }
        double[] hours = new double[n];
        for (TechnologyDraft draft : technologies) {
            double planned = draft.share() * grossOutput[draft.product()];
            hours[draft.collective()] += draft.labour() * planned;
            byCollective.get(draft.collective()).add(record(draft, planned));
        }
        int width = String.valueOf(n - 1).length();
        List<Collective> collectives = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            OptionalDouble ownCap = random.nextDouble() < 0.2
                    ? OptionalDouble.of(1200 + 100 * random.nextInt(5))
                    : OptionalDouble.empty();
            double perMember = ownCap.orElse(MAX_HOURS_PER_MEMBER);
            int members = (int) Math.max(1, Math.ceil(parameters.capacity() * hours[c] / perMember));
            String id = "c" + zeroPadded(c, width);
            String region = "r" + random.nextInt(parameters.regions());
            collectives.add(new Collective(id, id, region, members, ownCap, byCollective.get(c)));
        }
        return collectives;
    }

    private Technology record(TechnologyDraft draft, double planned) {
        boolean whole = indivisible[draft.product()];
        double maxOutput = planned * uniform(1.2, 1.6);
        maxOutput = whole ? Math.ceil(maxOutput) : maxOutput;
        double minOutput = 0;
        if (parameters.discrete() && random.nextDouble() < parameters.minimumRunShare()) {
            minOutput = maxOutput * uniform(0.1, 0.3);
            minOutput = whole ? Math.floor(minOutput) : minOutput;
        }
        Map<String, Double> inputs = new HashMap<>(draft.inputs().length * 2);
        for (int k = 0; k < draft.inputs().length; k++) {
            inputs.put(products[draft.inputs()[k]], draft.coefficients()[k]);
        }
        return new Technology(products[draft.product()], maxOutput, minOutput, draft.labour(), draft.emissions(),
                inputs);
    }

    private double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    private static String zeroPadded(int value, int width) {
        String digits = Integer.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    private record TechnologyDraft(int product, int collective, double share, double labour, double emissions,
            int[] inputs, double[] coefficients) {}
}
