package org.veche.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/** The invariants of an {@link Economy}, each reported with the path of the bad value. */
final class EconomyRules {

    private final Economy economy;
    private final List<Violation> violations = new ArrayList<>();
    private final Map<String, Product> products = new java.util.HashMap<>();
    private final Set<String> regions = new HashSet<>();

    private EconomyRules(Economy economy) {
        this.economy = economy;
    }

    static List<Violation> check(Economy economy) {
        EconomyRules rules = new EconomyRules(economy);
        rules.checkAll();
        return List.copyOf(rules.violations);
    }

    private void checkAll() {
        if (economy.name().isBlank()) {
            violation("name", "must not be empty");
        }
        checkPolicy(economy.policy());
        uniqueIds("products", economy.products(), Product::id);
        economy.products().forEach(p -> products.putIfAbsent(p.id(), p));
        uniqueIds("regions", economy.regions(), Region::id);
        economy.regions().forEach(r -> regions.add(r.id()));
        uniqueIds("collectives", economy.collectives(), Collective::id);
        uniqueIds("locals", economy.locals(), Local::id);
        for (int i = 0; i < economy.products().size(); i++) {
            Product product = economy.products().get(i);
            nonNegative("products[" + i + "].weight", product.weight());
            if (product.unit().isBlank()) {
                violation("products[" + i + "].unit", "must not be empty");
            }
        }
        for (int i = 0; i < economy.collectives().size(); i++) {
            checkCollective("collectives[" + i + "]", economy.collectives().get(i));
        }
        for (int i = 0; i < economy.locals().size(); i++) {
            checkLocal("locals[" + i + "]", economy.locals().get(i));
        }
    }

    private void checkPolicy(Policy policy) {
        nonNegative("policy.maxHoursPerMember", policy.maxHoursPerMember());
        policy.emissionCap().ifPresent(cap -> nonNegative("policy.emissionCap", cap));
        for (Priority priority : Priority.values()) {
            nonNegative("policy.priorityWeights." + priority.id(), policy.priorityWeights().of(priority));
        }
    }

    private void checkCollective(String path, Collective collective) {
        region(path + ".region", collective.region());
        if (collective.members() < 0) {
            violation(path + ".members", "must be 0 or more, was " + collective.members());
        }
        optionalNonNegative(path + ".maxHoursPerMember", collective.maxHoursPerMember());
        Set<String> made = new HashSet<>();
        for (int j = 0; j < collective.technologies().size(); j++) {
            String techPath = path + ".technologies[" + j + "]";
            Technology technology = collective.technologies().get(j);
            if (!made.add(technology.product())) {
                violation(techPath + ".product", "collective '" + collective.id()
                        + "' has a second technology for product '" + technology.product()
                        + "'; at most one per collective and product. Merge them or drop one.");
            }
            checkTechnology(techPath, collective, technology);
        }
    }

    private void checkTechnology(String path, Collective collective, Technology technology) {
        Product product = product(path + ".product", technology.product(),
                " in technology of collective '" + collective.id() + "'");
        boolean okMax = nonNegative(path + ".maxOutput", technology.maxOutput());
        boolean okMin = nonNegative(path + ".minOutput", technology.minOutput());
        if (okMax && okMin && technology.minOutput() > technology.maxOutput()) {
            violation(path + ".minOutput", "minOutput " + technology.minOutput()
                    + " is above maxOutput " + technology.maxOutput());
        }
        nonNegative(path + ".labourHours", technology.labourHours());
        nonNegative(path + ".emissions", technology.emissions());
        if (product != null && !product.divisible()) {
            whole(path + ".maxOutput", technology.maxOutput(), product);
            whole(path + ".minOutput", technology.minOutput(), product);
        }
        technology.inputs().forEach((input, quantity) -> {
            String inputPath = path + ".inputs." + input;
            product(inputPath, input, " in technology of collective '" + collective.id() + "'");
            nonNegative(inputPath, quantity);
        });
    }

    private void checkLocal(String path, Local local) {
        region(path + ".region", local.region());
        if (local.population() < 0) {
            violation(path + ".population", "must be 0 or more, was " + local.population());
        }
        Set<String> keys = new HashSet<>();
        for (int j = 0; j < local.needs().size(); j++) {
            String needPath = path + ".needs[" + j + "]";
            Need need = local.needs().get(j);
            if (!keys.add(need.product() + "\u0000" + need.priority())) {
                violation(needPath, "local '" + local.id() + "' has a second " + need.priority().id()
                        + " need for product '" + need.product()
                        + "'; at most one per product and priority. Add the quantities together.");
            }
            Product product = product(needPath + ".product", need.product(),
                    " in a need of local '" + local.id() + "'");
            if (nonNegative(needPath + ".quantity", need.quantity()) && product != null
                    && !product.divisible()) {
                whole(needPath + ".quantity", need.quantity(), product);
            }
        }
    }

    private <T> void uniqueIds(String kind, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (value.isBlank()) {
                violation(kind + "[" + i + "].id", "must not be empty");
            } else if (!seen.add(value)) {
                violation(kind + "[" + i + "].id", "duplicate id '" + value + "'; ids must be unique among " + kind);
            }
        }
    }

    private Product product(String path, String id, String where) {
        Product product = products.get(id);
        if (product == null) {
            violation(path, "unknown product '" + id + "'" + where + ". Maybe it is missing from products?");
        }
        return product;
    }

    private void region(String path, String id) {
        if (!regions.contains(id)) {
            violation(path, "unknown region '" + id + "'. Maybe it is missing from regions?");
        }
    }

    private void whole(String path, double value, Product product) {
        if (Double.isFinite(value) && value != Math.rint(value)) {
            violation(path, "must be a whole number because product '" + product.id()
                    + "' is not divisible, was " + value);
        }
    }

    private void optionalNonNegative(String path, OptionalDouble value) {
        value.ifPresent(v -> nonNegative(path, v));
    }

    private boolean nonNegative(String path, double value) {
        if (!Double.isFinite(value)) {
            violation(path, "must be a finite number, was " + value);
            return false;
        }
        if (value < 0) {
            violation(path, "must be 0 or more, was " + value);
            return false;
        }
        return true;
    }

    private void violation(String path, String message) {
        violations.add(new Violation(path, message));
    }
}
