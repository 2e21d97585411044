package io.github.veivalg.kb.data;

import io.github.veivalg.kb.vocabulary.LawUncertainty;
import io.github.veivalg.kb.vocabulary.ThresholdRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The dated threshold table (spec section b) and the open questions that touch it (section e),
 * loaded from {@code thresholds.tsv} and {@code law-uncertainties.tsv}.
 *
 * <p>The table is checked when it loads: from {@link #FIRST_SUPPORTED_DATE} on, every day is
 * covered by exactly one row, and the last row has no end. A table with a gap or an overlap
 * refuses to load, because an answer taken from it could silently use the wrong law.
 */
public final class ThresholdTable {

    /** FOA took effect on 1 January 2017 (FOA § 32-1); earlier dates are unsupported. */
    public static final LocalDate FIRST_SUPPORTED_DATE = LocalDate.of(2017, 1, 1);

    static final String THRESHOLDS = "/io/github/veivalg/kb/data/thresholds.tsv";
    static final String UNCERTAINTIES = "/io/github/veivalg/kb/data/law-uncertainties.tsv";

    private final List<ThresholdRow> rows;
    private final List<LawUncertainty> uncertainties;

    ThresholdTable(List<ThresholdRow> rows, List<LawUncertainty> uncertainties) {
        List<ThresholdRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(ThresholdRow::validFrom));
        checkCoverage(sorted);
        this.rows = List.copyOf(sorted);
        this.uncertainties = List.copyOf(uncertainties);
    }

    /** Loads and checks the table shipped with the knowledge base. */
    public static ThresholdTable load() {
        return new ThresholdTable(
                Tsv.read(THRESHOLDS).stream().map(ThresholdTable::row).toList(),
                Tsv.read(UNCERTAINTIES).stream().map(ThresholdTable::uncertainty).toList());
    }

    private static ThresholdRow row(Tsv.Row r) {
        String basis = r.text("basis");
        if (!basis.equals("FOA-text") && !basis.equals("secondary")) {
            throw r.error("basis must be FOA-text or secondary, not " + basis);
        }
        return new ThresholdRow(
                r.text("id"), r.requiredDate("validFrom"), r.optionalDate("validTo"),
                r.requiredLong(ThresholdRow.LL), r.requiredLong(ThresholdRow.NAT),
                r.requiredLong(ThresholdRow.EEA_S), r.requiredLong(ThresholdRow.EEA_O),
                r.requiredLong(ThresholdRow.EEA_W), r.requiredLong(ThresholdRow.EEA_HS),
                r.optionalLong(ThresholdRow.LOT_GS), r.optionalLong(ThresholdRow.LOT_W), r.requiredLong(ThresholdRow.TAX_CERT),
                r.optionalLong(ThresholdRow.CHAIN_S), r.optionalLong(ThresholdRow.CHAIN_O),
                basis.equals("FOA-text"), r.text("source"));
    }

    private static LawUncertainty uncertainty(Tsv.Row r) {
        LawUncertainty.Effect effect;
        try {
            effect = LawUncertainty.Effect.valueOf(r.text("effect"));
        } catch (IllegalArgumentException e) {
            throw r.error("effect must be WARN or UNDETERMINED");
        }
        return new LawUncertainty(r.text("code"), r.requiredDate("from"), r.optionalDate("to"), r.text("figure"),
                r.optionalLong("low"), r.optionalLong("high"), effect, r.text("messageKey"));
    }

    private static void checkCoverage(List<ThresholdRow> sorted) {
        if (sorted.isEmpty()) {
            throw new IllegalStateException("The threshold table is empty");
        }
        if (!sorted.get(0).validFrom().equals(FIRST_SUPPORTED_DATE)) {
            throw new IllegalStateException("The threshold table must start on " + FIRST_SUPPORTED_DATE
                    + ", not " + sorted.get(0).validFrom());
        }
        for (int i = 0; i < sorted.size(); i++) {
            ThresholdRow row = sorted.get(i);
            boolean last = i == sorted.size() - 1;
            if (row.validTo() != null && row.validTo().isBefore(row.validFrom())) {
                throw new IllegalStateException("Threshold row " + row.id() + " ends before it starts");
            }
            if (last) {
                if (row.validTo() != null) {
                    throw new IllegalStateException("The last threshold row " + row.id()
                            + " must stay in force until the next verified change (no end date)");
                }
            } else {
                ThresholdRow next = sorted.get(i + 1);
                if (row.validTo() == null) {
                    throw new IllegalStateException("Threshold row " + row.id() + " has no end but is followed by " + next.id());
                }
                LocalDate expected = row.validTo().plusDays(1);
                if (next.validFrom().isAfter(expected)) {
                    throw new IllegalStateException("Gap in the threshold table between " + row.id() + " and " + next.id()
                            + ": no row covers " + expected);
                }
                if (next.validFrom().isBefore(expected)) {
                    throw new IllegalStateException("Overlap in the threshold table: " + row.id() + " and " + next.id()
                            + " both cover " + next.validFrom());
                }
            }
        }
    }

    /** The row in force on the date, or empty before {@link #FIRST_SUPPORTED_DATE}. */
    public Optional<ThresholdRow> rowFor(LocalDate date) {
        for (ThresholdRow row : rows) {
            if (row.covers(date)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** The open questions that concern the date. */
    public List<LawUncertainty> uncertaintiesOn(LocalDate date) {
        return uncertainties.stream().filter(u -> u.covers(date)).toList();
    }

    public List<ThresholdRow> rows() {
        return rows;
    }
}
