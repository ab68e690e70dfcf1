package org.veche.planner.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything that shapes an imported economy. The same parameters and table always give an equal
 * economy. Defaults ({@link #defaults()}) and the reasons for them are in {@code docs/io-import.md}.
 *
 * @param seed                 seeds every random draw (output shares, technology factors, populations); default 1
 * @param collectivesPerSector N collectives making each sector's product; default 3
 * @param regions              R regions; default 4
 * @param locals               M household locals (plus one commons local); default 20
 * @param shareConcentration   α of the Dirichlet draw that splits a sector's output among its collectives
 *                             (larger means more equal shares); default 4
 * @param technologySpread     each collective's input coefficients and, separately, its labour coefficient are
 *                             multiplied by a factor drawn uniformly from [1 − spread, 1 + spread]; default 0.1
 * @param capacityHeadroom     maxOutput = share × gross output × headroom; default 1.1
 * @param labourSource         which labour column gives the hours; default {@link LabourSource#AUTO}
 * @param annualHoursPerPerson hours a year per employed person, when hours come from persons; default 1,990
 * @param hourlyWage           money units per hour, when hours come from compensation; empty (default) means the
 *                             table's own average, which keeps the total hours of the {@code auto} measure
 * @param maxHoursPerMember    the policy's working-time cap H; members = ⌈collective hours ÷ H⌉; default 1,600
 * @param growth               household consumption is multiplied by this; default 1.15
 * @param basicShares          essential/important/desired split of household demand for basic sectors;
 *                             default 0.6/0.25/0.15
 * @param otherShares          the split for every other sector; default 0.25/0.4/0.35
 * @param basicKeywords        a sector is basic when its name contains one of these (case-insensitive)
 * @param populationPerWorker  total population = employed persons × this; default 2.2
 * @param significantDigits    quantities are rounded to this many significant digits, 0 for none; default 4
 * @param name                 the economy's name; empty means the table's known name, else the folder name
 * @param unit                 every product's unit; empty means the table's known money unit
 * @param period               the planning period; empty means the table's year
 */
public record ImportParameters(
        long seed,
        int collectivesPerSector,
        int regions,
        int locals,
        double shareConcentration,
        double technologySpread,
        double capacityHeadroom,
        LabourSource labourSource,
        double annualHoursPerPerson,
        OptionalDouble hourlyWage,
        double maxHoursPerMember,
        double growth,
        PriorityShares basicShares,
        PriorityShares otherShares,
        List<String> basicKeywords,
        double populationPerWorker,
        int significantDigits,
        Optional<String> name,
        Optional<String> unit,
        Optional<String> period) {

    /** Substrings of sector names (both real tables) that mark food, energy, water, housing, health, care, transit. */
    public static final List<String> DEFAULT_BASIC_KEYWORDS = List.of(
            "agricultur", "crop", "fish", "food", "electricity", "water collection", "sewerage",
            "real estate", "health", "education", "personal services", "land transport",
            "transport, communications", "public administration");

    public ImportParameters {
        Objects.requireNonNull(labourSource, "labourSource");
        Objects.requireNonNull(hourlyWage, "hourlyWage: use OptionalDouble.empty()");
        Objects.requireNonNull(basicShares, "basicShares");
        Objects.requireNonNull(otherShares, "otherShares");
        basicKeywords = List.copyOf(basicKeywords);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        atLeastOne("collectives per sector", collectivesPerSector);
        atLeastOne("regions", regions);
        atLeastOne("locals", locals);
        positive("share concentration", shareConcentration);
        if (!(technologySpread >= 0 && technologySpread < 1)) {
            throw new IllegalArgumentException("Technology spread must be at least 0 and below 1, was " + technologySpread + ".");
        }
        positive("capacity headroom", capacityHeadroom);
        positive("annual hours per person", annualHoursPerPerson);
        hourlyWage.ifPresent(w -> positive("hourly wage", w));
        positive("max hours per member", maxHoursPerMember);
        if (!(growth >= 0 && Double.isFinite(growth))) {
            throw new IllegalArgumentException("Growth must be 0 or more, was " + growth + ".");
        }
        positive("population per worker", populationPerWorker);
        if (significantDigits < 0 || significantDigits > 17) {
            throw new IllegalArgumentException("Significant digits must be 0 (no rounding) to 17, was " + significantDigits + ".");
        }
    }

    public static ImportParameters defaults() {
        return new ImportParameters(1, 3, 4, 20, 4, 0.1, 1.1, LabourSource.AUTO, 1990, OptionalDouble.empty(), 1600,
                1.15, new PriorityShares(0.6, 0.25, 0.15), new PriorityShares(0.25, 0.4, 0.35),
                DEFAULT_BASIC_KEYWORDS, 2.2, 4, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static void atLeastOne(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("Number of " + what + " must be at least 1, was " + value + ".");
        }
    }

    private static void positive(String what, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(Character.toUpperCase(what.charAt(0)) + what.substring(1)
                    + " must be a positive number, was " + value + ".");
        }
    }

    public ImportParameters withSeed(long value) {
        return new ImportParameters(value, collectivesPerSector, regions, locals, shareConcentration, technologySpread,
                capacityHeadroom, labourSource, annualHoursPerPerson, hourlyWage, maxHoursPerMember, growth,
                basicShares, otherShares, basicKeywords, populationPerWorker, significantDigits, name, unit, period);
    }

    public ImportParameters withCollectivesPerSector(int value) {
        return new ImportParameters(seed, value, regions, locals, shareConcentration, technologySpread,
                capacityHeadroom, labourSource, annualHoursPerPerson, hourlyWage, maxHoursPerMember, growth,
                basicShares, otherShares, basicKeywords, populationPerWorker, significantDigits, name, unit, period);
    }

    public ImportParameters withRegions(int value) {
        return new ImportParameters(seed, collectivesPerSector, value, locals, shareConcentration, technologySpread,
                capacityHeadroom, labourSource, annualHoursPerPerson, hourlyWage, maxHoursPerMember, growth,
                basicShares, otherShares, basicKeywords, populationPerWorker, significantDigits, name, unit, period);
    }

    public ImportParameters withLocals(int value) {
        return new ImportParameters(seed, collectivesPerSector, regions, value, shareConcentration, technologySpread,
                capacityHeadroom, labourSource, annualHoursPerPerson, hourlyWage, maxHoursPerMember, growth,
                basicShares, otherShares, basicKeywords, populationPerWorker, significantDigits, name, unit, period);
    }

    public ImportParameters withShareConcentration(double value) {
        return new ImportParameters(seed, collectivesPerSector, regions, locals, value, technologySpread,
                capacityHeadroom, labourSource, annualHoursPerPerson, hourlyWage, maxHoursPerMember, growth,
                basicShares, otherShares, basicKeywords, populationPerWorker, significantDigits, name, unit, period);
    }

    public ImportParameters withTechnologySpread(double value) {
        return new ImportParameters(seed, collectivesPerSector, regions, locals, shareConcentration, value,
                capacityHeadroom, labourSource, annualHoursPerPerson, hourlyWage, maxHoursPerMember, growth,
                basicShares, otherShares, basicKeywords, populationPerWorker, significantDigits, name, unit, period);
    }

    public ImportParameters withCapacityHeadroom(double value) {
        return new ImportParameters(seed, collectivesPerSector, regions, locals, shareConcentration, technologySpread,
                value, labourSource, annualHoursPerPerson, hourlyWage, maxHoursPerMember, growth,
                basicShares, otherShares, basicKeywords, populationPerWorker, significantDigits, name, unit, period);
    }

    public ImportParameters withLabourSource(LabourSource value) {
        return new ImportParameters(seed, collectivesPerSector, regions, locals, shareConcentration, technologySpread,
                capacityHeadroom, value, annualHoursPerPerson, hourlyWage, maxHoursPerMember, growth,
                basicShares, otherShares, basicKeywords, populationPerWorker, significantDigits, name, unit, period);
    }

    public ImportParameters withAnnualHoursPerPerson(double value) {
        return new ImportParameters(seed, collectivesPerSector, regions, locals, shareConcentration, technologySpread,
                capacityHeadroom, labourSource, value, hourlyWage, maxHoursPerMember, growth,
                basicShares, otherShares, basicKeywords, populationPerWorker, significantDigits, name, unit, period);
    }

    public ImportParameters withHourlyWage(OptionalDouble value) {
        return new ImportParameters(seed, collectivesPerSector, regions, locals, shareConcentration, technologySpread,
                capacityHeadroom, labourSource, annualHoursPerPerson, value, maxHoursPerMember, growth,
                basicShares, otherShares, basicKeywords, populationPerWorker, significantDigits, name, unit, period);
    }

    public ImportParameters withMaxHoursPerMember(double value) {
        return new ImportParameters(seed, collectivesPerSector, regions, locals, shareConcentration, technologySpread,
                capacityHeadroom, labourSource, annualHoursPerPerson, hourlyWage, value, growth,
                basicShares, otherShares, basicKeywords, populationPerWorker, significantDigits, name, unit, period);
    }

    public ImportParameters withGrowth(double value) {
        return new ImportParameters(seed, collectivesPerSector, regions, locals, shareConcentration, technologySpread,
                capacityHeadroom, labourSource, annualHoursPerPerson, hourlyWage, maxHoursPerMember, value,
                basicShares, otherShares, basicKeywords, populationPerWorker, significantDigits, name, unit, period);
    }

    public ImportParameters withBasicShares(PriorityShares value) {
        return new ImportParameters(seed, collectivesPerSector, regions, locals, shareConcentration, technologySpread,
                capacityHeadroom, labourSource, annualHoursPerPerson, hourlyWage, maxHoursPerMember, growth,
                value, otherShares, basicKeywords, populationPerWorker, significantDigits, name, unit, period);
    }

    public ImportParameters withOtherShares(PriorityShares value) {
        return new ImportParameters(seed, collectivesPerSector, regions, locals, shareConcentration, technologySpread,
                capacityHeadroom, labourSource, annualHoursPerPerson, hourlyWage, maxHoursPerMember, growth,
                basicShares, value, basicKeywords, populationPerWorker, significantDigits, name, unit, period);
    }

    public ImportParameters withBasicKeywords(List<String> value) {
        return new ImportParameters(seed, collectivesPerSector, regions, locals, shareConcentration, technologySpread,
                capacityHeadroom, labourSource, annualHoursPerPerson, hourlyWage, maxHoursPerMember, growth,
                basicShares, otherShares, value, populationPerWorker, significantDigits, name, unit, period);
    }

    public ImportParameters withPopulationPerWorker(double value) {
        return new ImportParameters(seed, collectivesPerSector, regions, locals, shareConcentration, technologySpread,
                capacityHeadroom, labourSource, annualHoursPerPerson, hourlyWage, maxHoursPerMember, growth,
                basicShares, otherShares, basicKeywords, value, significantDigits, name, unit, period);
    }

    public ImportParameters withSignificantDigits(int value) {
        return new ImportParameters(seed, collectivesPerSector, regions, locals, shareConcentration, technologySpread,
                capacityHeadroom, labourSource, annualHoursPerPerson, hourlyWage, maxHoursPerMember, growth,
                basicShares, otherShares, basicKeywords, populationPerWorker, value, name, unit, period);
    }

    public ImportParameters withName(Optional<String> value) {
        return new ImportParameters(seed, collectivesPerSector, regions, locals, shareConcentration, technologySpread,
                capacityHeadroom, labourSource, annualHoursPerPerson, hourlyWage, maxHoursPerMember, growth,
                basicShares, otherShares, basicKeywords, populationPerWorker, significantDigits, value, unit, period);
    }

    public ImportParameters withUnit(Optional<String> value) {
        return new ImportParameters(seed, collectivesPerSector, regions, locals, shareConcentration, technologySpread,
                capacityHeadroom, labourSource, annualHoursPerPerson, hourlyWage, maxHoursPerMember, growth,
                basicShares, otherShares, basicKeywords, populationPerWorker, significantDigits, name, value, period);
    }

    public ImportParameters withPeriod(Optional<String> value) {
        return new ImportParameters(seed, collectivesPerSector, regions, locals, shareConcentration, technologySpread,
                capacityHeadroom, labourSource, annualHoursPerPerson, hourlyWage, maxHoursPerMember, growth,
                basicShares, otherShares, basicKeywords, populationPerWorker, significantDigits, name, unit, value);
    }
}
