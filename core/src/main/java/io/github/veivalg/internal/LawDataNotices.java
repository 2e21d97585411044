package io.github.veivalg.internal;

import org.apiguardian.api.API;

import io.github.veivalg.kb.data.ThresholdTable;
import io.github.veivalg.kb.vocabulary.Nok;
import io.github.veivalg.kb.vocabulary.Notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The warnings about the law data itself, added to every answer that needs them: figures that
 * may be out of date on the date asked about, and verified shipped figures a loaded table overrides.
 */
@API(status = INTERNAL)
public final class LawDataNotices {

    /** A figure used was last verified more than {@link ThresholdTable#FRESHNESS_MONTHS} months before the date. */
    public static final String STALE = "LAW_DATA_STALE";
    /** The loaded law data changes a verified figure of the shipped table (allowed by an explicit override). */
    public static final String OVERRIDE = "LAW_DATA_OVERRIDE";

    private LawDataNotices() {
    }

    /** The warnings for an answer on {@code date} that used {@code figures}. */
    public static List<Notice> on(ThresholdTable table, LocalDate date, Collection<String> figures) {
        List<Notice> notices = new ArrayList<>();
        // One warning per date of last verification, naming every figure it concerns.
        Map<LocalDate, List<String>> byNewest = new LinkedHashMap<>();
        List<String> never = new ArrayList<>();
        table.staleOn(date, figures).forEach((figure, newest) -> {
            if (newest == null) {
                never.add(figure);
            } else {
                byNewest.computeIfAbsent(newest, d -> new ArrayList<>()).add(figure);
            }
        });
        byNewest.forEach((newest, names) -> notices.add(Notice.of(STALE, "notice.law-data-stale", List.copyOf(names), newest, date,
                table.name(), ThresholdTable.FRESHNESS_MONTHS)));
        if (!never.isEmpty()) {
            notices.add(Notice.of(STALE, "notice.law-data-never-verified", List.copyOf(never), table.name()));
        }
        for (ThresholdTable.Override o : table.overrides()) {
            notices.add(Notice.of(OVERRIDE, "notice.law-data-override", table.name(), o.figure(), Nok.of(o.shippedValue()),
                    o.value() == null ? null : Nok.of(o.value()), o.validFrom()));
        }
        return notices;
    }
}
