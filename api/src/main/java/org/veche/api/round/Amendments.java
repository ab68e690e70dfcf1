package org.veche.api.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.veche.api.economy.EconomyDocuments;
import org.veche.api.problem.ProblemException;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Priority;
import org.veche.model.Technology;

/** Checks amendments against the assembly that makes them and applies them to the inputs. */
@ApplicationScoped
public class Amendments {

    @Inject
    EconomyDocuments documents;

    /** Rejects (400, naming the field) amendments that do not fit the assembly or the economy. */
    public void check(Economy economy, String assemblyId, boolean local, List<Amendment> amendments) {
        for (int i = 0; i < amendments.size(); i++) {
            String path = "amendments[" + i + "]";
            Amendment a = amendments.get(i);
            if (a == null) {
                throw ProblemException.badRequest("invalid-amendment", path, path + " must not be null.");
            }
            if (a.forLocal() != local) {
                throw ProblemException.badRequest("amendment-not-for-assembly", path + ".type", "'" + typeName(a)
                        + "' is " + (local ? "a collective's amendment; a local may use set-need or condition."
                        : "a local's amendment; a collective may use set-capacity, set-members, set-hours"
                                + " or set-technology."));
            }
            checkFields(economy, path, a);
        }
        apply(economy, assemblyId, amendments); // the result must be a valid economy, or 400 with its violations
    }

    private void checkFields(Economy economy, String path, Amendment a) {
        switch (a) {
            case Amendment.SetNeed n -> {
                knownProduct(economy, path, n.product());
                if (n.priority() == null || Priority.fromId(n.priority()).isEmpty()) {
                    throw ProblemException.badRequest("invalid-amendment", path + ".priority",
                            "priority must be essential, important or desired, was " + n.priority() + ".");
                }
                nonNegative(path + ".quantity", n.quantity());
            }
            case Amendment.Condition c -> {
                knownProduct(economy, path, c.product());
                nonNegative(path + ".minimum", c.minimum());
            }
            case Amendment.SetCapacity s -> {
                knownProduct(economy, path, s.product());
                nonNegative(path + ".maxOutput", s.maxOutput());
            }
            case Amendment.SetMembers m -> {
                if (m.members() == null || m.members() < 0) {
                    throw ProblemException.badRequest("invalid-amendment", path + ".members",
                            "members must be a whole number, 0 or more, was " + m.members() + ".");
                }
            }
            case Amendment.SetHours h -> nonNegative(path + ".maxHoursPerMember", h.maxHoursPerMember());
            case Amendment.SetTechnology t -> {
                if (t.technology() == null) {
                    throw ProblemException.badRequest("invalid-amendment", path + ".technology", "technology is required.");
                }
                documents.technology(t.technology(), path + ".technology");
            }
        }
    }

    /** The inputs with the amendments applied; conditions change nothing. */
    public Economy apply(Economy economy, String assemblyId, List<Amendment> amendments) {
        Economy result = economy;
        for (int i = 0; i < amendments.size(); i++) {
            result = apply(result, assemblyId, amendments.get(i), "amendments[" + i + "]");
        }
        return result;
    }

    private Economy apply(Economy economy, String id, Amendment amendment, String path) {
        return switch (amendment) {
            case Amendment.SetNeed n -> economy.withLocal(id, l -> setNeed(l, n));
            case Amendment.Condition c -> economy;
            case Amendment.SetCapacity s -> economy.withCollective(id, c -> setCapacity(c, s, path));
            case Amendment.SetMembers m -> economy.withCollective(id, c -> c.withMembers(m.members()));
            case Amendment.SetHours h -> economy.withCollective(id,
                    c -> c.withMaxHoursPerMember(OptionalDouble.of(h.maxHoursPerMember())));
            case Amendment.SetTechnology t -> economy.withCollective(id,
                    c -> setTechnology(c, documents.technology(t.technology(), path + ".technology")));
        };
    }

    private static Local setNeed(Local local, Amendment.SetNeed n) {
        Priority priority = Priority.fromId(n.priority()).orElseThrow();
        List<Need> needs = new ArrayList<>(local.needs().stream()
                .filter(x -> !(x.product().equals(n.product()) && x.priority() == priority)).toList());
        if (n.quantity() > 0) {
            needs.add(new Need(n.product(), priority, n.quantity()));
        }
        return local.withNeeds(needs);
    }

    private static Collective setCapacity(Collective c, Amendment.SetCapacity s, String path) {
        Technology t = c.technology(s.product()).orElseThrow(() -> ProblemException.badRequest(
                "invalid-amendment", path + ".product", "Collective '" + c.id() + "' has no technology for '"
                        + s.product() + "'. Use set-technology to add one."));
        return setTechnology(c, t.withMaxOutput(s.maxOutput()));
    }

    private static Collective setTechnology(Collective c, Technology technology) {
        List<Technology> technologies = new ArrayList<>(c.technologies().stream()
                .filter(t -> !t.product().equals(technology.product())).toList());
        technologies.add(technology);
        return c.withTechnologies(technologies);
    }

    private static void knownProduct(Economy economy, String path, String product) {
        if (product == null) {
            throw ProblemException.badRequest("invalid-amendment", path + ".product", "product is required.");
        }
        if (economy.product(product).isEmpty()) {
            throw ProblemException.badRequest("unknown-id", path + ".product", "Unknown product '" + product
                    + "'. Maybe it is missing from the cycle's products?");
        }
    }

    private static void nonNegative(String path, Double value) {
        if (value == null || !Double.isFinite(value) || value < 0) {
            throw ProblemException.badRequest("invalid-amendment", path, path.substring(path.lastIndexOf('.') + 1)
                    + " must be a finite number, 0 or more, was " + value + ".");
        }
    }

    static String typeName(Amendment a) {
        return switch (a) {
            case Amendment.SetNeed n -> "set-need";
            case Amendment.Condition c -> "condition";
            case Amendment.SetCapacity s -> "set-capacity";
            case Amendment.SetMembers m -> "set-members";
            case Amendment.SetHours h -> "set-hours";
            case Amendment.SetTechnology t -> "set-technology";
        };
    }
}
