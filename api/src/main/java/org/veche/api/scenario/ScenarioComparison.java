package org.veche.api.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.veche.api.scenario.ScenarioResult.PriorityFigures;

/**
 * Scenarios side by side: one row per measure, one value per scenario (in the order asked), and each
 * value's difference from the first scenario's. Valuations keep the products whose LP valuation moved
 * most across the scenarios.
 */
public record ScenarioComparison(List<Column> scenarios, List<Row> metrics, List<Row> products, List<Row> locals,
        List<Row> collectives, List<Row> valuations) {

    static final int VALUATIONS_SHOWN = 10;
    private static final List<String> PRIORITIES = List.of("essential", "important", "desired");

    public record Column(String id, String name, JsonNode changes) {}

    /** {@code values} and {@code differences} (value − first scenario's) are null where a value is unknown. */
    public record Row(String key, String measure, List<Double> values, List<Double> differences) {
        static Row of(String key, String measure, List<Double> values) {
            Double first = values.get(0);
            return new Row(key, measure, values, values.stream()
                    .map(v -> v == null || first == null ? null : v - first).toList());
        }

        double spread() {
            var known = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue);
            var stats = known.summaryStatistics();
            return stats.getCount() == 0 ? 0 : stats.getMax() - stats.getMin();
        }
    }

    static ScenarioComparison of(List<Column> columns, List<ScenarioResult> results) {
        return new ScenarioComparison(columns, metrics(results), products(results), locals(results),
                collectives(results), valuations(results));
    }

    private static List<Row> metrics(List<ScenarioResult> r) {
        List<Row> rows = new ArrayList<>();
        rows.add(row(r, "plan", "needs score", x -> x.metrics().needs()));
        for (String p : PRIORITIES) {
            rows.add(row(r, p, "S_t (share score)", x -> priority(x, p).score()));
            rows.add(row(r, p, "quantity-weighted share", x -> priority(x, p).quantityShare()));
            rows.add(row(r, p, "lowest local's share", x -> priority(x, p).lowestLocalShare()));
        }
        rows.add(row(r, "essential", "Gini of locals' essential shares", x -> x.metrics().giniEssential()));
        rows.add(row(r, "plan", "labour hours", x -> x.metrics().labourHours()));
        rows.add(row(r, "plan", "hours per member, mean", x -> x.metrics().memberHoursMean()));
        rows.add(row(r, "plan", "hours per member, max", x -> x.metrics().memberHoursMax()));
        rows.add(row(r, "plan", "emissions", x -> x.metrics().emissions()));
        return rows;
    }

    private static PriorityFigures priority(ScenarioResult r, String p) {
        PriorityFigures f = r.metrics().priorities().get(p);
        return f == null ? new PriorityFigures(0, null, null, null) : f;
    }

    private static List<Row> products(List<ScenarioResult> r) {
        List<Row> rows = new ArrayList<>();
        for (String p : keys(r, x -> x.products().keySet())) {
            rows.add(row(r, p, "output", x -> x.products().containsKey(p) ? x.products().get(p).output() : null));
            rows.add(row(r, p, "delivered", x -> x.products().containsKey(p) ? x.products().get(p).delivered() : null));
        }
        return rows;
    }

    private static List<Row> locals(List<ScenarioResult> r) {
        List<Row> rows = new ArrayList<>();
        for (String l : keys(r, x -> x.locals().keySet())) {
            for (String p : PRIORITIES) {
                Row row = row(r, l, p + " share",
                        x -> x.locals().containsKey(l) ? x.locals().get(l).shares().get(p) : null);
                if (row.values().stream().anyMatch(v -> v != null)) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static List<Row> collectives(List<ScenarioResult> r) {
        List<Row> rows = new ArrayList<>();
        for (String c : keys(r, x -> x.collectives().keySet())) {
            rows.add(row(r, c, "hours per member",
                    x -> x.collectives().containsKey(c) ? x.collectives().get(c).hoursPerMember() : null));
        }
        return rows;
    }

    private static List<Row> valuations(List<ScenarioResult> r) {
        return keys(r, x -> x.valuations().keySet()).stream()
                .map(p -> row(r, p, "valuation (h per unit)", x -> x.valuations().get(p)))
                .sorted(Comparator.comparingDouble(Row::spread).reversed())
                .limit(VALUATIONS_SHOWN).toList();
    }

    private static Row row(List<ScenarioResult> results, String key, String measure,
            Function<ScenarioResult, Double> value) {
        return Row.of(key, measure, results.stream().map(value).toList());
    }

    private static List<String> keys(List<ScenarioResult> results, Function<ScenarioResult, Set<String>> keys) {
        Set<String> all = new LinkedHashSet<>();
        results.forEach(r -> all.addAll(keys.apply(r)));
        return List.copyOf(all);
    }

    /** section,key,measure, then one column per scenario (its name), blank where a value is unknown. */
    String csv() {
        StringBuilder out = new StringBuilder("section,key,measure");
        scenarios.forEach(c -> out.append(',').append(quoted(c.name())));
        out.append('\n');
        section(out, "metrics", metrics);
        section(out, "products", products);
        section(out, "locals", locals);
        section(out, "collectives", collectives);
        section(out, "valuations", valuations);
        return out.toString();
    }

    private static void section(StringBuilder out, String name, List<Row> rows) {
        for (Row row : rows) {
            out.append(name).append(',').append(quoted(row.key())).append(',').append(quoted(row.measure()));
            out.append(row.values().stream().map(v -> v == null ? "" : Double.toString(v))
                    .collect(Collectors.joining(",", ",", "\n")));
        }
    }

    private static String quoted(String text) {
        return text.matches("[^,\"\\n]*") ? text : '"' + text.replace("\"", "\"\"") + '"';
    }
}
