package io.github.veivalg.examples.plan;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The columns of the plan template (examples/plans/README.md), each with its Norwegian and English
 * header and the other names a plan commonly uses for it. Headers are matched case-insensitively,
 * with spaces collapsed and a trailing {@code :} or {@code *} ignored.
 */
public enum PlanColumn {
    ID("nr", "id", "løpenummer", "#", "no"),
    PURCHASE("anskaffelse", "purchase", "beskrivelse", "description", "navn", "name", "title", "tittel"),
    CATEGORY("kategori", "category", "type"),
    CPV("cpv", "cpv", "cpv-kode", "cpv code", "cpv-koder", "cpv codes"),
    VALUE("estimert verdi", "estimated value", "verdi", "value", "anslått verdi", "beløp", "amount",
            "estimert verdi (kr ekskl. mva.)", "estimated value (nok ex vat)"),
    DURATION("varighet (måneder)", "duration (months)", "varighet", "duration", "måneder", "months"),
    DATE("oppstart", "start date", "dato", "date", "kunngjøring", "start"),
    BUYER("oppdragsgiver", "buyer"),
    AGREEMENT("avtaletype", "agreement type", "avtale", "agreement"),
    SUPPLIER("leverandør", "supplier", "leverandørtype", "supplier type"),
    PILOT("pilot", "pilot"),
    NOTES("merknad", "notes", "kommentar", "comment", "merknader");

    private final String norwegian;
    private final String english;
    private final List<String> aliases;

    PlanColumn(String norwegian, String english, String... aliases) {
        this.norwegian = norwegian;
        this.english = english;
        this.aliases = List.of(aliases);
    }

    /** The template's Norwegian header. */
    public String norwegian() {
        return norwegian;
    }

    /** The template's English header. */
    public String english() {
        return english;
    }

    /** The columns without which no row can be read (a plan needs a category or a CPV code too). */
    public static final List<PlanColumn> REQUIRED = List.of(PURCHASE, VALUE);

    /** Whether a header (already {@link #normalise normalised}) names this column. */
    boolean matches(String header) {
        return header.equals(norwegian) || header.equals(english) || header.equals(name().toLowerCase(Locale.ROOT))
                || aliases.contains(header);
    }

    /** Lower case, NFC, spaces collapsed, BOM and a trailing ':' or '*' dropped. */
    static String normalise(String header) {
        String h = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFC).replace("\uFEFF", "")
                .replace('\u00A0', ' ').trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        while (h.endsWith(":") || h.endsWith("*")) {
            h = h.substring(0, h.length() - 1).trim();
        }
        return h;
    }

    /** The column a header names, or {@code null}. */
    static PlanColumn of(String header) {
        String h = normalise(header);
        for (PlanColumn c : values()) {
            if (c.matches(h)) {
                return c;
            }
        }
        return null;
    }
}
