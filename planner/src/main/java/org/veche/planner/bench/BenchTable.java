package org.veche.planner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes benchmark rows as {@code bench.csv} (every field) and {@code bench.md} (the main ones). */
final class BenchTable {

    static final String CSV = "bench.csv";
    static final String MARKDOWN = "bench.md";

    private static final List<String> COLUMNS = List.of("economy", "products", "technologies", "locals", "needs",
            "buildMillis", "solveMillis", "analysisMillis", "peakHeapMb", "gcCount", "gcMillis", "feasible",
            "breaches", "hard", "needsScore", "essential", "important", "desired", "labourHours", "emissions",
            "lpStatus", "lpNeeds", "needsGap", "essentialShare", "importantShare", "desiredShare",
            "lowestEssentialShare", "essentialGini", "memberHoursMax", "error");

    private BenchTable() {}

    static void write(List<BenchResult> results, Duration timeLimit, Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(CSV), csv(results));
        Files.writeString(directory.resolve(MARKDOWN), markdown(results, timeLimit));
    }

    static String csv(List<BenchResult> results) {
        StringBuilder text = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (BenchResult r : results) {
            text.append(values(r).stream().collect(Collectors.joining(","))).append('\n');
        }
        return text.toString();
    }

    private static List<String> values(BenchResult r) {
        List<String> values = new ArrayList<>(List.of(quoted(r.economy()), "" + r.products(), "" + r.technologies(),
                "" + r.locals(), "" + r.needs(), "" + r.buildMillis(), "" + r.solveMillis(), "" + r.analysisMillis(),
                "" + r.peakHeapMb(), "" + r.gcCount(), "" + r.gcMillis(), "" + r.feasible(), "" + r.breaches()));
        for (double v : new double[] {r.hard(), r.needsScore(), r.essential(), r.important(), r.desired(),
                r.labourHours(), r.emissions()}) {
            values.add(number(v));
        }
        values.add(r.lpStatus());
        for (double v : new double[] {r.lpNeeds(), r.needsGap(), r.essentialShare(), r.importantShare(),
                r.desiredShare(), r.lowestEssentialShare(), r.essentialGini(), r.memberHoursMax()}) {
            values.add(number(v));
        }
        values.add(quoted(r.error()));
        return values;
    }

    static String markdown(List<BenchResult> results, Duration timeLimit) {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder text = new StringBuilder("# Veche benchmark\n\n")
                .append(String.format(Locale.ROOT, "Java %s, %d processors, max heap %d MB, time limit %d s.%n%n",
                        System.getProperty("java.version"), runtime.availableProcessors(),
                        runtime.maxMemory() >> 20, timeLimit.toSeconds()))
                .append("| economy | products | technologies | needs | solve s | peak heap MB | feasible | needs"
                        + " | LP bound | gap | essential | important | desired | lowest essential | Gini"
                        + " | labour h |\n")
                .append("|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BenchResult r : results) {
            if (!r.error().isEmpty()) {
                text.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %d | **failed**: %s |%n",
                        r.economy(), r.products(), r.technologies(), r.needs(), r.solveMillis() / 1000.0,
                        r.peakHeapMb(), r.error().replace("|", "/").replace("\n", " ")));
                continue;
            }
            text.append(String.format(Locale.ROOT,
                    "| %s | %d | %d | %d | %.1f | %d | %s | %.6g | %.6g %s | %s | %s | %s | %s | %s | %.3f | %.6g |%n",
                    r.economy(), r.products(), r.technologies(), r.needs(), r.solveMillis() / 1000.0, r.peakHeapMb(),
                    r.feasible() ? "yes" : "**no** (" + r.breaches() + ")", r.needsScore(), r.lpNeeds(),
                    r.lpStatus().equals("OPTIMAL") ? "" : "(" + r.lpStatus() + ")", percent(r.needsGap()), percent(r.essentialShare()), percent(r.importantShare()),
                    percent(r.desiredShare()), percent(r.lowestEssentialShare()), r.essentialGini(),
                    r.labourHours()));
        }
        return text.append("\nShares are quantity-weighted; gap = (LP bound − needs) / LP bound, known only when the LP reached its"
                + " optimum (a status in brackets means it stopped at its time limit and bounds nothing).\n").toString();
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.3g %%", 100 * share);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.10g", value);
    }

    private static String quoted(String text) {
        String line = text.replace('\n', ' ').replace('\r', ' ');
        return line.contains(",") || line.contains("\"") ? "\"" + line.replace("\"", "\"\"") + "\"" : line;
    }
}
