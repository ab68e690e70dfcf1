package org.veche.planner.solver;

import java.math.BigDecimal;

/** A collective's working-time cap m_c·min(h_c, H), a problem fact. */
public final class CollectiveHours {

    private final String id;
    private final BigDecimal cap;

    public CollectiveHours(String id, double cap) {
        this.id = id;
        this.cap = Quantities.exact(cap);
    }

    public String id() {
        return id;
    }

    public BigDecimal cap() {
        return cap;
    }

    @Override
    public String toString() {
        return id + " (" + cap.stripTrailingZeros().toPlainString() + " h)";
    }
}
