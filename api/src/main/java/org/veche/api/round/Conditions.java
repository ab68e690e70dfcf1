package org.veche.api.round;

import java.util.List;
import org.veche.api.store.ProposalLineRow;
import org.veche.model.Economy;

/** Whether a local's condition ("accept if we receive at least Q of P") holds in a proposal. */
final class Conditions {

    static final String MET = "met";
    static final String UNMET = "unmet";
    static final String IMPOSSIBLE = "impossible";

    /** One condition's status, with the reason in words. */
    record Report(String local, String product, double minimum, double received, String status, String reason) {}

    private Conditions() {}

    static Report evaluate(Economy economy, List<ProposalLineRow> lines, String local, Amendment.Condition c) {
        double received = lines.stream().filter(l -> ProposalLineRow.DELIVERY.equals(l.kind())
                && l.assemblyId().filter(local::equals).isPresent() && l.product().equals(c.product()))
                .mapToDouble(ProposalLineRow::quantity).sum();
        if (received + 1e-6 * Math.max(1, c.minimum()) >= c.minimum()) {
            return new Report(local, c.product(), c.minimum(), received, MET,
                    "The proposal delivers " + fmt(received) + " of " + c.product() + ".");
        }
        double capacity = economy.collectives().stream().flatMap(col -> col.technology(c.product()).stream())
                .mapToDouble(t -> t.maxOutput()).sum();
        if (capacity < c.minimum()) {
            return new Report(local, c.product(), c.minimum(), received, IMPOSSIBLE,
                    "All collectives together can make at most " + fmt(capacity) + " of " + c.product()
                            + ", less than " + fmt(c.minimum()) + ".");
        }
        return new Report(local, c.product(), c.minimum(), received, UNMET, "The proposal delivers "
                + fmt(received) + " of " + c.product() + ", less than " + fmt(c.minimum())
                + "; other needs took the capacity.");
    }

    private static String fmt(double x) {
        return String.format("%.4g", x);
    }
}
