package org.veche.planner.io;

import java.util.Map;

/**
 * What the CSV files do not say: the economy's name, its planning period and the money unit. Known
 * for the two tables in {@code datasets/io}; any other folder gets its folder name and a generic
 * unit unless the parameters name them.
 */
record TableLabels(String name, String period, String unit) {

    private static final Map<String, TableLabels> KNOWN = Map.of(
            "chile_2013_12", new TableLabels("Chile 2013, 12 sectors (imported IO table)", "2013",
                    "CLP billion (2013, basic prices)"),
            "wiod_usa_2014_55", new TableLabels("USA 2014, 55 sectors (imported WIOD table)", "2014",
                    "US$ million (2014, basic prices)"));

    static TableLabels of(InputOutputTable table, ImportParameters parameters) {
        TableLabels known = KNOWN.getOrDefault(table.label(), new TableLabels(
                table.label() + ", " + table.size() + " sectors (imported IO table)", "one year",
                "money unit of the table (basic prices)"));
        return new TableLabels(parameters.name().orElse(known.name), parameters.period().orElse(known.period),
                parameters.unit().orElse(known.unit));
    }
}
