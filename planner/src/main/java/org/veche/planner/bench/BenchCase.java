package org.veche.planner.bench;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.veche.model.Economy;
import org.veche.planner.exchange.EconomyFormat;

/**
 * One economy to benchmark, built only when its turn comes so that one large economy at a time is
 * in memory.
 */
public record BenchCase(String name, Supplier<Economy> economy) {

    public BenchCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(economy, "economy");
    }

    public static BenchCase generated(SyntheticParameters parameters) {
        return new BenchCase(parameters.label(), () -> SyntheticEconomy.generate(parameters));
    }

    public static BenchCase file(Path file) {
        return new BenchCase(file.getFileName().toString(), () -> EconomyFormat.read(file));
    }
}
