package org.veche.planner.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One comma-separated file with a header row, as the IO table folders hold them: double-quoted
 * fields may contain commas and doubled quotes. Every row must have as many fields as the header.
 * Errors name the file, the row (1 is the header) and the column.
 */
final class CsvFile {

    private final String fileName;
    private final List<String> header;
    private final List<List<String>> rows;

    private CsvFile(String fileName, List<String> header, List<List<String>> rows) {
        this.fileName = fileName;
        this.header = header;
        this.rows = rows;
    }

    static CsvFile read(Path folder, String fileName) {
        Path file = folder.resolve(fileName);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputOutputFormatException("Missing file " + fileName + " in " + folder
                    + ". An IO table folder holds sectors.csv, a_matrix.csv, final_demand.csv,"
                    + " gross_output.csv and labour.csv.", e);
        } catch (IOException e) {
            throw new InputOutputFormatException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        List<List<String>> parsed = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            String line = stripBom(lines.get(i), i);
            if (line.isBlank()) {
                throw new InputOutputFormatException(fileName + " row " + (i + 1)
                        + ": empty line in the middle of the file. Remove it.");
            }
            parsed.add(splitLine(fileName, i + 1, line));
        }
        if (parsed.isEmpty()) {
            throw new InputOutputFormatException(fileName + " is empty; it needs a header row.");
        }
        CsvFile csv = new CsvFile(fileName, List.copyOf(parsed.get(0)), List.copyOf(parsed.subList(1, parsed.size())));
        csv.checkWidths();
        return csv;
    }

    private static String stripBom(String line, int index) {
        return index == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static List<String> splitLine(String fileName, int row, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InputOutputFormatException(fileName + " row " + row
                    + ": a quoted field is not closed. Add the closing double quote.");
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private void checkWidths() {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new InputOutputFormatException(fileName + " row " + rowNumber(i) + ": "
                        + rows.get(i).size() + " fields, but the header has " + header.size()
                        + ". Check for a missing or extra comma.");
            }
        }
    }

    String fileName() {
        return fileName;
    }

    List<String> header() {
        return header;
    }

    int rowCount() {
        return rows.size();
    }

    /** The row number as a person counts it in the file: the header is row 1. */
    static int rowNumber(int dataRow) {
        return dataRow + 2;
    }

    String text(int dataRow, int column) {
        return rows.get(dataRow).get(column);
    }

    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new InputOutputFormatException(fileName + " row 1: no column '" + name
                    + "'. The header is " + header + ".");
        }
        return index;
    }

    /** A non-negative finite number. */
    double number(int dataRow, int column) {
        return checked(dataRow, column, parse(dataRow, column));
    }

    /** A finite number that may be negative (e.g. a change in inventories). */
    double signedNumber(int dataRow, int column) {
        double value = parse(dataRow, column);
        if (!Double.isFinite(value)) {
            throw bad(dataRow, column, "is not a finite number: '" + text(dataRow, column) + "'");
        }
        return value;
    }

    private double parse(int dataRow, int column) {
        String text = text(dataRow, column);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw bad(dataRow, column, "is not a number: '" + text + "'. Use a '.' decimal point and no thousands separator");
        }
    }

    private double checked(int dataRow, int column, double value) {
        if (!Double.isFinite(value)) {
            throw bad(dataRow, column, "is not a finite number: '" + text(dataRow, column) + "'");
        }
        if (value < 0) {
            throw bad(dataRow, column, "is negative (" + text(dataRow, column) + "); it must be 0 or more");
        }
        return value;
    }

    InputOutputFormatException bad(int dataRow, int column, String problem) {
        return new InputOutputFormatException(fileName + " row " + rowNumber(dataRow) + ", column '"
                + header.get(column) + "': " + problem + ".");
    }
}
