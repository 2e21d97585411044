package io.github.veivalg.kb.data;

import io.github.veivalg.kb.vocabulary.ThresholdRow;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the law-data file (the format of {@code thresholds.tsv}) line by line, and lists every
 * problem it finds, each with its line and column, instead of stopping at the first.
 */
final class LawDataReader {

    /** The shipped table is about 10 KB; a file of more than a megabyte is not a threshold table. */
    static final int MAX_BYTES = 1 << 20;

    /** Kroner above a thousand billion are no threshold: refused as a likely typing error. */
    static final long MAX_VALUE = 1_000_000_000_000L;

    static final List<String> COLUMNS = List.of("figure", "validFrom", "validTo", "value", "unit", "verified",
            "resolves", "period", "source");
    static final List<String> METADATA = List.of("name", "version");

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern FRACTION = Pattern.compile("-?[0-9]*[.,][0-9]+");
    private static final Pattern NEGATIVE = Pattern.compile("-[0-9]+");

    private LawDataReader() {
    }

    /** What was read: the edition's name and version, the file's SHA-256, and the entries. */
    record Parsed(String name, String version, String sha256, List<LawDataEntry> entries, boolean everyLineRead) {
    }

    /** Collects problems up to {@link LawDataException#MAX_PROBLEMS}, then counts the rest. */
    static final class Problems {
        private final List<TableProblem> list = new ArrayList<>();
        private int more;

        void add(int line, int column, String columnName, String message) {
            if (list.size() < LawDataException.MAX_PROBLEMS) {
                list.add(new TableProblem(line, column, columnName, message));
            } else {
                more++;
            }
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        int size() {
            return list.size() + more;
        }

        List<TableProblem> all() {
            if (more == 0) {
                return list;
            }
            List<TableProblem> withCount = new ArrayList<>(list);
            withCount.add(new TableProblem(0, 0, null, "and " + more + " more problems"));
            return withCount;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Reads the bytes of a law-data file; a problem of any line goes to {@code problems}. */
    static Parsed read(byte[] bytes, Problems problems) {
        String sha = sha256(bytes);
        if (bytes.length > MAX_BYTES) {
            problems.add(0, 0, null, "the file has " + bytes.length + " bytes, more than the " + MAX_BYTES
                    + " a law-data table may have");
            return new Parsed(null, null, sha, List.of(), false);
        }
        String text = text(bytes, problems);
        if (text == null) {
            return new Parsed(null, null, sha, List.of(), false);
        }
        String[] lines = text.split("\n", -1);
        Map<String, String> metadata = new HashMap<>();
        String[] header = null;
        int headerLine = 0;
        List<LawDataEntry> entries = new ArrayList<>();
        boolean everyLineRead = true;
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                if (cells[0].trim().equals(COLUMNS.get(0))) {
                    header = cells;
                    headerLine = lineNumber;
                    checkHeader(header, lineNumber, problems);
                } else {
                    metadata(cells, lineNumber, metadata, problems);
                }
                continue;
            }
            if (cells.length != header.length) {
                problems.add(lineNumber, Math.min(cells.length, header.length) + 1, null, "expected " + header.length
                        + " cells separated by tabs, found " + cells.length);
                everyLineRead = false;
                continue;
            }
            LawDataEntry entry = entry(header, cells, lineNumber, problems);
            if (entry != null) {
                entries.add(entry);
            } else {
                everyLineRead = false;
            }
        }
        for (String key : METADATA) {
            if (!metadata.containsKey(key)) {
                problems.add(headerLine, 0, null, "the line \"" + key + "<tab>…\" is missing before the column names"
                        + " (every table names its edition: name and version)");
            }
        }
        if (header == null) {
            everyLineRead = false;
            problems.add(0, 0, null, "no line with the column names " + String.join(", ", COLUMNS));
        } else if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(headerLine, 0, null, "the table has no entries");
        }
        return new Parsed(metadata.get("name"), metadata.get("version"), sha, entries, everyLineRead && !entries.isEmpty());
    }

