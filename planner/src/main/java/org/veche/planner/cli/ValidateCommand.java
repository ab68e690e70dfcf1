package org.veche.planner.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.veche.model.Economy;
import org.veche.model.Violation;
import org.veche.planner.exchange.EconomyFormat;
import org.veche.planner.exchange.FormatException;

/**
 * {@code veche validate ECONOMY.json}: reads an economy file and says whether it is valid, listing
 * every problem as {@code path: message}, one per line, so they can all be fixed in one go.
 */
public final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "ECONOMY.json   check an economy file and list every problem in it";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            throw new UsageException("expected one economy file, got " + args.size() + " arguments");
        }
        Path file = Path.of(args.get(0));
        if (!Files.isRegularFile(file)) {
            err.println("veche validate: " + (Files.isDirectory(file) ? file + " is a directory" : "no such file " + file)
                    + "; give the path of an economy file (" + EconomyFormat.FORMAT + ").");
            return 1;
        }
        try {
            out.println(summary(EconomyFormat.read(file)));
            return 0;
        } catch (FormatException e) {
            err.println("invalid: " + count(e.violations().size(), "problem") + " in " + file);
            e.violations().forEach(v -> err.println(line(v)));
            return 1;
        } catch (UncheckedIOException e) {
            err.println("veche validate: " + e.getMessage());
            return 1;
        }
    }

    static String summary(Economy economy) {
        return "valid: " + count(economy.products().size(), "product")
                + ", " + count(economy.regions().size(), "region")
                + ", " + count(economy.collectives().size(), "collective")
                + " (" + count(economy.technologyCount(), "technology") + ")"
                + ", " + count(economy.locals().size(), "local")
                + " (" + count(economy.needCount(), "need") + ")";
    }

    private static String line(Violation violation) {
        return violation.path().isEmpty() ? violation.message() : violation.path() + ": " + violation.message();
    }

    private static String count(int n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }
}
