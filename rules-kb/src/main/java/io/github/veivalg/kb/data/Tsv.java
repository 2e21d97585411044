package io.github.veivalg.kb.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the knowledge base's tab-separated data files: a header line, then one record a line;
 * lines starting with {@code #} are comments and {@code -} is an empty cell.
 */
final class Tsv {

    private Tsv() {
    }

    /** One data line, its cells reachable by the header's column names. */
    static final class Row {
        private final String resource;
        private final int lineNumber;
        private final Map<String, String> cells;

        Row(String resource, int lineNumber, Map<String, String> cells) {
            this.resource = resource;
            this.lineNumber = lineNumber;
            this.cells = cells;
        }

        String text(String column) {
            String value = cells.get(column);
            if (value == null) {
                throw error("no column '" + column + "'");
            }
            return value;
        }

        String optionalText(String column) {
            String value = text(column);
            return value.equals("-") ? null : value;
        }

        Long optionalLong(String column) {
            String value = optionalText(column);
            if (value == null) {
                return null;
            }
            try {
                return Long.parseLong(value.replace("_", ""));
            } catch (NumberFormatException e) {
                throw error("column '" + column + "' is not a whole number: " + value);
            }
        }

        long requiredLong(String column) {
            Long value = optionalLong(column);
            if (value == null) {
                throw error("column '" + column + "' is empty");
            }
            return value;
        }

        LocalDate optionalDate(String column) {
            String value = optionalText(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error("column '" + column + "' is not an ISO date: " + value);
            }
        }

        LocalDate requiredDate(String column) {
            LocalDate value = optionalDate(column);
            if (value == null) {
                throw error("column '" + column + "' is empty");
            }
            return value;
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(resource + " line " + lineNumber + ": " + message);
        }
    }

    static List<Row> read(String resource) {
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Knowledge-base data file missing from the classpath: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            String[] header = null;
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length != header.length) {
                    throw new IllegalStateException(resource + " line " + lineNumber + ": expected " + header.length
                            + " cells, found " + cells.length + " " + Arrays.toString(cells));
                }
                Map<String, String> byColumn = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    byColumn.put(header[i].trim(), cells[i].trim());
                }
                rows.add(new Row(resource, lineNumber, byColumn));
            }
            if (rows.isEmpty()) {
                throw new IllegalStateException("Knowledge-base data file has no records: " + resource);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read knowledge-base data file " + resource, e);
        }
    }
}
