package org.veche.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The inputs of one planning cycle: products, regions, collectives with their technologies, locals
 * with their needs, and the policy. Every invariant is checked on construction, and every violation
 * is reported at once (see {@link EconomyRules}); an {@code Economy} that exists is valid.
 */
public final class Economy {

    private final String name;
    private final String period;
    private final Policy policy;
    private final List<Product> products;
    private final List<Region> regions;
    private final List<Collective> collectives;
    private final List<Local> locals;

    private final Map<String, Product> productsById;
    private final Map<String, Collective> collectivesById;
    private final Map<String, Local> localsById;

    public Economy(
            String name,
            String period,
            Policy policy,
            List<Product> products,
            List<Region> regions,
            List<Collective> collectives,
            List<Local> locals) {
        this.name = Objects.requireNonNull(name, "name");
        this.period = Objects.requireNonNull(period, "period");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.products = List.copyOf(products);
        this.regions = List.copyOf(regions);
        this.collectives = List.copyOf(collectives);
        this.locals = List.copyOf(locals);
        List<Violation> violations = EconomyRules.check(this);
        if (!violations.isEmpty()) {
            throw new InvalidEconomyException(violations);
        }
        this.productsById = index(this.products, Product::id);
        this.collectivesById = index(this.collectives, Collective::id);
        this.localsById = index(this.locals, Local::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return Map.copyOf(map);
    }

    public String name() {
        return name;
    }

    public String period() {
        return period;
    }

    public Policy policy() {
        return policy;
    }

    public List<Product> products() {
        return products;
    }

    public List<Region> regions() {
        return regions;
    }

    public List<Collective> collectives() {
        return collectives;
    }

    public List<Local> locals() {
        return locals;
    }

    public Optional<Product> product(String id) {
        return Optional.ofNullable(productsById.get(id));
    }

    public Optional<Collective> collective(String id) {
        return Optional.ofNullable(collectivesById.get(id));
    }

    public Optional<Local> local(String id) {
        return Optional.ofNullable(localsById.get(id));
    }

    /** The product with this id; the economy is known to hold it. */
    public Product requireProduct(String id) {
        return product(id).orElseThrow(() -> new IllegalArgumentException(
                "Unknown product '" + id + "'. Maybe it is missing from products?"));
    }

    public int technologyCount() {
        return collectives.stream().mapToInt(c -> c.technologies().size()).sum();
    }

    public int needCount() {
        return locals.stream().mapToInt(l -> l.needs().size()).sum();
    }

    public Economy withPolicy(Policy value) {
        return new Economy(name, period, value, products, regions, collectives, locals);
    }

    public Economy withName(String value) {
        return new Economy(value, period, policy, products, regions, collectives, locals);
    }

    /** A copy with one collective replaced; throws {@link InvalidEconomyException} if the result breaks a rule. */
    public Economy withCollective(String id, UnaryOperator<Collective> change) {
        requireKnown(collectivesById, id, "collective");
        List<Collective> changed = collectives.stream()
                .map(c -> c.id().equals(id) ? change.apply(c) : c)
                .toList();
        return new Economy(name, period, policy, products, regions, changed, locals);
    }

    /** A copy with one local replaced; throws {@link InvalidEconomyException} if the result breaks a rule. */
    public Economy withLocal(String id, UnaryOperator<Local> change) {
        requireKnown(localsById, id, "local");
        List<Local> changed = locals.stream()
                .map(l -> l.id().equals(id) ? change.apply(l) : l)
                .toList();
        return new Economy(name, period, policy, products, regions, collectives, changed);
    }

    public Economy withCollectives(List<Collective> value) {
        return new Economy(name, period, policy, products, regions, value, locals);
    }

    public Economy withLocals(List<Local> value) {
        return new Economy(name, period, policy, products, regions, collectives, value);
    }

    private static void requireKnown(Map<String, ?> byId, String id, String kind) {
        if (!byId.containsKey(id)) {
            throw new IllegalArgumentException("Unknown " + kind + " '" + id + "'.");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Economy other
                && name.equals(other.name)
                && period.equals(other.period)
                && policy.equals(other.policy)
                && products.equals(other.products)
                && regions.equals(other.regions)
                && collectives.equals(other.collectives)
                && locals.equals(other.locals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, period, policy, products, regions, collectives, locals);
    }

    @Override
    public String toString() {
        return "Economy[" + name + ", " + products.size() + " products, " + collectives.size()
                + " collectives, " + locals.size() + " locals]";
    }
}
