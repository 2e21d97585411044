package io.github.veivalg.kb.data;

import io.github.veivalg.kb.vocabulary.LawCalendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The in-force dates of {@code law-versions.tsv}. */
public final class LawVersions {
    static final String RESOURCE = "/io/github/veivalg/kb/data/law-versions.tsv";

    private final Map<String, LocalDate> inForceFrom;

    private LawVersions(Map<String, LocalDate> inForceFrom) {
        this.inForceFrom = Map.copyOf(inForceFrom);
    }

    public static LawVersions load() {
        Map<String, LocalDate> dates = new HashMap<>();
        for (Tsv.Row row : Tsv.read(RESOURCE)) {
            if (dates.put(row.text("id"), row.requiredDate("inForceFrom")) != null) {
                throw row.error("provision listed twice: " + row.text("id"));
            }
        }
        return new LawVersions(dates);
    }

    /** The calendar the rules read for one evaluation date. */
    public LawCalendar on(LocalDate date) {
        return new LawCalendar(date, inForceFrom);
    }
}
