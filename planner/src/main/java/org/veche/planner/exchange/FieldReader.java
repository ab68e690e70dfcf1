package org.veche.planner.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.veche.model.Priority;

/**
 * Reads one JSON object of an exchange file field by field. Every problem is noted in
 * {@link Problems} with its path, and reading goes on with a stand-in value so that one pass finds
 * everything. A reader for a value that is not an object at all ({@link #absent}) reports nothing
 * more and hands out stand-ins only: its one problem is already told.
 */
final class FieldReader {

    private static final String NUMBER = "a number";

    private final JsonNode node;
    private final String path;
    private final Problems problems;
    private final boolean present;

    private FieldReader(JsonNode node, String path, Problems problems, List<String> known, boolean present) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.present = present;
        if (present) {
            rejectUnknown(known);
        }
    }

    /** A reader of {@code node}, an object; its fields outside {@code known} are reported. */
    static FieldReader of(JsonNode node, String path, Problems problems, List<String> known) {
        return new FieldReader(node, path, problems, known, true);
    }

    private static FieldReader absent(String path, Problems problems) {
        return new FieldReader(null, path, problems, List.of(), false);
    }

    String path() {
        return path;
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** A required non-empty string naming something: an id or a reference to one. */
    String id(String field) {
        String value = string(field);
        if (present && node.get(field) != null && node.get(field).isTextual() && value.isBlank()) {
            problems.replaced(path(field), "must not be empty");
        }
        return value;
    }

    /** A required string (it may be empty). */
    String string(String field) {
        JsonNode value = value(field, true, "a string");
        return value == null ? "" : textOr(field, value, "");
    }

    /** An optional string. */
    String string(String field, String fallback) {
        JsonNode value = value(field, false, "a string");
        return value == null ? fallback : textOr(field, value, fallback);
    }

    private String textOr(String field, JsonNode value, String fallback) {
        if (value.isTextual()) {
            return value.textValue();
        }
        wrongType(field, "a string", value);
        return fallback;
    }

    /** A required finite number. */
    double number(String field) {
        return number(field, true, 0);
    }

    /** An optional finite number. */
    double number(String field, double fallback) {
        return number(field, false, fallback);
    }

    private double number(String field, boolean required, double fallback) {
        JsonNode value = value(field, required, NUMBER);
        return value == null ? fallback : finite(path(field), field, value).orElse(fallback);
    }

    /** An optional number; absent (and, if {@code nullMeansEmpty}, null) is empty. */
    OptionalDouble optionalNumber(String field, boolean nullMeansEmpty) {
        if (nullMeansEmpty && present && node.has(field) && node.get(field).isNull()) {
            return OptionalDouble.empty();
        }
        JsonNode value = value(field, false, NUMBER);
        return value == null ? OptionalDouble.empty() : finite(path(field), field, value);
    }

    private OptionalDouble finite(String at, String field, JsonNode value) {
        if (!value.isNumber()) {
            problems.replaced(at, "expected " + NUMBER + ", was " + ExchangeJson.describe(value));
            return OptionalDouble.empty();
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            problems.replaced(at, "must be a finite number, was " + value.asText()
                    + "; JSON has no NaN or Infinity, and numbers must lie within ±1.7e308");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(number);
    }

    /** A required whole number within {@code [min, max]}: a count such as members or population. */
    long whole(String field, long min, long max) {
        JsonNode value = value(field, true, "a whole number");
        if (value == null) {
            return 0;
        }
        OptionalDouble number = finite(path(field), field, value);
        if (number.isEmpty()) {
            return 0;
        }
        double v = number.getAsDouble();
        if (v != Math.rint(v)) {
            problems.replaced(path(field), "must be a whole number, was " + value.asText());
            return 0;
        }
        if (v < min || v > max || value.isBigInteger() && !value.canConvertToLong()) {
            problems.replaced(path(field), "must be between " + min + " and " + max + ", was " + value.asText());
            return 0;
        }
        return (long) v;
    }

    /** An optional {@code true} or {@code false}. */
    boolean bool(String field, boolean fallback) {
        JsonNode value = value(field, false, "true or false");
        if (value == null) {
            return fallback;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        wrongType(field, "true or false", value);
        return fallback;
    }

    /** A required boolean. */
    boolean bool(String field) {
        JsonNode value = value(field, true, "true or false");
        if (value != null && !value.isBoolean()) {
            wrongType(field, "true or false", value);
        }
        return value != null && value.booleanValue();
    }

    /** A required priority: {@code essential}, {@code important} or {@code desired}. */
    Priority priority(String field) {
        String expected = "one of " + priorityNames();
        JsonNode value = value(field, true, expected);
        if (value == null) {
            return Priority.ESSENTIAL;
        }
        if (!value.isTextual()) {
            wrongType(field, expected, value);
            return Priority.ESSENTIAL;
        }
        return Priority.fromId(value.textValue()).orElseGet(() -> {
            problems.replaced(path(field), "unknown priority \"" + value.textValue() + "\"; use " + priorityNames()
                    + (Priority.fromId(value.textValue().toLowerCase(Locale.ROOT)).isPresent() ? " (lower case)" : ""));
            return Priority.ESSENTIAL;
        });
    }

    /** An optional object of numbers keyed by id, such as a technology's inputs; bad entries are left out. */
    Map<String, Double> numbers(String field) {
        JsonNode value = value(field, false, "an object of numbers");
        Map<String, Double> result = new LinkedHashMap<>();
        if (value == null) {
            return result;
        }
        if (!value.isObject()) {
            wrongType(field, "an object of numbers, e.g. { \"flour\": 0.7 }", value);
            return result;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = path(field) + "." + entry.getKey();
            if (entry.getKey().isBlank()) {
                problems.add(at, "a product id must not be empty");
            } else if (entry.getValue().isNull()) {
                problems.add(at, "must not be null; give a number or leave the entry out");
            } else {
                finite(at, entry.getKey(), entry.getValue()).ifPresent(v -> result.put(entry.getKey(), v));
            }
        }
        return result;
    }

    /** A nested object; a stand-in reader when it is missing and optional, or broken. */
    FieldReader object(String field, boolean required, List<String> known) {
        JsonNode value = value(field, required, "an object");
        if (value == null) {
            return absent(path(field), problems);
        }
        if (!value.isObject()) {
            wrongType(field, "an object", value);
            return absent(path(field), problems);
        }
        return of(value, path(field), problems, known);
    }

    /** Whether the field is there and not null. */
    boolean has(String field) {
        return present && node.hasNonNull(field);
    }

    /** A required array of objects; an element that is not an object gets a stand-in reader. */
    List<FieldReader> objects(String field, List<String> known) {
        JsonNode value = value(field, true, "an array");
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            wrongType(field, "an array", value);
            return List.of();
        }
        List<FieldReader> readers = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String at = path(field) + "[" + i + "]";
            JsonNode element = value.get(i);
            if (element.isObject()) {
                readers.add(of(element, at, problems, known));
            } else {
                problems.replaced(at, "expected an object, was " + ExchangeJson.describe(element));
                readers.add(absent(at, problems));
            }
        }
        return readers;
    }

    private JsonNode value(String field, boolean required, String expected) {
        if (!present) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                problems.replaced(path(field), "missing required field; give " + expected);
            }
            return null;
        }
        if (value.isNull()) {
            problems.replaced(path(field), "must not be null; give " + expected
                    + (required ? "" : " or leave the field out for the default"));
            return null;
        }
        return value;
    }

    private void wrongType(String field, String expected, JsonNode value) {
        problems.replaced(path(field), "expected " + expected + ", was " + ExchangeJson.describe(value));
    }

    private void rejectUnknown(List<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(path(name), unknownField(name, known));
            }
        }
    }

    private static String unknownField(String name, List<String> known) {
        String list = String.join(", ", known);
        return known.stream()
                .filter(k -> Spelling.isClose(name, k))
                .findFirst()
                .map(k -> "unknown field; did you mean \"" + k + "\"? Known fields are " + list)
                .orElse("unknown field; known fields are " + list);
    }

    private static String priorityNames() {
        return java.util.Arrays.stream(Priority.values()).map(Priority::id).collect(Collectors.joining(", "));
    }
}
