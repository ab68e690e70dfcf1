package org.veche.planner.solver;

import java.math.BigDecimal;

/** The policy's emission cap E; absent from the problem when there is no cap. */
public record EmissionCap(BigDecimal cap) {

    public static EmissionCap of(double cap) {
        return new EmissionCap(Quantities.exact(cap));
    }
}
