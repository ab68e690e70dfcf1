package org.veche.planner.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.veche.planner.cli.UsageException;

/**
 * The benchmark's command line: {@code [ECONOMY.json ...] [--sizes 2000,20000,100000] [--discrete]
 * [--structure popular|tiered] [--seed N] [--time-limit S] [--out DIR]}. Without files or sizes it
 * generates 2,000 products; the structure ({@link InputStructure}) is popular unless named.
 */
public record BenchArguments(List<Path> files, List<Integer> sizes, boolean discrete, InputStructure structure,
        long seed, Duration timeLimit, Path out) {

    public static final String USAGE = "[ECONOMY.json ...] [--sizes 2000,20000,100000] [--discrete]"
            + " [--structure popular|tiered] [--seed N] [--time-limit S] [--out DIR]"
            + "   solve, check and time economies; writes bench.csv and bench.md";

    public BenchArguments {
        files = List.copyOf(files);
        sizes = List.copyOf(sizes);
    }

    public static BenchArguments parse(List<String> args) {
        List<Path> files = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        boolean discrete = false;
        InputStructure structure = InputStructure.POPULAR;
        long seed = 1;
        Duration timeLimit = Duration.ofSeconds(60);
        Path out = Path.of("target", "bench");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--sizes" -> sizes.addAll(sizes(value(args, ++i, arg)));
                case "--discrete" -> discrete = true;
                case "--structure" -> structure = structure(value(args, ++i, arg));
                case "--seed" -> seed = whole(value(args, ++i, arg), arg);
                case "--time-limit" -> timeLimit = Duration.ofSeconds(positive(value(args, ++i, arg), arg));
                case "--out" -> out = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option '" + arg + "'");
                    }
                    files.add(Path.of(arg));
                }
            }
        }
        if (files.isEmpty() && sizes.isEmpty()) {
            sizes.add(2_000);
        }
        return new BenchArguments(files, sizes, discrete, structure, seed, timeLimit, out);
    }

    /** The files first, then a generated economy per size. */
    public List<BenchCase> cases() {
        List<BenchCase> cases = new ArrayList<>();
        files.forEach(file -> cases.add(BenchCase.file(file)));
        sizes.forEach(size -> cases.add(BenchCase.generated(SyntheticParameters.of(size, seed)
                .withDiscrete(discrete).withStructure(structure))));
        return cases;
    }

    private static List<Integer> sizes(String text) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : text.split(",")) {
            sizes.add((int) positive(part.trim().replace("_", ""), "--sizes"));
        }
        return sizes;
    }

    private static InputStructure structure(String text) {
        try {
            return InputStructure.of(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--structure must be popular or tiered, was '" + text + "'");
        }
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new UsageException("option " + option + " needs a value");
        }
        return args.get(index);
    }

    private static long positive(String text, String option) {
        long value = whole(text, option);
        if (value <= 0) {
            throw new UsageException(option + " must be positive, was " + text);
        }
        return value;
    }

    private static long whole(String text, String option) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, e.g. 2000, was '" + text + "'");
        }
    }
}
