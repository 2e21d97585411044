package io.github.veivalg.kb.vocabulary;

import java.time.LocalDate;
import java.util.Map;

/**
 * The evaluation date together with the in-force dates of provisions that changed after 2017
 * (data in {@code law-versions.tsv}), so that rules ask "is § 30-2a in force?" instead of
 * comparing with a literal date.
 */
public final class LawCalendar {
    private final LocalDate date;
    private final Map<String, LocalDate> inForceFrom;

    public LawCalendar(LocalDate date, Map<String, LocalDate> inForceFrom) {
        this.date = date;
        this.inForceFrom = Map.copyOf(inForceFrom);
    }

    /** Whether the provision is in force on the evaluation date. */
    public boolean inForce(String provision) {
        return !date.isBefore(inForceFrom(provision));
    }

    /** The date the provision took effect. */
    public LocalDate inForceFrom(String provision) {
        LocalDate from = inForceFrom.get(provision);
        if (from == null) {
            throw new IllegalArgumentException("No in-force date for '" + provision + "' in law-versions.tsv");
        }
        return from;
    }
}
