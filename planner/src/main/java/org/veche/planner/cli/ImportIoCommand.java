package org.veche.planner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.veche.model.Economy;
import org.veche.planner.exchange.EconomyFormat;
import org.veche.planner.io.ImportParameters;
import org.veche.planner.io.InputOutputImport;
import org.veche.planner.io.InputOutputTable;
import org.veche.planner.io.LabourSource;
import org.veche.planner.io.PriorityShares;

/**
 * {@code veche import-io TABLE_DIR -o economy.json [options]}: reads an input-output table folder and
 * writes the economy it makes. Every {@link ImportParameters} component is a flag; {@code --help}
 * lists them with their defaults.
 */
public final class ImportIoCommand implements Command {

    /** One flag: its name, value placeholder, default as shown in the help, meaning, and how it sets a parameter. */
    private record Flag(String name, String value, String defaultValue, String meaning,
            BiFunction<ImportParameters, String, ImportParameters> apply) {
    }

    private static final List<Flag> FLAGS = List.of(
            new Flag("--seed", "N", "1", "seeds output shares, technology factors and populations",
                    (p, v) -> p.withSeed(Long.parseLong(v))),
            new Flag("--collectives-per-sector", "N", "3", "collectives making each sector's product",
                    (p, v) -> p.withCollectivesPerSector(Integer.parseInt(v))),
            new Flag("--regions", "R", "4", "regions the collectives and locals are spread over",
                    (p, v) -> p.withRegions(Integer.parseInt(v))),
            new Flag("--locals", "M", "20", "household locals (a commons local is added)",
                    (p, v) -> p.withLocals(Integer.parseInt(v))),
            new Flag("--share-concentration", "A", "4", "Dirichlet α splitting a sector's output (larger: more equal)",
                    (p, v) -> p.withShareConcentration(Double.parseDouble(v))),
            new Flag("--technology-spread", "S", "0.1", "input and labour coefficients × a factor in [1-S, 1+S]",
                    (p, v) -> p.withTechnologySpread(Double.parseDouble(v))),
            new Flag("--headroom", "F", "1.1", "maxOutput = share × gross output × F",
                    (p, v) -> p.withCapacityHeadroom(Double.parseDouble(v))),
            new Flag("--labour", "SOURCE", "auto", "auto, hours, persons or compensation",
                    (p, v) -> p.withLabourSource(LabourSource.parse(v))),
            new Flag("--annual-hours", "H", "1990", "hours a year per person (labour from persons)",
                    (p, v) -> p.withAnnualHoursPerPerson(Double.parseDouble(v))),
            new Flag("--hourly-wage", "W", "table average", "money units per hour (labour from compensation)",
                    (p, v) -> p.withHourlyWage(OptionalDouble.of(Double.parseDouble(v)))),
            new Flag("--max-hours-per-member", "H", "1600", "policy working-time cap; members = ⌈hours ÷ H⌉",
                    (p, v) -> p.withMaxHoursPerMember(Double.parseDouble(v))),
            new Flag("--growth", "F", "1.15", "household consumption × F",
                    (p, v) -> p.withGrowth(Double.parseDouble(v))),
            new Flag("--basic-shares", "E/I/D", "0.6/0.25/0.15", "priority split of household demand, basic sectors",
                    (p, v) -> p.withBasicShares(PriorityShares.parse(v))),
            new Flag("--other-shares", "E/I/D", "0.25/0.4/0.35", "priority split of household demand, other sectors",
                    (p, v) -> p.withOtherShares(PriorityShares.parse(v))),
            new Flag("--basic-keywords", "K1,K2,…", "food, health, … (see docs/io-import.md)",
                    "a sector is basic when its name contains one",
                    (p, v) -> p.withBasicKeywords(Arrays.stream(v.split(",")).map(String::strip)
                            .filter(k -> !k.isEmpty()).toList())),
            new Flag("--population-per-worker", "F", "2.2", "population = employed persons × F",
                    (p, v) -> p.withPopulationPerWorker(Double.parseDouble(v))),
            new Flag("--digits", "D", "4", "significant digits of quantities (0: no rounding)",
                    (p, v) -> p.withSignificantDigits(Integer.parseInt(v))),
            new Flag("--name", "TEXT", "the table's name", "the economy's name",
                    (p, v) -> p.withName(Optional.of(v))),
            new Flag("--unit", "TEXT", "the table's money unit", "every product's unit",
                    (p, v) -> p.withUnit(Optional.of(v))),
            new Flag("--period", "TEXT", "the table's year", "the planning period",
                    (p, v) -> p.withPeriod(Optional.of(v))));

