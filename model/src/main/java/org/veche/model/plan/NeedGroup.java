package org.veche.model.plan;

import java.util.Objects;
import org.veche.model.Priority;

/** All needs for one product at one priority: they are served in the same proportion r_{p,t}. */
public record NeedGroup(String product, Priority priority) {
    public NeedGroup {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(priority, "priority");
    }

    @Override
    public String toString() {
        return product + "/" + priority.id();
    }
}
