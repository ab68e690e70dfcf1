package org.veche.model.plan;

import java.util.Objects;
import org.veche.model.Priority;

/** Names one need: the local, the product and the priority (at most one per triple). */
public record NeedRef(String local, String product, Priority priority) {
    public NeedRef {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(priority, "priority");
    }

    @Override
    public String toString() {
        return local + "/" + product + "/" + priority.id();
    }
}
