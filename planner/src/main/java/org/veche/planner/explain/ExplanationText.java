package org.veche.planner.explain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.veche.model.Economy;
import org.veche.model.Priority;
import org.veche.model.Product;
import org.veche.model.plan.NeedGroup;

/** Puts explanations in words a local understands. */
final class ExplanationText {

    private final Economy economy;
    private final BindingTrace trace;

    ExplanationText(Economy economy, BindingTrace trace) {
        this.economy = economy;
        this.trace = trace;
    }

    Explanation nothingMakesIt(NeedGroup group, double share) {
        String text = head(group, share) + " Limit: nothing makes it — no collective has a technology for "
                + name(group.product()) + ". Relief: a collective that can make it.";
        return new Explanation(group, share, LimitKind.NOTHING_MAKES_IT, List.of(group.product()), List.of(),
                Optional.empty(), text);
    }

    Explanation timeLimit(NeedGroup group, double share) {
        String text = head(group, share) + " Limit: the planner's time limit — it stopped before it found any"
                + " plan, so nothing was planned. Relief: a longer time limit for the solver.";
        return new Explanation(group, share, LimitKind.TIME_LIMIT, List.of(), List.of(), Optional.empty(), text);
    }

    /**
     * The LP found no plan before the time limit, but the plan serves {@code share}: the discrete
     * repair made it whole beside the LP, at worst for the needs of the highest weight alone.
     */
    Explanation timeLimitWithPlan(NeedGroup group, double share) {
        String text = head(group, share) + " Limit: the planner's time limit — it stopped before it found the best"
                + " plan, so this plan was made whole without it (at worst for the needs of the highest weight alone,"
                + " the others getting what those leave over). Relief: a longer time limit for the solver.";
        return new Explanation(group, share, LimitKind.TIME_LIMIT, List.of(), List.of(), Optional.empty(), text);
    }

    /**
     * The LP was approximated before the time limit (an interior point, near the optimum), and the
     * approximation serves the group nearly in full ({@code approximated}); the plan made whole from
     * it serves {@code share}.
     */
    Explanation nearlyFullBeforeTheTimeLimit(NeedGroup group, double share, double approximated) {
        String text = head(group, share) + " Limit: the planner's time limit — it stopped near the best plan,"
                + " whose approximation serves this need at " + percent(approximated) + ", nearly in full, and the"
                + " plan made whole from it (every balance kept) at " + percent(share) + ". Relief: a longer time"
                + " limit for the solver.";
        return new Explanation(group, share, LimitKind.TIME_LIMIT, List.of(), List.of(), Optional.empty(), text);
    }

    /** A priority the planner did not plan in full before its time limit; it planned {@code planned} first. */
    Explanation notReached(NeedGroup group, double share, List<Priority> planned) {
        String text = head(group, share) + " Limit: the planner's time limit — it plans the needs in order of"
                + " their weight and stopped after the " + words(planned) + " needs, before it planned the "
                + group.priority().id() + " ones in full. Relief: a longer time limit for the solver.";
        return new Explanation(group, share, LimitKind.TIME_LIMIT, List.of(), List.of(), Optional.empty(), text);
    }

    private static String words(List<Priority> priorities) {
        List<String> ids = priorities.stream().map(Priority::id).toList();
        return ids.size() < 2 ? String.join("", ids)
                : String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }

    Explanation untraced(NeedGroup group, double share) {
        String text = head(group, share) + " Limit: no single binding limit could be traced.";
        return new Explanation(group, share, LimitKind.UNTRACED, List.of(), List.of(), Optional.empty(), text);
    }

