package org.veche.planner.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veche.planner.explain.Explanation;
import org.veche.planner.explain.Relief;

/**
 * The extra sections of a {@code veche.plan/1} file that tell what the plan means (SPEC §3 "What
 * the plan must also tell", {@code docs/formats.md}), as plain maps and lists for Jackson: written
 * by {@code veche solve} and, per local, by the server's proposals.
 */
public final class PlanSections {

    private PlanSections() {}

    /**
     * Per product, in economy order: {@code labourValue} and {@code valuation} (null where there is
     * none), {@code unit}, {@code output}, {@code intermediateUse}, {@code finalDeliveries},
     * {@code requested}, {@code surplus}.
     */
    public static Map<String, Object> products(PlanReport report) {
        Map<String, Object> products = new LinkedHashMap<>();
        report.products().forEach(p -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("labourValue", report.labourValues().get(p.product()));
            fields.put("valuation", report.valuations().get(p.product()));
            fields.put("unit", p.unit());
            fields.put("output", p.output());
            fields.put("intermediateUse", p.intermediateUse());
            fields.put("finalDeliveries", p.finalDeliveries());
            fields.put("requested", p.requested());
            fields.put("surplus", p.surplus());
            products.put(p.product(), fields);
        });
        return products;
    }

    /**
     * One need group's explanation: {@code product}, {@code priority}, {@code share}, {@code limit}
     * (its {@link org.veche.planner.explain.LimitKind#id}), {@code subjects}, {@code via} (the
     * short inputs from the product to the limit), {@code relief} ({@link Relief#fields}, empty if
     * none) and {@code text}.
     */
    public static Map<String, Object> explanation(Explanation explanation) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("product", explanation.group().product());
        fields.put("priority", explanation.group().priority().id());
        fields.put("share", explanation.share());
        fields.put("limit", explanation.limit().id());
        fields.put("subjects", explanation.subjects());
        fields.put("via", explanation.via());
        fields.put("relief", explanation.relief().map(Relief::fields).orElse(Map.of()));
        fields.put("text", explanation.text());
        return fields;
    }

    /** {@link #explanation} of each. */
    public static List<Map<String, Object>> explanations(List<Explanation> explanations) {
        return explanations.stream().map(PlanSections::explanation).toList();
    }
}