    /** Strict UTF-8, without a NUL: anything else is a binary file (the first line concerned is named). */
    private static String text(byte[] bytes, Problems problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.add(lineAt(bytes, i), 0, null, "contains a NUL byte: this is a binary file, not a tab-separated text table");
                return null;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            // Find the first bad byte, to name its line.
            int bad = firstMalformed(bytes, start);
            problems.add(lineAt(bytes, bad), 0, null, "is not UTF-8 text (a binary file, or a table saved in another encoding)");
            return null;
        }
    }

    private static int firstMalformed(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static void metadata(String[] cells, int line, Map<String, String> metadata, Problems problems) {
        String key = cells[0].trim();
        if (!METADATA.contains(key)) {
            problems.add(line, 1, null, "before the column names only the lines \"name<tab>…\" and \"version<tab>…\" may come, not \""
                    + shorten(key) + "\" (is the line with the column names missing or misspelt? it starts with \"figure\")");
            return;
        }
        if (cells.length != 2 || cells[1].isBlank()) {
            problems.add(line, 2, key, "\"" + key + "\" needs one value after a tab");
            return;
        }
        if (metadata.put(key, cells[1].trim()) != null) {
            problems.add(line, 1, key, "\"" + key + "\" is given twice");
        }
    }

    private static void checkHeader(String[] header, int line, Problems problems) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].trim();
            if (!COLUMNS.contains(name)) {
                problems.add(line, i + 1, name, "unknown column \"" + shorten(name) + "\" (the columns are " + String.join(", ", COLUMNS) + ")");
            } else if (!seen.add(name)) {
                problems.add(line, i + 1, name, "column \"" + name + "\" is given twice");
            }
        }
        for (String column : COLUMNS) {
            if (!seen.contains(column)) {
                problems.add(line, 0, column, "the column \"" + column + "\" is missing");
            }
        }
    }

    private static LawDataEntry entry(String[] header, String[] cells, int line, Problems problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            index.putIfAbsent(header[i].trim(), i);
        }
        if (!index.keySet().containsAll(COLUMNS)) {
            return null; // the header's problem is already listed
        }
        Cells c = new Cells(cells, index, line, problems);
        String figure = c.text("figure");
        if (figure != null && !ThresholdRow.NAMES.contains(figure)) {
            c.problem("figure", "unknown figure \"" + shorten(figure) + "\" (the figures are " + String.join(", ", ThresholdRow.NAMES) + ")");
            figure = null;
        }
        LocalDate from = c.date("validFrom", true);
        LocalDate to = c.date("validTo", false);
        if (from != null && to != null && to.isBefore(from)) {
            c.problem("validTo", "ends on " + to + ", before it starts on " + from);
            to = null;
            from = null;
        }
        Long value = c.amount("value");
        String unit = c.text("unit");
        if (unit != null && !unit.equals("NOK")) {
            c.problem("unit", "must be NOK (whole kroner ex VAT), not \"" + shorten(unit) + "\"");
        }
        Boolean verified = c.yesNo("verified");
        Set<String> resolves = c.codes("resolves");
        String period = c.text("period");
        String source = c.text("source");
        if (c.failed) {
            return null;
        }
        return new LawDataEntry(figure, from, to, value, unit, verified, resolves, period, source, line);
    }

    /** The cells of one data line, read by column name; every bad cell is a problem at its column. */
    private static final class Cells {
        private final String[] cells;
        private final Map<String, Integer> index;
        private final int line;
        private final Problems problems;
        boolean failed;

        Cells(String[] cells, Map<String, Integer> index, int line, Problems problems) {
            this.cells = cells;
            this.index = index;
            this.line = line;
            this.problems = problems;
        }

        void problem(String column, String message) {
            failed = true;
            problems.add(line, index.get(column) + 1, column, message);
        }

        private String raw(String column) {
            return cells[index.get(column)].trim();
        }

        /** A required text: empty or "-" is a problem. */
        String text(String column) {
            String value = raw(column);
            if (value.isEmpty() || value.equals("-")) {
                problem(column, column.equals("source") ? "every entry needs a source: where does the figure come from?"
                        : "is empty");
                return null;
            }
            return value;
        }

        LocalDate date(String column, boolean required) {
            String value = raw(column);
            if (!required && value.equals("-")) {
                return null;
            }
            if (value.isEmpty() || value.equals("-")) {
                problem(column, "is empty: a date YYYY-MM-DD is needed");
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(column, "is not a date YYYY-MM-DD: \"" + shorten(value) + "\"");
                return null;
            }
        }

        /** Whole kroner, positive, or "-" for no verified figure. */
        Long amount(String column) {
            String value = raw(column);
            if (value.equals("-")) {
                return null;
            }
            String compact = value.replace(" ", "").replace("\u00a0", "").replace("_", "");
            if (NEGATIVE.matcher(compact).matches()) {
                problem(column, "is negative: " + shorten(value) + " (a threshold is a positive amount in whole kroner)");
            } else if (FRACTION.matcher(compact).matches()) {
                problem(column, "is not whole kroner: " + shorten(value) + " (write the amount without øre, digits only)");
            } else if (!DIGITS.matcher(compact).matches()) {
                problem(column, "is not an amount in whole kroner: \"" + shorten(value) + "\" (digits only, or - where no figure is verified)");
            } else if (compact.length() > 13 || Long.parseLong(compact) > MAX_VALUE) {
                problem(column, "is too large to be a threshold: " + shorten(value));
            } else if (Long.parseLong(compact) == 0) {
                problem(column, "is 0: a threshold is a positive amount");
            } else {
                return Long.parseLong(compact);
            }
            return null;
        }

        Boolean yesNo(String column) {
            String value = raw(column);
            if (value.equals("yes")) {
                return true;
            }
            if (value.equals("no")) {
                return false;
            }
            problem(column, "must be yes or no, not \"" + shorten(value) + "\"");
            return null;
        }

        Set<String> codes(String column) {
            String value = raw(column);
            if (value.equals("-") || value.isEmpty()) {
                return Set.of();
            }
            Set<String> codes = new LinkedHashSet<>();
            for (String code : value.split(",")) {
                String trimmed = code.trim();
                if (!trimmed.matches("E[0-9]{1,3}")) {
                    problem(column, "\"" + shorten(trimmed) + "\" is not the code of an open question (E2, E4, …); separate codes with \",\"");
                } else {
                    codes.add(trimmed);
                }
            }
            return codes;
        }
    }

    /** At most 60 characters of a value, so that a refusal never echoes a huge cell. */
    static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
