package org.veche.planner.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Policy;
import org.veche.model.Priority;
import org.veche.model.Product;
import org.veche.model.Region;
import org.veche.model.Technology;
import org.veche.planner.io.SeededDraws.Stream;

/**
 * Turns an {@link InputOutputTable} into an {@link Economy}: each sector becomes a divisible product
 * made by N collectives spread over R regions; household consumption (grown) is split among M locals
 * by population and into three priorities; government and non-profit consumption and investment go to
 * one commons local; exports and inventory changes are dropped, because the plan is for a closed
 * economy. The same table and parameters always give an equal economy. See {@code docs/io-import.md}.
 */
public final class InputOutputImport {

    /** Government + NPISH consumption: the commons' essential needs. */
    static final List<String> COMMONS_ESSENTIAL = List.of("government_consumption", "npish_consumption");
    /** Gross fixed capital formation: the commons' important needs. */
    static final List<String> COMMONS_IMPORTANT = List.of("gross_fixed_capital_formation");
    /** Exports and inventory changes: not needs of a closed economy. */
    static final List<String> DROPPED = List.of("exports", "change_in_inventories");
    static final String COMMONS_ID = "commons";
    /** Dirichlet α for local populations: small enough that locals differ visibly in size. */
    static final double POPULATION_CONCENTRATION = 2;

    private final InputOutputTable table;
    private final ImportParameters parameters;
    private final SignificantDigits digits;
    private final SectorHours hours;
    private final List<Region> regions;

    private InputOutputImport(InputOutputTable table, ImportParameters parameters) {
        this.table = table;
        this.parameters = parameters;
        this.digits = new SignificantDigits(parameters.significantDigits());
        this.hours = SectorHours.of(table, parameters);
        this.regions = IntStream.rangeClosed(1, parameters.regions())
                .mapToObj(r -> new Region("region-" + r, "Region " + r)).toList();
    }

    public static Economy toEconomy(InputOutputTable table, ImportParameters parameters) {
        return new InputOutputImport(table, parameters).economy();
    }

    /** Where each sector's hours came from, e.g. {@code hours_persons_engaged_millions_est × 1,000,000}. */
    public static String labourDescription(InputOutputTable table, ImportParameters parameters) {
        return SectorHours.of(table, parameters).description();
    }

    private Economy economy() {
        TableLabels labels = TableLabels.of(table, parameters);
        Policy policy = Policy.of(parameters.maxHoursPerMember());
        List<Product> products = table.sectors().stream()
                .map(s -> new Product(s.id(), s.name(), labels.unit(), true, 1)).toList();
        List<Local> locals = new ArrayList<>(householdLocals());
        locals.add(commons());
        return new Economy(labels.name(), labels.period(), policy, products, regions, collectives(), locals);
    }

    private List<Collective> collectives() {
        SeededDraws shares = SeededDraws.of(parameters.seed(), Stream.OUTPUT_SHARES);
        SeededDraws inputFactors = SeededDraws.of(parameters.seed(), Stream.INPUT_FACTORS);
        SeededDraws labourFactors = SeededDraws.of(parameters.seed(), Stream.LABOUR_FACTORS);
        List<Collective> collectives = new ArrayList<>();
        for (Sector sector : table.sectors()) {
            double[] share = shares.dirichlet(parameters.collectivesPerSector(), parameters.shareConcentration());
            for (int k = 0; k < share.length; k++) {
                double inputFactor = inputFactors.factor(parameters.technologySpread());
                double labourFactor = labourFactors.factor(parameters.technologySpread());
                collectives.add(collective(sector, k, share[k], inputFactor, labourFactor));
            }
        }
        return collectives;
    }

    private Collective collective(Sector sector, int k, double share, double inputFactor, double labourFactor) {
        int s = sector.index();
        double output = table.grossOutput(s);
        double labourPerUnit = output == 0 ? 0 : hours.hours()[s] / output;
        Technology technology = new Technology(sector.id(),
                digits.round(share * output * parameters.capacityHeadroom()), 0,
                digits.round(labourPerUnit * labourFactor), 0, inputs(s, inputFactor));
        // Today's hours for this share of today's output; the working-time cap, not maxOutput, then
        // binds first for collectives whose labour factor is above 1 / headroom.
        int members = (int) Math.ceil(share * hours.hours()[s] / parameters.maxHoursPerMember());
        String id = sector.id() + "-" + (k + 1);
        return new Collective(id, sector.name() + ", collective " + (k + 1),
                regions.get((s + k) % regions.size()).id(), members, OptionalDouble.empty(), List.of(technology));
    }

