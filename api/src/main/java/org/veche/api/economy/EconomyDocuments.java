package org.veche.api.economy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.veche.api.economy.EconomyDocs.CollectiveDoc;
import org.veche.api.economy.EconomyDocs.EconomyDoc;
import org.veche.api.economy.EconomyDocs.LocalDoc;
import org.veche.api.economy.EconomyDocs.NeedDoc;
import org.veche.api.economy.EconomyDocs.PolicyDoc;
import org.veche.api.economy.EconomyDocs.ProductDoc;
import org.veche.api.economy.EconomyDocs.RegionDoc;
import org.veche.api.economy.EconomyDocs.TechnologyDoc;
import org.veche.api.economy.EconomyDocs.WeightsDoc;
import org.veche.api.problem.Problem.FieldViolation;
import org.veche.api.problem.ProblemException;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Policy;
import org.veche.model.Priority;
import org.veche.model.PriorityWeights;
import org.veche.model.Product;
import org.veche.model.Region;
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

    private Economy economy(EconomyDoc doc, String prefix) {
        Fields fields = new Fields(prefix);
        if (!FORMAT.equals(doc.format())) {
            fields.add("format", "must be \"" + FORMAT + "\", was " + (doc.format() == null ? "missing"
                    : "\"" + doc.format() + "\""));
        }
        fields.require(doc.name(), "name");
        fields.require(doc.policy(), "policy");
        PolicyDoc p = doc.policy() == null ? new PolicyDoc(null, null, null) : doc.policy();
        fields.require(p.maxHoursPerMember(), "policy.maxHoursPerMember");
        List<Product> products = list(doc.products(), "products", fields, this::product);
        List<Region> regions = list(doc.regions(), "regions", fields, (r, path, f) -> region(r, path, f));
        List<Collective> collectives = list(doc.collectives(), "collectives", fields, this::collective);
        List<Local> locals = list(doc.locals(), "locals", fields, this::local);
        fields.throwIfAny();
        Policy policy = new Policy(p.maxHoursPerMember(), optional(p.emissionCap()), weights(p.priorityWeights()));
        return new Economy(doc.name(), doc.period() == null ? "" : doc.period(), policy, products, regions,
                collectives, locals);
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

    private Product product(ProductDoc p, String path, Fields fields) {
        fields.require(p.id(), path + ".id");
        fields.require(p.unit(), path + ".unit");
        return new Product(orEmpty(p.id()), p.name() == null ? orEmpty(p.id()) : p.name(), orEmpty(p.unit()),
                p.divisible() == null || p.divisible(), p.weight() == null ? 1 : p.weight());
    }

    private static Region region(RegionDoc r, String path, Fields fields) {
        fields.require(r.id(), path + ".id");
        return new Region(orEmpty(r.id()), r.name() == null ? orEmpty(r.id()) : r.name());
    }

    private Collective collective(CollectiveDoc c, String path, Fields fields) {
        fields.require(c.id(), path + ".id");
        fields.require(c.region(), path + ".region");
        fields.require(c.members(), path + ".members");
        List<Technology> technologies = list(c.technologies(), path + ".technologies", fields, this::technology);
        return new Collective(orEmpty(c.id()), c.name() == null ? orEmpty(c.id()) : c.name(), orEmpty(c.region()),
                c.members() == null ? 0 : c.members(), optional(c.maxHoursPerMember()), technologies);
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

    private Local local(LocalDoc l, String path, Fields fields) {
        fields.require(l.id(), path + ".id");
        fields.require(l.region(), path + ".region");
        List<Need> needs = list(l.needs(), path + ".needs", fields, this::need);
        return new Local(orEmpty(l.id()), l.name() == null ? orEmpty(l.id()) : l.name(), orEmpty(l.region()),
                l.population() == null ? 0 : l.population(), needs);
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

    /** Reads one element of a list at a path, collecting violations. */
    private interface Element<D, T> {
        T read(D doc, String path, Fields fields);
    }

    private static <D, T> List<T> list(List<D> docs, String path, Fields fields, Element<D, T> element) {
        List<T> values = new ArrayList<>();
        if (docs == null) {
            return values;
        }
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i) == null) {
                fields.add(path + "[" + i + "]", "must not be null");
            } else {
                values.add(element.read(docs.get(i), path + "[" + i + "]", fields));
            }
        }
        return values;
    }

    private static PriorityWeights weights(WeightsDoc w) {
        PriorityWeights d = PriorityWeights.DEFAULT;
        return w == null ? d : new PriorityWeights(w.essential() == null ? d.essential() : w.essential(),
                w.important() == null ? d.important() : w.important(),
                w.desired() == null ? d.desired() : w.desired());
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private static EconomyDoc doc(Economy e) {
        Policy p = e.policy();
        PriorityWeights w = p.priorityWeights();
        return new EconomyDoc(FORMAT, e.name(), e.period(),
                new PolicyDoc(p.maxHoursPerMember(), p.emissionCap().isPresent() ? p.emissionCap().getAsDouble() : null,
                        new WeightsDoc(w.essential(), w.important(), w.desired())),
                e.products().stream().map(x -> new ProductDoc(x.id(), x.name(), x.unit(), x.divisible(), x.weight()))
                        .toList(),
                e.regions().stream().map(r -> new RegionDoc(r.id(), r.name())).toList(),
                e.collectives().stream().map(EconomyDocuments::doc).toList(),
                e.locals().stream().map(l -> new LocalDoc(l.id(), l.name(), l.region(), l.population(),
                        l.needs().stream().map(EconomyDocuments::doc).toList())).toList());
    }

    private static CollectiveDoc doc(Collective c) {
        return new CollectiveDoc(c.id(), c.name(), c.region(), c.members(),
                c.maxHoursPerMember().isPresent() ? c.maxHoursPerMember().getAsDouble() : null,
                c.technologies().stream().map(EconomyDocuments::doc).toList());
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
