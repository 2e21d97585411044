package io.github.veivalg.kb.vocabulary;

import java.time.LocalDate;

/**
 * An open question of the spec (section e) that touches a threshold on some dates: either the
 * answer keeps the row's figure and carries a warning, or a value inside the uncertain range is
 * UNDETERMINED. Kept as data beside the threshold table, each with the question's code.
 *
 * <p>{@code figure} names the threshold concerned ({@code EEA-O}, {@code LL}, …) or {@code *} for
 * the whole row; {@code low} and {@code high} bound the values concerned (both included), or are
 * {@code null} when every value is concerned.
 */
public record LawUncertainty(
        String code,
        LocalDate from,
        LocalDate to,
        String figure,
        Long low,
        Long high,
        Effect effect,
        String messageKey) {

    /** What the engine does where the uncertainty applies. */
    public enum Effect {
        /** Keep the figure in the table and warn. */
        WARN,
        /** The band cannot be decided at these values until the question is answered. */
        UNDETERMINED,
        /**
         * A rule gives the warning itself where the figure or wording matters (E8, E18); the row
         * keeps the question as data, tied to its dates. Never inserted as a fact.
         */
        RULE
    }

    /** Whether the uncertainty concerns the date. */
    public boolean covers(LocalDate date) {
        return DateRange.covers(from, to, date);
    }

    /** Whether the uncertainty concerns the value (every value when no range is given). */
    public boolean concernsValue(Long value) {
        if (low == null && high == null) {
            return true;
        }
        return value != null && (low == null || value >= low) && (high == null || value <= high);
    }

    /**
     * The warning for this question. Its message always gets the same arguments: the figure
     * concerned, the lowest and highest value concerned, and the first and last date concerned
     * ({@code null} where open).
     */
    public Notice notice() {
        return Notice.of(code, messageKey, figure, low == null ? null : Nok.of(low), high == null ? null : Nok.of(high), from, to);
    }

    public String getFigure() { return figure; }
    public Effect getEffect() { return effect; }
    public Long getLow() { return low; }
    public Long getHigh() { return high; }
}