    /**
     * The group is short because of {@code limits}; with {@code approximated} they are those nearly
     * binding at the approximation the plan was made from (and the relief is reckoned along the
     * chain, not from the LP's rates), which the text says.
     */
    Explanation limited(NeedGroup group, double share, List<Binding> limits, Optional<Relief> relief,
            Optional<NeedGroup> higher, boolean approximated) {
        Binding first = limits.get(0);
        List<String> subjects = limits.stream().map(Binding::subject).distinct().toList();
        StringBuilder text = new StringBuilder(head(group, share)).append(" Limit: ");
        higher.ifPresent(h -> text.append("higher priorities took the capacity (").append(name(h.product()))
                .append(" at ").append(h.priority().id())
                .append(approximated ? " priority is served); " : " priority is 100 % served); "));
        if (!first.via().isEmpty()) {
            text.append(String.join(", which needs ", first.via().stream().map(this::name).toList()))
                    .append(" ran short: ");
        }
        text.append(describe(first.kind(), subjects)).append('.');
        relief.ifPresent(r -> text.append(" Relief: ").append(describe(r)).append('.'));
        if (approximated) {
            text.append(" (The planner stopped at its time limit near the best plan: this is the limit within 1 %"
                    + " of binding in the plan it approximated")
                    .append(relief.isPresent() ? ", and its relief is reckoned from what the missing quantity takes"
                            + " of it, not from the LP's rates" : "")
                    .append("; a longer time limit gives the exact limits and relief.)");
        }
        LimitKind kind = higher.isPresent() ? LimitKind.HIGHER_PRIORITIES : first.kind();
        List<String> ids = higher.map(h -> prepend(h.toString(), subjects)).orElse(subjects);
        return new Explanation(group, share, kind, ids, first.via(), relief, text.toString());
    }

    private String describe(LimitKind kind, List<String> subjects) {
        return switch (kind) {
            case CAPACITY -> capacity(subjects);
            case WORKING_TIME -> "the working-time cap of " + and(subjects) + " binds ("
                    + amount(subjects.stream().mapToDouble(trace::hoursCap).sum()) + " h)";
            case EMISSION_CAP -> "the emission cap binds ("
                    + amount(economy.policy().emissionCap().orElse(0)) + ")";
            case FIXED_PRODUCTION -> "production at " + and(subjects) + " is fixed by an earlier choice";
            default -> "no single binding limit could be traced";
        };
    }

    private String capacity(List<String> subjects) {
        String product = subjects.get(0).substring(subjects.get(0).indexOf('/') + 1);
        double max = subjects.stream().mapToDouble(this::maxOutput).sum();
        List<String> collectives = subjects.stream().map(s -> s.substring(0, s.indexOf('/'))).toList();
        return and(collectives) + (collectives.size() == 1 ? " makes " : " make ") + name(product)
                + " at " + (collectives.size() == 1 ? "its" : "their") + " maximum output ("
                + amount(max) + " " + unit(product) + ")";
    }

    private String describe(Relief relief) {
        String gain = " would serve up to " + percent(relief.shareGain()) + " more";
        return switch (relief.kind()) {
            case CAPACITY -> "+" + amount(relief.amount()) + " " + relief.unit() + " of capacity at "
                    + relief.subject().replace('/', ' ') + gain;
            case WORKING_TIME -> "+" + amount(relief.amount()) + " h at " + relief.subject() + gain;
            case EMISSION_CAP -> "raising the emission cap by " + amount(relief.amount()) + gain;
            default -> "";
        };
    }

    String unit(Binding binding) {
        return switch (binding.kind()) {
            case CAPACITY -> unit(binding.subject().substring(binding.subject().indexOf('/') + 1));
            case WORKING_TIME -> "h";
            case EMISSION_CAP -> "emissions";
            default -> "";
        };
    }

    private double maxOutput(String technologyRef) {
        int slash = technologyRef.indexOf('/');
        return economy.collective(technologyRef.substring(0, slash))
                .flatMap(c -> c.technology(technologyRef.substring(slash + 1)))
                .map(t -> t.maxOutput())
                .orElse(0.0);
    }

    private String head(NeedGroup group, double share) {
        return capitalised(name(group.product())) + " (" + group.priority().id() + "): " + percent(share) + " served.";
    }

    private String name(String product) {
        return economy.product(product).map(Product::name).orElse(product);
    }

    private String unit(String product) {
        return economy.product(product).map(Product::unit).orElse("units");
    }

    private static List<String> prepend(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * A share in per cent to one decimal, or as many more (up to four) as it takes not to print a
     * share short of 1 as 100 % (99.95 %).
     */
    static String percent(double fraction) {
        String printed = trim(String.format(Locale.ENGLISH, "%.1f", fraction * 100));
        for (int decimals = 2; fraction < 1 && Double.parseDouble(printed) >= 100 && decimals <= 4; decimals++) {
            printed = String.format(Locale.ENGLISH, "%." + decimals + "f", fraction * 100);
        }
        return (fraction < 1 && Double.parseDouble(printed) >= 100 ? "just under 100" : printed) + " %";
    }

    static String amount(double value) {
        return trim(String.format(Locale.ENGLISH, "%,.1f", value));
    }

    private static String trim(String number) {
        return number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
