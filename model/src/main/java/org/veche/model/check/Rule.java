package org.veche.model.check;

import java.util.Arrays;
import java.util.Optional;

/**
 * The hard rules of SPEC §3 that a plan can break, plus the plan file's own rules (§4). Each
 * {@link #id()} is the rule's name in reports, in files and in the solver's constraint names.
 */
public enum Rule {
    /** An entry names something the economy does not have, an entry is missing or listed twice. */
    PLAN_COVERAGE("planCoverage"),
    /** Every quantity in a plan is 0 or more. */
    NON_NEGATIVE("nonNegative"),
    /** x_cp ≤ X_cp. */
    CAPACITY("capacity"),
    /** x_cp = 0 or x_cp ≥ N_cp. */
    MINIMUM_RUN("minimumRun"),
    /** Σ_p l_cp·x_cp ≤ m_c·min(h_c, H). */
    WORKING_TIME("workingTime"),
    /** Output of each product covers its final deliveries plus its use as an input. */
    MATERIAL_BALANCE("materialBalance"),
    /** y_n ≤ q_n. */
    NEED_CAP("needCap"),
    /** Σ e_cp·x_cp ≤ E when the policy sets a cap. */
    EMISSION_CAP("emissionCap"),
    /** Whole numbers for products that are not divisible. */
    INTEGRALITY("integrality"),
    /** y_n = r_{p,t}·q_n inside each product and priority. */
    FAIR_SHARING("fairSharing");

    private final String id;

    Rule(String id) {
        this.id = id;
    }

    /** The rule's name, e.g. {@code workingTime}. */
    public String id() {
        return id;
    }

    public static Optional<Rule> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
