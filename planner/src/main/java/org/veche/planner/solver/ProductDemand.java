package org.veche.planner.solver;

import java.util.List;
import org.veche.model.Product;

/**
 * A product as the score sees it: its need groups (by priority) and the labour value per unit that
 * prices a change of an accepted delivery in the `stability` level. A problem fact; identity is the
 * product.
 */
public final class ProductDemand {

    private final Product product;
    private final List<GroupDemand> groups;
    private final double hoursPerUnit;

    ProductDemand(Product product, List<GroupDemand> groups, double hoursPerUnit) {
        this.product = product;
        this.groups = List.copyOf(groups);
        this.hoursPerUnit = hoursPerUnit;
    }

    public String id() {
        return product.id();
    }

    public boolean divisible() {
        return product.divisible();
    }

    List<GroupDemand> groups() {
        return groups;
    }

    double hoursPerUnit() {
        return hoursPerUnit;
    }

    boolean hasAcceptedDeliveries() {
        return groups.stream().flatMap(g -> g.needs().stream()).anyMatch(n -> n.accepted().isPresent());
    }

    @Override
    public String toString() {
        return product.id();
    }
}