    private Map<String, Double> inputs(int user, double factor) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        for (Sector supplier : table.sectors()) {
            double coefficient = digits.round(table.coefficient(supplier.index(), user) * factor);
            if (coefficient > 0) {
                inputs.put(supplier.id(), coefficient);
            }
        }
        return inputs;
    }

    private List<Local> householdLocals() {
        double[] weights = SeededDraws.of(parameters.seed(), Stream.POPULATIONS)
                .dirichlet(parameters.locals(), POPULATION_CONCENTRATION);
        double people = Arrays.stream(hours.workers()).sum() * parameters.populationPerWorker();
        long[] populations = Arrays.stream(weights).mapToLong(w -> Math.max(1, Math.round(w * people))).toArray();
        long total = Arrays.stream(populations).sum();
        String format = "local-%0" + String.valueOf(parameters.locals()).length() + "d";
        List<Local> locals = new ArrayList<>();
        for (int j = 0; j < populations.length; j++) {
            double fraction = (double) populations[j] / total;
            String id = String.format(Locale.ROOT, format, j + 1);
            locals.add(new Local(id, "Local " + (j + 1), regions.get(j % regions.size()).id(), populations[j],
                    householdNeeds(fraction)));
        }
        return locals;
    }

    private List<Need> householdNeeds(double fraction) {
        List<Need> needs = new ArrayList<>();
        for (Sector sector : table.sectors()) {
            double demand = householdDemand(sector) * fraction;
            PriorityShares shares = isBasic(sector, parameters) ? parameters.basicShares() : parameters.otherShares();
            for (Priority priority : Priority.values()) {
                addNeed(needs, sector, priority, demand * shares.of(priority));
            }
        }
        return needs;
    }

    /**
     * Grown household consumption, less any negative remainder of the sector's other final demand
     * (floored at 0). Negative investment is used goods and scrap that final users sell to the sector
     * (the US waste and recovery sector's GFCF is −70 billion dollars): a supply the table counts on.
     * It is set off first against the sector's dropped exports and inventory changes, and only what
     * is left lowers household demand, so the sector is not left short for an accounting reason.
     */
    private double householdDemand(Sector sector) {
        double grown = table.householdConsumption(sector.index()) * parameters.growth();
        double others = Math.min(0, sum(COMMONS_ESSENTIAL, sector)) + Math.min(0, sum(COMMONS_IMPORTANT, sector))
                + sum(DROPPED, sector);
        return Math.max(0, grown + Math.min(0, others));
    }

    private Local commons() {
        List<Need> needs = new ArrayList<>();
        for (Sector sector : table.sectors()) {
            addNeed(needs, sector, Priority.ESSENTIAL, sum(COMMONS_ESSENTIAL, sector));
            addNeed(needs, sector, Priority.IMPORTANT, sum(COMMONS_IMPORTANT, sector));
        }
        return new Local(COMMONS_ID, "Commons: public services, non-profits and investment", regions.get(0).id(), 0,
                needs);
    }

    private double sum(List<String> columns, Sector sector) {
        return columns.stream().filter(table::hasFinalDemand)
                .mapToDouble(c -> table.finalDemand(c, sector.index())).sum();
    }

    private void addNeed(List<Need> needs, Sector sector, Priority priority, double quantity) {
        double rounded = digits.round(quantity);
        if (rounded > 0) {
            needs.add(new Need(sector.id(), priority, rounded));
        }
    }

    /** Whether the default (or given) keywords mark this sector basic: essential-heavy priority shares. */
    public static boolean isBasic(Sector sector, ImportParameters parameters) {
        String name = sector.name().toLowerCase(Locale.ROOT);
        return parameters.basicKeywords().stream().anyMatch(k -> name.contains(k.toLowerCase(Locale.ROOT)));
    }
}
