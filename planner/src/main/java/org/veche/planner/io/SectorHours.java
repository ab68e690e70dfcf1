package org.veche.planner.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Each sector's yearly labour hours, taken from one column of {@code labour.csv} as
 * {@link ImportParameters#labourSource()} says, with a one-line account of how.
 *
 * <p>Column names carry their unit: a {@code _millions} or {@code _thousands} in the name scales the
 * numbers. For {@link LabourSource#HOURS} the hours of all persons engaged are preferred over
 * employees' hours, because self-employed work (46 % of farm hours in the USA table) is work a
 * collective has to do too.
 *
 * @param hours       hours per sector, in table order
 * @param workers     persons employed per sector, for the population estimate (hours ÷ annual hours
 *                    per person when the table has no persons column)
 * @param description where the hours came from, for the economy's documentation
 */
public record SectorHours(double[] hours, double[] workers, String description) {

    public static SectorHours of(InputOutputTable table, ImportParameters parameters) {
        double[] workers = persons(table, parameters.annualHoursPerPerson());
        return switch (resolve(table, parameters.labourSource())) {
            case HOURS -> fromHours(table, workers);
            case PERSONS -> fromPersons(table, parameters.annualHoursPerPerson(), workers);
            case COMPENSATION -> fromCompensation(table, parameters, workers);
            case AUTO -> throw new IllegalStateException("resolved above");
        };
    }

    public double total() {
        return Arrays.stream(hours).sum();
    }

    private static LabourSource resolve(InputOutputTable table, LabourSource source) {
        if (source != LabourSource.AUTO) {
            return source;
        }
        if (hoursColumn(table).isPresent()) {
            return LabourSource.HOURS;
        }
        return personsColumn(table).isPresent() ? LabourSource.PERSONS : LabourSource.COMPENSATION;
    }

    private static SectorHours fromHours(InputOutputTable table, double[] workers) {
        String column = hoursColumn(table).orElseThrow(() -> missing(table, "an hours column (hours_…)", "persons"));
        double scale = scale(column);
        return new SectorHours(column(table, column, scale), workers, column + " × " + format(scale));
    }

    private static SectorHours fromPersons(InputOutputTable table, double annualHours, double[] workers) {
        String column = personsColumn(table).orElseThrow(() -> missing(table, "a persons column", "compensation"));
        double[] hours = column(table, column, scale(column) * annualHours);
        String persons = scale(column) == 1 ? column : column + " × " + format(scale(column));
        return new SectorHours(hours, workers, persons + " × " + format(annualHours) + " h per person");
    }

    private static SectorHours fromCompensation(InputOutputTable table, ImportParameters parameters, double[] workers) {
        String column = compensationColumn(table).orElseThrow(() -> missing(table, "a compensation_of_employees column", "hours"));
        double[] compensation = column(table, column, 1);
        double wage = parameters.hourlyWage().orElseGet(() -> averageWage(table, parameters, compensation));
        double[] hours = Arrays.stream(compensation).map(c -> c / wage).toArray();
        return new SectorHours(hours, workers, column + " ÷ " + format(wage) + " money units per hour"
                + (parameters.hourlyWage().isPresent() ? "" : " (the table's average wage)"));
    }

    /** Total compensation ÷ total hours of the auto measure, so that only the split among sectors changes. */
    private static double averageWage(InputOutputTable table, ImportParameters parameters, double[] compensation) {
        LabourSource reference = hoursColumn(table).isPresent() ? LabourSource.HOURS : LabourSource.PERSONS;
        double hours = of(table, parameters.withLabourSource(reference)).total();
        return Arrays.stream(compensation).sum() / hours;
    }

    private static double[] persons(InputOutputTable table, double annualHours) {
        Optional<String> persons = personsColumn(table);
        if (persons.isPresent()) {
            return column(table, persons.get(), scale(persons.get()));
        }
        return hoursColumn(table).map(h -> column(table, h, scale(h) / annualHours))
                .orElseGet(() -> new double[table.size()]);
    }

    private static Optional<String> hoursColumn(InputOutputTable table) {
        return table.labourColumns().stream().filter(c -> c.startsWith("hours_"))
                .sorted((a, b) -> Boolean.compare(b.contains("persons_engaged"), a.contains("persons_engaged")))
                .findFirst();
    }

    private static Optional<String> personsColumn(InputOutputTable table) {
        return table.labourColumns().stream()
                .filter(c -> c.startsWith("employed_persons") || c.startsWith("persons_engaged"))
                .findFirst();
    }

    private static Optional<String> compensationColumn(InputOutputTable table) {
        return table.labourColumns().stream().filter(c -> c.startsWith("compensation_of_employees")).findFirst();
    }

    private static double scale(String column) {
        String name = column.toLowerCase(Locale.ROOT);
        if (name.contains("_millions")) {
            return 1e6;
        }
        return name.contains("_thousands") ? 1e3 : 1;
    }

    private static double[] column(InputOutputTable table, String column, double factor) {
        double[] values = new double[table.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = table.labour(column, i) * factor;
        }
        return values;
    }

    private static IllegalArgumentException missing(InputOutputTable table, String what, String alternative) {
        return new IllegalArgumentException("labour.csv of " + table.label() + " has no " + what + "; its columns are "
                + table.labourColumns() + ". Try the labour source '" + alternative + "' or 'auto'.");
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value) : Double.toString(value);
    }
}
