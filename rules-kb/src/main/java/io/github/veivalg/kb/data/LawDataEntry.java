package io.github.veivalg.kb.data;

import java.time.LocalDate;
import java.util.Set;

/**
 * One line of the law data: the value of one figure for one period, with its source.
 *
 * @param figure    the figure's short name ({@code LL}, {@code NAT}, {@code EEA-S}, …)
 * @param validFrom the first day in force
 * @param validTo   the last day in force, {@code null} for the last entry of the figure
 * @param value     whole kroner ex VAT, {@code null} where no figure is verified for the period
 * @param unit      {@code NOK}
 * @param verified  whether the source confirms the figure (the consolidated FOA text, for the shipped table)
 * @param resolves  the codes of the open questions this verified entry answers
 * @param period    the adjustment the entry belongs to ({@code T1} … {@code T5} in the shipped table)
 * @param source    where the figure comes from
 * @param line      the line of the file it was read from
 */
public record LawDataEntry(String figure, LocalDate validFrom, LocalDate validTo, Long value, String unit,
                           boolean verified, Set<String> resolves, String period, String source, int line) {

    public LawDataEntry {
        resolves = Set.copyOf(resolves);
    }

    /** Whether the entry is in force on the date (both ends included). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
