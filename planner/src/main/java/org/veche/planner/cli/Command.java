package org.veche.planner.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of {@code veche}. It writes results to {@code out}, problems to {@code err}, and
 * returns the process exit status: 0 for success, 1 for a negative verdict (an invalid economy,
 * an infeasible plan), 2 for a usage error.
 */
public interface Command {

    /** The word after {@code veche}, e.g. {@code validate}. */
    String name();

    /** One line: the arguments and what the command does. */
    String usage();

    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
