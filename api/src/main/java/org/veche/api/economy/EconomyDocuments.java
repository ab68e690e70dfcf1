package org.veche.api.economy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.veche.api.economy.EconomyDocs.NeedDoc;
import org.veche.api.economy.EconomyDocs.TechnologyDoc;
import org.veche.api.problem.Problem.FieldViolation;
import org.veche.api.problem.ProblemException;
import org.veche.model.Economy;
import org.veche.model.Need;
import org.veche.model.Priority;
import org.veche.model.Technology;
import org.veche.planner.exchange.EconomyFormat;
import org.veche.planner.exchange.FormatException;

/**
 * Reads and writes veche.economy/1 documents. Missing required fields and unknown priorities are
 * reported with their paths; the rest is the {@link Economy} constructor's to check.
 *
 * <p>Whole economies go through the project's {@link EconomyFormat}; the pieces an assembly PUTs
 * (needs, technologies, a collective's inputs) are read here with the same field names.
 */
@ApplicationScoped
public class EconomyDocuments {

    public static final String FORMAT = "veche.economy/1";

    @Inject
    ObjectMapper json;

    /** Parses a document given as a JSON tree at {@code path} of a request body, with the project's reader. */
    public Economy read(JsonNode node, String path) {
        try {
            return EconomyFormat.read(node.toString());
        } catch (FormatException e) {
            String prefix = path.isEmpty() ? "" : path + ".";
            List<FieldViolation> violations = e.violations().stream()
                    .map(v -> new FieldViolation(v.path().isEmpty() ? path : prefix + v.path(), v.message())).toList();
            throw ProblemException.invalid(violations.get(0).field() + ": " + violations.get(0).message(), violations);
        }
    }

    /** A stored document (written by {@link #write}). */
    public Economy read(String text) {
        return EconomyFormat.read(text);
    }

    public String write(Economy economy) {
        return EconomyFormat.write(economy);
    }

    /** The needs of a local, from the array a local PUTs; paths are relative to that array. */
    public List<Need> needs(List<NeedDoc> docs, String path) {
        Fields fields = new Fields("");
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            needs.add(need(docs.get(i), path + "[" + i + "]", fields));
        }
        fields.throwIfAny();
        return needs;
    }

    /** The technologies of a collective, from the array a collective PUTs. */
    public List<Technology> technologies(List<TechnologyDoc> docs, String path) {
        Fields fields = new Fields("");
        List<Technology> technologies = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            technologies.add(technology(docs.get(i), path + "[" + i + "]", fields));
        }
        fields.throwIfAny();
        return technologies;
    }

    public Technology technology(TechnologyDoc t, String path) {
        Fields fields = new Fields("");
        Technology technology = technology(t, path, fields);
        fields.throwIfAny();
        return technology;
    }

    private Technology technology(TechnologyDoc t, String path, Fields fields) {
        fields.require(t.product(), path + ".product");
        fields.require(t.maxOutput(), path + ".maxOutput");
        fields.require(t.labourHours(), path + ".labourHours");
        Map<String, Double> inputs = t.inputs() == null ? Map.of() : t.inputs();
        inputs.forEach((k, v) -> fields.require(v, path + ".inputs." + k));
        return new Technology(orEmpty(t.product()), orZero(t.maxOutput()), orZero(t.minOutput()),
                orZero(t.labourHours()), orZero(t.emissions()),
                inputs.entrySet().stream().filter(e -> e.getValue() != null)
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private Need need(NeedDoc n, String path, Fields fields) {
        fields.require(n.product(), path + ".product");
        fields.require(n.quantity(), path + ".quantity");
        Priority priority = n.priority() == null ? null : Priority.fromId(n.priority()).orElse(null);
        if (priority == null) {
            fields.add(path + ".priority", "must be essential, important or desired, was "
                    + (n.priority() == null ? "missing" : "\"" + n.priority() + "\""));
        }
        return new Need(orEmpty(n.product()), priority == null ? Priority.DESIRED : priority, orZero(n.quantity()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    public static TechnologyDoc doc(Technology t) {
        return new TechnologyDoc(t.product(), t.maxOutput(), t.minOutput(), t.labourHours(), t.emissions(),
                new java.util.TreeMap<>(t.inputs()));
    }

    public static NeedDoc doc(Need n) {
        return new NeedDoc(n.product(), n.quantity(), n.priority().id());
    }

    /** Violations found while reading, with paths under a prefix. */
    private static final class Fields {
        private final String prefix;
        private final List<FieldViolation> violations = new ArrayList<>();

        Fields(String prefix) {
            this.prefix = prefix;
        }

        void require(Object value, String path) {
            if (value == null) {
                add(path, "is required");
            }
        }

        void add(String path, String message) {
            violations.add(new FieldViolation(prefix + path, message));
        }

        void throwIfAny() {
            if (!violations.isEmpty()) {
                throw ProblemException.invalid(violations.get(0).field() + ": " + violations.get(0).message(),
                        violations);
            }
        }
    }
}
