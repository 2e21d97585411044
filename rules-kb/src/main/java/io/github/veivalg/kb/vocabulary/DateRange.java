package io.github.veivalg.kb.vocabulary;

import java.time.LocalDate;

/** Periods of the dated data (threshold rows, open questions of the law). */
final class DateRange {

    private DateRange() {
    }

    /** Whether {@code date} lies in the period, both ends included; an open end has no {@code to}. */
    static boolean covers(LocalDate from, LocalDate to, LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
