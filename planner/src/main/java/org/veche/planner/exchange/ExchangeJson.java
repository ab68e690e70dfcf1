package org.veche.planner.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.veche.model.Violation;

/** The JSON dialect shared by the exchange formats: how files are parsed, and how they are printed. */
final class ExchangeJson {

    /**
     * NaN and Infinity are accepted by the parser only so that the reader can reject them with the
     * path of the field (a syntax error would only say line and column). Duplicate keys and trailing
     * content are syntax errors: silently keeping the last value would hide a mistake.
     */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addModule(new SimpleModule("veche-numbers")
                    .addSerializer(Double.class, new NumberSerializer())
                    .addSerializer(Double.TYPE, new NumberSerializer()))
            .build();

    private static final DefaultPrettyPrinter PRINTER = printer();

    private static final double PLAIN_FROM = 1e-7;
    private static final double PLAIN_BELOW = 1e21;

    private ExchangeJson() {}

    interface Source {
        JsonNode read() throws IOException;
    }

    /** The parsed tree; a syntax error becomes a {@link FormatException} with line and column. */
    static JsonNode parse(Source source, String format) {
        JsonNode tree;
        try {
            tree = source.read();
        } catch (JsonProcessingException e) {
            throw new FormatException(format, List.of(syntaxError(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new FormatException(format, List.of(new Violation("",
                    "the file is empty; expected a JSON object starting with \"format\": \"" + format + "\"")));
        }
        if (!tree.isObject()) {
            throw new FormatException(format, List.of(new Violation("",
                    "expected a JSON object with \"format\": \"" + format + "\", was " + describe(tree))));
        }
        return tree;
    }

    private static Violation syntaxError(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new Violation("", "invalid JSON" + where + ": " + e.getOriginalMessage());
    }

    /**
     * Checks the {@code format} field. Returns false when the file names another format (or
     * another version): then nothing else in it can be read meaningfully.
     */
    static boolean checkFormat(JsonNode root, String format, Problems problems) {
        JsonNode value = root.get("format");
        if (value == null) {
            problems.add("format", "missing required field; an exchange file starts with \"format\": \"" + format + "\"");
            return true;
        }
        if (value.isTextual() && value.textValue().equals(format)) {
            return true;
        }
        problems.add("format", "expected \"" + format + "\", was " + describe(value)
                + "; this file is not a " + format + " file, or it is another version");
        return false;
    }

    /** A JSON number node printed as {@link #numberText(double)}. */
    static JsonNode number(double value) {
        return JsonNodeFactory.instance.rawValueNode(new RawValue(numberText(value)));
    }

    /**
     * The shortest text that reads back as exactly {@code value}, written the way people write
     * numbers: whole values without a fraction ({@code 50000}, not {@code 50000.0}), plain decimals
     * between 1e-7 and 1e21 ({@code 0.000001}), exponents beyond ({@code 1e-9}, {@code 2.5e21}).
     * Minus zero is written {@code 0}.
     */
    static String numberText(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write " + value + ": JSON numbers are finite");
        }
        if (value == 0) {
            return "0";
        }
        // Double.toString gives the shortest digits that round-trip (JDK 19+); only the layout changes.
        BigDecimal digits = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        double size = Math.abs(value);
        if (size >= PLAIN_FROM && size < PLAIN_BELOW) {
            return digits.toPlainString();
        }
        String unscaled = digits.unscaledValue().abs().toString();
        int exponent = unscaled.length() - 1 - digits.scale();
        String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
        return (value < 0 ? "-" : "") + mantissa + "e" + exponent;
    }

    /** Pretty-printed with two spaces, one value per line, a final newline; the same tree gives the same text. */
    static String print(JsonNode tree) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print an exchange tree", e);
        }
    }

    /** How a value reads in an error message: {@code the string "12"}, {@code an array}, ... */
    static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "the string \"" + shorten(value.textValue()) + "\"";
            case NUMBER -> "the number " + value.asText();
            case BOOLEAN -> String.valueOf(value.booleanValue());
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** Numbers in extra plan sections follow the same rule as {@link #number(double)}. */
    private static final class NumberSerializer extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        NumberSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (Double.isFinite(value)) {
                gen.writeNumber(numberText(value));
            } else {
                gen.writeNumber(value); // Jackson writes "NaN" as a string: a section may report one
            }
        }
    }

    static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e, e);
        }
    }

    static void writeFile(String text, Path file) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e, e);
        }
    }
}