    @Override
    public String name() {
        return "import-io";
    }

    @Override
    public String usage() {
        return "TABLE_DIR -o ECONOMY.json [--seed N] [--collectives-per-sector N] [--regions R] [--locals M]"
                + " [--growth F] [...]  import an input-output table as an economy (--help lists every option)";
    }

    /** The full help: every flag with its default. */
    public static String help() {
        StringBuilder text = new StringBuilder("usage: veche import-io TABLE_DIR -o ECONOMY.json [options]\n")
                .append("Reads an input-output table folder (sectors.csv, a_matrix.csv, final_demand.csv,\n")
                .append("gross_output.csv, labour.csv) and writes a veche.economy/1 file. See docs/io-import.md.\n")
                .append("options (default in brackets):\n")
                .append(String.format("  %-36s %s%n", "-o, --output FILE", "the economy file to write (required)"));
        for (Flag flag : FLAGS) {
            text.append(String.format("  %-36s %s [%s]%n", flag.name() + " " + flag.value(), flag.meaning(),
                    flag.defaultValue()));
        }
        return text.append(String.format("  %-36s %s%n", "--help", "this text")).toString();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(help());
            return 0;
        }
        Invocation invocation = parse(args);
        InputOutputTable table = InputOutputTable.read(invocation.table());
        Economy economy = InputOutputImport.toEconomy(table, invocation.parameters());
        EconomyFormat.write(economy, invocation.output());
        out.printf("Wrote %s: %s (%d products, %d collectives, %d locals, %d needs); hours from %s.%n",
                invocation.output(), economy.name(), economy.products().size(), economy.collectives().size(),
                economy.locals().size(), economy.needCount(),
                InputOutputImport.labourDescription(table, invocation.parameters()));
        return 0;
    }

    record Invocation(Path table, Path output, ImportParameters parameters) {
    }

    static Invocation parse(List<String> args) {
        List<String> positional = new ArrayList<>();
        Path output = null;
        ImportParameters parameters = ImportParameters.defaults();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean inline = !name.equals(arg);
            if (!name.startsWith("-") || name.equals("-")) {
                positional.add(arg);
                continue;
            }
            String value = inline ? arg.substring(name.length() + 1) : valueAfter(args, i++, name);
            if (name.equals("-o") || name.equals("--output")) {
                output = Path.of(value);
            } else {
                parameters = apply(parameters, flag(name), value);
            }
        }
        if (positional.size() != 1) {
            throw new UsageException(positional.isEmpty() ? "give the table folder, e.g. datasets/io/chile_2013_12."
                    : "give one table folder, got " + positional + ".");
        }
        if (output == null) {
            throw new UsageException("give the economy file to write with -o ECONOMY.json.");
        }
        return new Invocation(Path.of(positional.get(0)), output, parameters);
    }

    private static String valueAfter(List<String> args, int i, String name) {
        if (i + 1 >= args.size()) {
            throw new UsageException(name + " needs a value.");
        }
        return args.get(i + 1);
    }

    private static Flag flag(String name) {
        return FLAGS.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new UsageException("unknown option '" + name + "'. Options: -o, "
                        + FLAGS.stream().map(Flag::name).collect(Collectors.joining(", ")) + " (see --help)."));
    }

    private static ImportParameters apply(ImportParameters parameters, Flag flag, String value) {
        try {
            return flag.apply().apply(parameters, value);
        } catch (NumberFormatException e) {
            throw new UsageException(flag.name() + " needs a number, got '" + value + "'.");
        } catch (IllegalArgumentException e) {
            throw new UsageException(flag.name() + " " + value + ": " + e.getMessage());
        }
    }

    /** Runs this command alone (same error handling as {@code veche}), e.g. to build datasets. */
    public static void main(String[] args) {
        List<String> line = new ArrayList<>(List.of("import-io"));
        line.addAll(List.of(args));
        System.exit(new Veche(List.of(new ImportIoCommand())).run(line, System.out, System.err));
    }
}
