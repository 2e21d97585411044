package io.github.veivalg.examples.plan;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A CSV plan, read with Apache Commons CSV: the separator ({@code ;} as Norwegian Excel writes it,
 * {@code ,} or a tab) is found from the first line, a UTF-8 byte-order mark is dropped, and a file
 * that is not UTF-8 is read as Windows-1252 (what Excel writes when it is not told otherwise).
 */
final class CsvPlan {

    private CsvPlan() {
    }

    static void read(Path file, PlanReader.Limits limits, PlanReader.Rows rows) throws PlanFileException {
        Charset charset = charset(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bom = in.readNBytes(3);
            boolean hasBom = bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF;
            InputStream body = hasBom ? in : new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(bom), in);
            Reader reader = new java.io.BufferedReader(new InputStreamReader(body, charset), 1 << 16);
            reader.mark(1 << 16);
            char separator = separator(reader);
            reader.reset();
            read(reader, separator, limits, rows);
        } catch (IOException e) {
            throw new PlanFileException("The file cannot be read: " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** Reads CSV text with a known separator (the fuzzed entry point). */
    static void read(Reader reader, char separator, PlanReader.Limits limits, PlanReader.Rows rows) throws PlanFileException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).setTrim(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            boolean headerSeen = false;
            long count = 0;
            while (true) {
                CSVRecord record;
                long line = parser.getCurrentLineNumber() + 1;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new PlanFileException("The CSV text cannot be read from line " + line + " on: " + message(e), e);
                }
                List<String> cells = new ArrayList<>(record.size());
                if (record.size() > PlanReader.Limits.MAX_COLUMNS) {
                    throw new PlanFileException("Line " + record.getRecordNumber() + " has " + record.size() + " columns, more than the limit of "
                            + PlanReader.Limits.MAX_COLUMNS);
                }
                for (String cell : record) {
                    cells.add(cell.length() > PlanReader.Limits.MAX_CELL_CHARS ? cell.substring(0, PlanReader.Limits.MAX_CELL_CHARS) + "…" : cell);
                }
                PlanReader.RawRow row = new PlanReader.RawRow(record.getRecordNumber(), List.copyOf(cells));
                if (!headerSeen) {
                    if (row.blank()) {
                        continue;
                    }
                    headerSeen = true;
                    rows.header(row);
                    continue;
                }
                if (++count > limits.maxRows()) {
                    throw new PlanFileException("The plan has more than " + limits.maxRows() + " rows, the limit (--max-rows)");
                }
                rows.row(row);
            }
            if (!headerSeen) {
                throw new PlanFileException("The file has no header row: expected the template's column names on the first line");
            }
        } catch (IOException e) {
            throw new PlanFileException("The CSV text cannot be read: " + e.getMessage(), e);
        }
    }

    private static String message(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** The separator that occurs most often outside quotes on the first non-empty line: ';', ',' or a tab. */
    static char separator(Reader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        boolean quoted = false;
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        int read = 0;
        while ((c = reader.read()) != -1 && read++ < (1 << 16) - 1) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas + tabs > 0 || !line.toString().isBlank()) {
                    break;
                }
            } else if (!quoted) {
                if (c == ';') {
                    semicolons++;
                } else if (c == ',') {
                    commas++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
            line.append((char) c);
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    /** UTF-8 when the first 64 KB decode as UTF-8 (a character cut at the end is allowed), else Windows-1252. */
    private static Charset charset(Path file) throws PlanFileException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1 << 16);
        } catch (IOException e) {
            throw new PlanFileException("The file cannot be read: " + file + " (" + e.getMessage() + ")", e);
        }
        int end = head.length;
        // Drop a UTF-8 sequence cut by the 64 KB window.
        for (int i = Math.max(0, end - 3); i < end; i++) {
            if ((head[i] & 0xC0) == 0xC0 && end - i < 4) {
                end = i;
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1252");
        }
    }
}
