package io.github.veivalg.examples.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a plan, CSV or XLSX, one row at a time (streaming: the rows are never all in memory) and
 * hands each to a {@link Rows} consumer in file order.
 *
 * <p>Limits (documented in examples/README.md): a file of at most {@link Limits#maxBytes} bytes,
 * at most {@link Limits#maxRows} rows and {@link Limits#MAX_COLUMNS} columns, a cell of at most
 * {@link Limits#MAX_CELL_CHARS} characters. The type is found from the file's first bytes, not its
 * name: a zip (XLSX), an OLE2 file (old .xls: refused with a hint), binary data (refused), or text (CSV).
 */
public final class PlanReader {

    /** The bounds of what a plan may be. */
    public record Limits(long maxBytes, long maxRows) {
        /** 20 MB: a yearly plan of 10 000 purchases as CSV is about 1.5 MB. */
        public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
        public static final long DEFAULT_MAX_ROWS = 200_000;
        public static final int MAX_COLUMNS = 200;
        public static final int MAX_CELL_CHARS = 10_000;
        /** The most an XLSX part may inflate to (POI's zip-bomb guard also checks the inflate ratio). */
        public static final long MAX_XLSX_ENTRY_BYTES = 200L * 1024 * 1024;

        public static Limits defaults() {
            return new Limits(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);
        }
    }

    /** One row as read: its row number in the file (the header is row 1 of a sheet or line 1 of a CSV) and its cells. */
    public record RawRow(long rowNumber, List<String> cells) {
        public boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** Receives the header, then every row in order, then perhaps an error that stopped the reading. */
    public interface Rows {
        void header(RawRow header) throws PlanFileException;

        void row(RawRow row);
    }

    enum Kind { CSV, XLSX }

    private PlanReader() {
    }

    /**
     * Reads the whole plan.
     *
     * @throws PlanFileException when the file cannot be read at all (missing, too large, not a
     *                           spreadsheet), or from a row on (the rows before it have been handed over)
     */
    public static void read(Path file, Limits limits, Rows rows) throws PlanFileException {
        Kind kind = kind(file, limits);
        if (kind == Kind.XLSX) {
            XlsxPlan.read(file, limits, rows);
        } else {
            CsvPlan.read(file, limits, rows);
        }
    }

    static Kind kind(Path file, Limits limits) throws PlanFileException {
        if (!Files.exists(file)) {
            throw new PlanFileException("The file does not exist: " + file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new PlanFileException("Not a readable file: " + file);
        }
        long size;
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new PlanFileException("The file cannot be read: " + file + " (" + e.getMessage() + ")", e);
        }
        if (size > limits.maxBytes()) {
            throw new PlanFileException(String.format(java.util.Locale.ROOT,
                    "The file is %.1f MB, more than the limit of %.1f MB for a plan (--max-mb); split the plan by year or department, or raise the limit",
                    size / 1048576.0, limits.maxBytes() / 1048576.0));
        }
        if (n == 0) {
            throw new PlanFileException("The file is empty: " + file);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Kind.XLSX;
        }
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            throw new PlanFileException("This is an old Excel file (.xls) or another OLE2 document, which is not read here; save it as .xlsx or as CSV");
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                throw new PlanFileException("This is not a spreadsheet: the file holds binary data (expected CSV text or an .xlsx workbook)");
            }
        }
        return Kind.CSV;
    }
}
