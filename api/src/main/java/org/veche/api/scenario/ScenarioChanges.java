package org.veche.api.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.veche.api.economy.EconomyDocs.WeightsDoc;
import org.veche.api.economy.EconomyDocuments;
import org.veche.api.problem.Problem.FieldViolation;
import org.veche.api.problem.ProblemException;
import org.veche.api.scenario.ScenarioBodies.Changes;
import org.veche.api.scenario.ScenarioBodies.Scale;
import org.veche.model.Economy;
import org.veche.model.InvalidEconomyException;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.PriorityWeights;

/** Forks an economy with a scenario's changes; every bad value is a 400 naming its field under {@code changes}. */
final class ScenarioChanges {

    private static final String AT = "changes.";

    private final EconomyDocuments documents;
    private final ObjectMapper json;

    ScenarioChanges(EconomyDocuments documents, ObjectMapper json) {
        this.documents = documents;
        this.json = json;
    }

    Economy apply(Economy base, Changes changes) {
        checkNumbers(changes);
        Economy added = withAddedCollective(base, changes.addCollective());
        return valid(() -> {
            Economy forked = added;
            if (changes.removeCollective() != null) {
                forked = removeCollective(forked, changes.removeCollective());
            }
            forked = withPolicy(forked, changes);
            return changes.scaleNeeds() == null ? forked : scaled(forked, changes.scaleNeeds());
        });
    }

    private static void checkNumbers(Changes c) {
        List<FieldViolation> bad = new ArrayList<>();
        if (c.maxHoursPerMember() != null && !(c.maxHoursPerMember() > 0 && Double.isFinite(c.maxHoursPerMember()))) {
            bad.add(new FieldViolation(AT + "maxHoursPerMember", "must be hours above 0, was " + c.maxHoursPerMember()));
        }
        if (c.emissionCap() != null && !(c.emissionCap() >= 0 && Double.isFinite(c.emissionCap()))) {
            bad.add(new FieldViolation(AT + "emissionCap", "must be 0 or more, was " + c.emissionCap()));
        }
        WeightsDoc w = c.priorityWeights();
        if (w != null && !(positive(w.essential()) && positive(w.important()) && positive(w.desired()))) {
            bad.add(new FieldViolation(AT + "priorityWeights",
                    "needs essential, important and desired, each a number above 0, e.g. {100, 10, 1}"));
        }
        Scale s = c.scaleNeeds();
        if (s != null && (s.factor() == null || !(s.factor() >= 0 && Double.isFinite(s.factor())))) {
            bad.add(new FieldViolation(AT + "scaleNeeds.factor", "must be a number 0 or more (1.1 = needs +10 %), was "
                    + (s.factor())));
        }
        if (!bad.isEmpty()) {
            throw ProblemException.invalid(bad.get(0).field() + " " + bad.get(0).message(), bad);
        }
    }

    private static boolean positive(Double value) {
        return value != null && value > 0 && Double.isFinite(value);
    }

    private Economy withAddedCollective(Economy base, JsonNode collective) {
        if (collective == null || collective.isNull()) {
            return base;
        }
        if (!collective.isObject()) {
            throw ProblemException.badRequest("validation", AT + "addCollective",
                    "addCollective must be a collective object {id, name, region, members, technologies}.");
        }
        try {
            ObjectNode doc = (ObjectNode) json.readTree(documents.write(base));
            ArrayNode collectives = (ArrayNode) doc.get("collectives");
            String prefix = "collectives[" + collectives.size() + "]";
            collectives.add(collective);
            try {
                return documents.read(doc, "");
            } catch (ProblemException e) {
                List<FieldViolation> moved = e.problem().violations().stream().map(v -> new FieldViolation(
                        v.field().startsWith(prefix) ? AT + "addCollective" + v.field().substring(prefix.length())
                                : v.field(), v.message())).toList();
                throw ProblemException.invalid(moved.get(0).field() + ": " + moved.get(0).message(), moved);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A stored economy could not be re-read", e);
        }
    }

    private static Economy removeCollective(Economy economy, String id) {
        if (economy.collective(id).isEmpty()) {
            throw ProblemException.badRequest("validation", AT + "removeCollective", "No collective '" + id
                    + "' in this cycle; use one of " + economy.collectives().stream().map(c -> c.id()).toList());
        }
        return economy.withCollectives(economy.collectives().stream().filter(c -> !c.id().equals(id)).toList());
    }

    private static Economy withPolicy(Economy economy, Changes c) {
        var policy = economy.policy();
        if (c.maxHoursPerMember() != null) {
            policy = policy.withMaxHoursPerMember(c.maxHoursPerMember());
        }
        if (c.emissionCap() != null) {
            policy = policy.withEmissionCap(OptionalDouble.of(c.emissionCap()));
        }
        if (c.priorityWeights() != null) {
            WeightsDoc w = c.priorityWeights();
            policy = policy.withPriorityWeights(new PriorityWeights(w.essential(), w.important(), w.desired()));
        }
        return economy.withPolicy(policy);
    }

    private static Economy scaled(Economy economy, Scale s) {
        if (s.product() != null && economy.product(s.product()).isEmpty()) {
            throw ProblemException.badRequest("validation", AT + "scaleNeeds.product", "No product '" + s.product()
                    + "'; use one of " + economy.products().stream().map(p -> p.id()).toList());
        }
        if (s.region() != null && economy.regions().stream().noneMatch(r -> r.id().equals(s.region()))) {
            throw ProblemException.badRequest("validation", AT + "scaleNeeds.region", "No region '" + s.region()
                    + "'; use one of " + economy.regions().stream().map(r -> r.id()).toList());
        }
        List<Local> locals = economy.locals().stream().map(l -> s.region() == null || s.region().equals(l.region())
                ? l.withNeeds(l.needs().stream().map(n -> scaled(n, s)).toList()) : l).toList();
        return economy.withLocals(locals);
    }

    private static Need scaled(Need n, Scale s) {
        return s.product() == null || s.product().equals(n.product())
                ? new Need(n.product(), n.priority(), n.quantity() * s.factor()) : n;
    }

    private static Economy valid(Supplier<Economy> economy) {
        try {
            return economy.get();
        } catch (InvalidEconomyException e) {
            List<FieldViolation> v = e.violations().stream().map(x -> new FieldViolation(x.path(), x.message()))
                    .toList();
            throw ProblemException.invalid("The scenario's inputs are not a valid economy: " + v.get(0).field()
                    + ": " + v.get(0).message(), v);
        }
    }
}
