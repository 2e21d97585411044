package io.github.veivalg.examples.notice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mapping of eForms codes to Veivalg facts and paths, read from {@code notice-codes.tsv}: data,
 * so that a changed code list is a changed table, not changed code.
 */
public final class NoticeCodes {

    /** A code that names no Veivalg fact: the fact stays unknown. */
    public static final String UNKNOWN_FACT = "?";
    /** A code for something Veivalg does not model. */
    public static final String NOT_MODELLED = "-";

    private static final String RESOURCE = "notice-codes.tsv";
    private static final NoticeCodes SHIPPED = load();

    private final Map<String, Map<String, String>> tables;

    private NoticeCodes(Map<String, Map<String, String>> tables) {
        this.tables = tables;
    }

    /** The shipped table. */
    public static NoticeCodes shipped() {
        return SHIPPED;
    }

    /** The value for a code, or empty when the code is not in the table (an unknown code). */
    public Optional<String> value(String table, String code) {
        return Optional.ofNullable(tables.getOrDefault(table, Map.of()).get(code));
    }

    /** The codes of a table. */
    public Set<String> codes(String table) {
        return Collections.unmodifiableSet(tables.getOrDefault(table, Map.of()).keySet());
    }

    /** The tables. */
    public Set<String> tables() {
        return Collections.unmodifiableSet(tables.keySet());
    }

    private static NoticeCodes load() {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        try (InputStream in = NoticeCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < 3) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected table, code, value and why");
                }
                String previous = tables.computeIfAbsent(cells[0], t -> new LinkedHashMap<>()).put(cells[1], cells[2].trim());
                if (previous != null) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": " + cells[0] + " " + cells[1] + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tables.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return new NoticeCodes(Collections.unmodifiableMap(tables));
    }
}
