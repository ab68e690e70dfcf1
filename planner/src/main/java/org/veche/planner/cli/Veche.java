package org.veche.planner.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.veche.planner.Planner;
import org.veche.planner.bench.BenchCommand;

/** The {@code veche} command line: dispatches to one {@link Command}. */
public final class Veche {

    private final List<Command> commands;

    Veche(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    static Veche standard() {
        Planner planner = new Planner();
        return new Veche(List.of(new ValidateCommand(), new CheckCommand(), new ImportIoCommand(),
                new SolveCommand(planner), BenchCommand.of(planner)));
    }

    public static void main(String[] args) {
        System.exit(standard().run(List.of(args), System.out, System.err));
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            printUsage(args.isEmpty() ? err : out);
            return args.isEmpty() ? 2 : 0;
        }
        Optional<Command> command = commands.stream().filter(c -> c.name().equals(args.get(0))).findFirst();
        if (command.isEmpty()) {
            err.println("veche: unknown command '" + args.get(0) + "'.");
            printUsage(err);
            return 2;
        }
        try {
            return command.get().run(args.subList(1, args.size()), out, err);
        } catch (UsageException e) {
            err.println("veche " + command.get().name() + ": " + e.getMessage());
            err.println("usage: veche " + command.get().name() + " " + command.get().usage());
            return 2;
        } catch (Exception e) {
            err.println("veche " + command.get().name() + ": " + e.getMessage());
            return 1;
        }
    }

    private void printUsage(PrintStream stream) {
        stream.println("usage: veche COMMAND [ARGS]");
        stream.println("commands:");
        stream.println("  serve                    start the server with a demo cycle (see README)");
        stream.println("  test                     run the test suite (./mvnw -B verify)");
        for (Command command : commands) {
            stream.printf("  %-24s %s%n", command.name(), command.usage());
        }
    }
}
