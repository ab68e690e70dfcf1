package org.veche.planner.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A national input-output table read from a folder laid out like {@code datasets/io/*}:
 * {@code sectors.csv}, {@code a_matrix.csv} (or {@code intermediate_flows.csv}, from which
 * A = Z·diag(x)⁻¹ is computed), {@code final_demand.csv}, {@code gross_output.csv} and
 * {@code labour.csv}. Every matrix and vector must list the sectors in the order of
 * {@code sectors.csv}. Numbers must be finite and non-negative, except final-demand columns other
 * than household consumption: inventories fall, and investment can be net sales of used goods (the
 * US waste and recovery sector's GFCF is −70 billion dollars of scrap).
 */
public final class InputOutputTable {

    static final String HOUSEHOLD = "household_consumption";

    private final String label;
    private final List<Sector> sectors;
    private final double[][] a;
    private final double[] grossOutput;
    private final Map<String, double[]> finalDemand;
    private final Map<String, double[]> labour;

    private InputOutputTable(String label, List<Sector> sectors, double[][] a, double[] grossOutput,
            Map<String, double[]> finalDemand, Map<String, double[]> labour) {
        this.label = label;
        this.sectors = List.copyOf(sectors);
        this.a = a;
        this.grossOutput = grossOutput;
        this.finalDemand = finalDemand;
        this.labour = labour;
    }

    /** Reads and checks a table folder; throws {@link InputOutputFormatException} naming file, row and column. */
    public static InputOutputTable read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputOutputFormatException("Not a folder: " + folder
                    + ". Give the folder that holds sectors.csv, a_matrix.csv, final_demand.csv, gross_output.csv and labour.csv.");
        }
        List<Sector> sectors = readSectors(CsvFile.read(folder, "sectors.csv"));
        double[] grossOutput = readVectors(CsvFile.read(folder, "gross_output.csv"), sectors, false).get("gross_output");
        if (grossOutput == null) {
            throw new InputOutputFormatException("gross_output.csv row 1: no column 'gross_output'.");
        }
        CsvFile finalDemandFile = CsvFile.read(folder, "final_demand.csv");
        requireHouseholdFirst(finalDemandFile);
        Map<String, double[]> finalDemand = readVectors(finalDemandFile, sectors, true);
        Map<String, double[]> labour = readVectors(CsvFile.read(folder, "labour.csv"), sectors, false);
        double[][] a = Files.exists(folder.resolve("a_matrix.csv"))
                ? readMatrix(CsvFile.read(folder, "a_matrix.csv"), sectors)
                : coefficientsFromFlows(readMatrix(CsvFile.read(folder, "intermediate_flows.csv"), sectors), grossOutput);
        String label = folder.toAbsolutePath().normalize().getFileName().toString();
        return new InputOutputTable(label, sectors, a, grossOutput, finalDemand, labour);
    }

    private static List<Sector> readSectors(CsvFile csv) {
        int index = csv.column("index");
        int id = csv.column("id");
        int name = csv.column("name");
        List<Sector> sectors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int row = 0; row < csv.rowCount(); row++) {
            String sectorId = csv.text(row, id);
            if (sectorId.isEmpty()) {
                throw csv.bad(row, id, "is empty; every sector needs an id");
            }
            if (!seen.add(sectorId)) {
                throw csv.bad(row, id, "repeats sector id '" + sectorId + "'; ids must be unique");
            }
            if (csv.number(row, index) != row) {
                throw csv.bad(row, index, "is " + csv.text(row, index) + " but the row is sector number " + row
                        + " (counting from 0); list the sectors in index order");
            }
            sectors.add(new Sector(row, sectorId, csv.text(row, name)));
        }
        if (sectors.isEmpty()) {
            throw new InputOutputFormatException("sectors.csv has no sectors below its header.");
        }
        return sectors;
    }

    private static void requireHouseholdFirst(CsvFile csv) {
        if (csv.header().size() < 2 || !csv.header().get(1).equals(HOUSEHOLD)) {
            throw new InputOutputFormatException("final_demand.csv row 1: the first data column must be '" + HOUSEHOLD
                    + "', found " + csv.header() + ".");
        }
    }

    /** Every column after the id column of a file with one row per sector, by column name. */
    private static Map<String, double[]> readVectors(CsvFile csv, List<Sector> sectors, boolean finalDemand) {
        checkSectorColumn(csv, sectors);
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int column = 1; column < csv.header().size(); column++) {
            double[] values = new double[sectors.size()];
            boolean signed = finalDemand && !csv.header().get(column).equals(HOUSEHOLD);
            for (int row = 0; row < values.length; row++) {
                values[row] = signed ? csv.signedNumber(row, column) : csv.number(row, column);
            }
            columns.put(csv.header().get(column), values);
        }
        return columns;
    }

    private static double[][] readMatrix(CsvFile csv, List<Sector> sectors) {
        checkSectorColumn(csv, sectors);
        for (Sector sector : sectors) {
            String header = csv.header().size() > sector.index() + 1 ? csv.header().get(sector.index() + 1) : "(none)";
            if (!header.equals(sector.id())) {
                throw new InputOutputFormatException(csv.fileName() + " row 1, column " + (sector.index() + 2)
                        + ": expected sector '" + sector.id() + "' as in sectors.csv, found '" + header
                        + "'. Columns must follow the order of sectors.csv.");
            }
        }
        if (csv.header().size() != sectors.size() + 1) {
            throw new InputOutputFormatException(csv.fileName() + " row 1: " + (csv.header().size() - 1)
                    + " sector columns, but sectors.csv lists " + sectors.size() + ".");
        }
        double[][] matrix = new double[sectors.size()][sectors.size()];
        for (int row = 0; row < sectors.size(); row++) {
            for (int column = 0; column < sectors.size(); column++) {
                matrix[row][column] = csv.number(row, column + 1);
            }
        }
        return matrix;
    }

    private static void checkSectorColumn(CsvFile csv, List<Sector> sectors) {
        if (csv.rowCount() != sectors.size()) {
            throw new InputOutputFormatException(csv.fileName() + ": " + csv.rowCount()
                    + " sector rows, but sectors.csv lists " + sectors.size() + ".");
        }
        for (Sector sector : sectors) {
            String id = csv.text(sector.index(), 0);
            if (!id.equals(sector.id())) {
                throw csv.bad(sector.index(), 0, "expected sector '" + sector.id() + "' as in sectors.csv, found '"
                        + id + "'. Rows must follow the order of sectors.csv");
            }
        }
    }

    private static double[][] coefficientsFromFlows(double[][] flows, double[] grossOutput) {
        int n = grossOutput.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = grossOutput[j] == 0 ? 0 : flows[i][j] / grossOutput[j];
            }
        }
        return a;
    }

    /** The folder's name, e.g. {@code chile_2013_12}. */
    public String label() {
        return label;
    }

    public List<Sector> sectors() {
        return sectors;
    }

    public int size() {
        return sectors.size();
    }

    /** A[supplier][user]: input from sector {@code supplier} per unit of output of sector {@code user}. */
    public double coefficient(int supplier, int user) {
        return a[supplier][user];
    }

    public double grossOutput(int sector) {
        return grossOutput[sector];
    }

    /** The final-demand columns in file order; the first is {@code household_consumption}. */
    public List<String> finalDemandColumns() {
        return List.copyOf(finalDemand.keySet());
    }

    public boolean hasFinalDemand(String column) {
        return finalDemand.containsKey(column);
    }

    public double finalDemand(String column, int sector) {
        return vector(finalDemand, "final_demand.csv", column)[sector];
    }

    public double householdConsumption(int sector) {
        return finalDemand(HOUSEHOLD, sector);
    }

    public List<String> labourColumns() {
        return List.copyOf(labour.keySet());
    }

    public boolean hasLabour(String column) {
        return labour.containsKey(column);
    }

    public double labour(String column, int sector) {
        return vector(labour, "labour.csv", column)[sector];
    }

    private static double[] vector(Map<String, double[]> columns, String file, String column) {
        double[] values = columns.get(column);
        if (values == null) {
            throw new IllegalArgumentException("No column '" + column + "' in " + file + "; it has " + columns.keySet() + ".");
        }
        return values;
    }
}
