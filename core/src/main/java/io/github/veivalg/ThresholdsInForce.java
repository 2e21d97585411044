package io.github.veivalg;

import java.time.LocalDate;
import java.util.List;

/**
 * The row of the threshold table in force on a date, with its figures, and the warnings that
 * concern every answer on that date (for example a possible 2026 adjustment).
 *
 * @param date     the date asked about
 * @param rowId    the row's id in the table ({@code T1} … {@code T5})
 * @param figures  every figure of the row, with its period and source
 * @param warnings the open questions that concern the date
 */
public record ThresholdsInForce(LocalDate date, String rowId, List<ThresholdUsed> figures, List<Warning> warnings) {
    public ThresholdsInForce {
        figures = List.copyOf(figures);
        warnings = List.copyOf(warnings);
    }
}
