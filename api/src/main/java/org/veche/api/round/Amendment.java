package org.veche.api.round;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.veche.api.economy.EconomyDocs.TechnologyDoc;

/**
 * A typed change an assembly asks for in its answer. A local sets a need (quantity 0 drops it) or
 * a condition; a collective sets a technology's maxOutput, its members, its hours per member or a
 * whole technology.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Amendment.SetNeed.class, name = "set-need"),
    @JsonSubTypes.Type(value = Amendment.Condition.class, name = "condition"),
    @JsonSubTypes.Type(value = Amendment.SetCapacity.class, name = "set-capacity"),
    @JsonSubTypes.Type(value = Amendment.SetMembers.class, name = "set-members"),
    @JsonSubTypes.Type(value = Amendment.SetHours.class, name = "set-hours"),
    @JsonSubTypes.Type(value = Amendment.SetTechnology.class, name = "set-technology")
})
public sealed interface Amendment {

    /** True for the amendments a local may make, false for a collective's. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    boolean forLocal();

    /** The product it concerns, if any. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    default java.util.Optional<String> concerns() {
        return java.util.Optional.empty();
    }

    record SetNeed(String product, String priority, Double quantity) implements Amendment {
        public boolean forLocal() {
            return true;
        }

        public java.util.Optional<String> concerns() {
            return java.util.Optional.ofNullable(product);
        }
    }

    /** "Accept if we receive at least {@code minimum} of {@code product}" (all priorities together). */
    record Condition(String product, Double minimum) implements Amendment {
        public boolean forLocal() {
            return true;
        }

        public java.util.Optional<String> concerns() {
            return java.util.Optional.ofNullable(product);
        }
    }

    record SetCapacity(String product, Double maxOutput) implements Amendment {
        public boolean forLocal() {
            return false;
        }

        public java.util.Optional<String> concerns() {
            return java.util.Optional.ofNullable(product);
        }
    }

    record SetMembers(Integer members) implements Amendment {
        public boolean forLocal() {
            return false;
        }
    }

    record SetHours(Double maxHoursPerMember) implements Amendment {
        public boolean forLocal() {
            return false;
        }
    }

    record SetTechnology(TechnologyDoc technology) implements Amendment {
        public boolean forLocal() {
            return false;
        }

        public java.util.Optional<String> concerns() {
            return java.util.Optional.ofNullable(technology).map(TechnologyDoc::product);
        }
    }
}
