package org.veche.planner.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.check.Breach;
import org.veche.model.check.PlanCheck;
import org.veche.model.check.PlanEvaluation;
import org.veche.model.check.PlanScore;
import org.veche.model.check.Tolerance;
import org.veche.planner.exchange.EconomyFormat;
import org.veche.planner.exchange.FormatException;
import org.veche.planner.exchange.PlanDocument;
import org.veche.planner.exchange.PlanFormat;

/**
 * {@code veche check ECONOMY.json PLAN.json}: recomputes feasibility and every score level of
 * SPEC §3 with {@link PlanCheck}, which shares no code with the solver. Exit status 1 for an
 * infeasible plan; a score in the file that disagrees with the recomputed one is reported.
 */
public final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String usage() {
        return "ECONOMY.json PLAN.json   recompute a plan's feasibility and score independently of the solver";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2) {
            throw new UsageException("expected an economy file and a plan file, got " + args.size() + " arguments");
        }
        Economy economy;
        PlanDocument document;
        try {
            economy = EconomyFormat.read(existing(args.get(0)));
            document = PlanFormat.read(existing(args.get(1)));
        } catch (FormatException e) {
            err.println("veche check: " + e.getMessage());
            return 1;
        } catch (UncheckedIOException | IllegalArgumentException e) {
            err.println("veche check: " + e.getMessage());
            return 1;
        }
        if (!document.plan().economy().equals(economy.name())) {
            err.println("note: the plan was made for economy '" + document.plan().economy()
                    + "', this economy is '" + economy.name() + "'.");
        }
        PlanEvaluation evaluation = PlanCheck.evaluate(economy, document.plan());
        print(evaluation, out);
        document.score().ifPresent(claimed -> compare(claimed, evaluation.score(), err));
        return evaluation.feasible() ? 0 : 1;
    }

    private static Path existing(String name) {
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file " + file);
        }
        return file;
    }

    static void print(PlanEvaluation evaluation, PrintStream out) {
        PlanScore score = evaluation.score();
        if (evaluation.feasible()) {
            out.println("feasible: yes");
        } else {
            out.println("feasible: no, " + evaluation.breaches().size() + " breach"
                    + (evaluation.breaches().size() == 1 ? "" : "es"));
            for (Breach breach : evaluation.breaches()) {
                out.printf(Locale.ROOT, "  %s at %s: %s (%s %s)%n", breach.rule().id(), breach.subject(),
                        breach.message(), number(breach.size()), breach.unit());
            }
        }
        out.println("hard:        " + number(score.hard()));
        out.printf(Locale.ROOT, "needs:       %s (essential %s, important %s, desired %s)%n", number(score.needs()),
                number(score.essential()), number(score.important()), number(score.desired()));
        out.println("stability:   " + number(score.stability()));
        out.println("labourHours: " + number(score.labourHours()));
        out.println("emissions:   " + number(score.emissions()));
        StringBuilder shares = new StringBuilder("served (quantity-weighted):");
        for (Priority priority : Priority.values()) {
            evaluation.quantityShare(priority).ifPresent(share -> shares.append(String.format(Locale.ROOT,
                    " %s %.2f %%", priority.id(), 100 * share)));
        }
        out.println(shares);
    }

    private static void compare(PlanScore claimed, PlanScore recomputed, PrintStream err) {
        check("feasible", claimed.feasible() ? 1 : 0, recomputed.feasible() ? 1 : 0, err);
        check("needs", claimed.needs(), recomputed.needs(), err);
        check("essential", claimed.essential(), recomputed.essential(), err);
        check("important", claimed.important(), recomputed.important(), err);
        check("desired", claimed.desired(), recomputed.desired(), err);
        check("labourHours", claimed.labourHours(), recomputed.labourHours(), err);
        check("emissions", claimed.emissions(), recomputed.emissions(), err);
    }

    private static void check(String level, double claimed, double recomputed, PrintStream err) {
        if (!Tolerance.agree(claimed, recomputed)) {
            err.println("note: the plan file's score says " + level + " " + number(claimed)
                    + ", recomputed " + number(recomputed) + ".");
        }
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%.0f", value == 0 ? 0.0 : value);
        }
        return String.format(Locale.ROOT, "%.6g", value).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }
}
