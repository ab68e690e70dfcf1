package org.veche.planner.exchange;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.veche.model.Economy;

/**
 * The {@code veche.economy/1} exchange format of SPEC §4 (see {@code docs/formats.md}).
 *
 * <p>Reading reports every problem at once in a {@link FormatException}: JSON syntax, the
 * {@code format} field, unknown fields, wrong types, missing or null values, numbers out of range
 * and the economy's own rules (unknown ids, duplicates, negative capacities...). Writing is
 * deterministic: the same economy gives byte-identical text, and {@code read(write(e))} equals
 * {@code e}.
 */
public final class EconomyFormat {

    /** The value of the {@code format} field. */
    public static final String FORMAT = EconomyReader.FORMAT;

    private EconomyFormat() {}

    /** The economy in {@code json}; throws {@link FormatException} listing every problem. */
    public static Economy read(String json) {
        return EconomyReader.read(ExchangeJson.parse(() -> ExchangeJson.MAPPER.readTree(json), FORMAT));
    }

    /**
     * The economy in {@code file} (UTF-8); throws {@link FormatException} listing every problem, or
     * {@link UncheckedIOException} when the file cannot be read.
     */
    public static Economy read(Path file) {
        byte[] bytes = ExchangeJson.readFile(file);
        return EconomyReader.read(ExchangeJson.parse(() -> ExchangeJson.MAPPER.readTree(bytes), FORMAT));
    }

    /** The economy as pretty-printed JSON with a final newline. */
    public static String write(Economy economy) {
        return ExchangeJson.print(EconomyWriter.tree(economy));
    }

    /** Writes the economy to {@code file} in UTF-8, replacing it. */
    public static void write(Economy economy, Path file) {
        ExchangeJson.writeFile(write(economy), file);
    }
}
