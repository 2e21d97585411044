package io.github.veivalg;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.List;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * The row of the threshold table in force on a date, with its figures, and the warnings that
 * concern every answer on that date (for example a possible 2026 adjustment).
 *
 * @param date     the date asked about
 * @param rowId    the adjustment of the newest figure in force ({@code T1} … {@code T5} in the shipped table)
 * @param figures  every figure in force, each with its own period and source
 * @param warnings the open questions that concern the date, and figures that may be out of date
 * @param lawData  the law data the figures come from
 */
@API(status = STABLE, since = "0.1")
public record ThresholdsInForce(LocalDate date, String rowId, List<ThresholdUsed> figures, List<Warning> warnings,
                                LawData lawData) {
    public ThresholdsInForce {
        figures = List.copyOf(figures);
        warnings = List.copyOf(warnings);
    }
}
