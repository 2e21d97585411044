package io.github.veivalg.kb.data;

import io.github.veivalg.kb.vocabulary.LawUncertainty;
import io.github.veivalg.kb.vocabulary.ThresholdRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The law data: every figure of the threshold table (spec section b) as a series of dated entries,
 * each with its source, and the open questions that touch them (section e), loaded from
 * {@code thresholds.tsv} and {@code law-uncertainties.tsv}, or from a buyer's newer copy of the
 * first.
 *
 * <p>The table is checked as a whole before use, and refused with every problem listed (a
 * {@link LawDataException}): from {@link #FIRST_SUPPORTED_DATE} on, every figure is covered by
 * exactly one entry on every day, the last without end; every entry has a source; values are
 * positive whole kroner; the figures keep the regulation's order (a state EEA threshold is not
 * above the others', …). A loaded copy is also compared with the shipped table: it may add
 * periods, end the shipped open one, replace unverified figures and answer open questions, but it
 * may change a verified shipped figure only with an explicit override, listed in {@link #overrides()}.
 *
 * <p>For the rules, the entries in force on a date are joined into one {@link ThresholdRow}.
 */
public final class ThresholdTable {

    /** FOA took effect on 1 January 2017 (FOA § 32-1); earlier dates are unsupported. */
    public static final LocalDate FIRST_SUPPORTED_DATE = LocalDate.of(2017, 1, 1);

    /**
     * An answer for a date more than this many months after the newest verified entry of a figure
     * it uses warns that the figure may be out of date: the EEA figures are revised every two years.
     */
    public static final int FRESHNESS_MONTHS = 24;

    static final String THRESHOLDS = "/io/github/veivalg/kb/data/thresholds.tsv";
    static final String UNCERTAINTIES = "/io/github/veivalg/kb/data/law-uncertainties.tsv";

    /** Figures that must have a value on every date: the rules cannot decide a band without them. */
    static final Set<String> REQUIRED = Set.of(ThresholdRow.LL, ThresholdRow.NAT, ThresholdRow.EEA_S, ThresholdRow.EEA_O,
            ThresholdRow.EEA_W, ThresholdRow.EEA_HS, ThresholdRow.TAX_CERT);

    /** A verified figure of the shipped table that a loaded table changes, with the override allowed. */
    public record Override(String figure, LocalDate validFrom, Long shippedValue, Long value, int line) {
    }

    /** The entries in force from {@code from} to {@code to} (open at the end), joined into one row. */
    private record Segment(LocalDate from, LocalDate to, ThresholdRow row, Map<String, LawDataEntry> entries) {
        boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    private final String name;
    private final String version;
    private final String sha256;
    private final boolean shipped;
    private final List<LawDataEntry> entries;
    private final List<Segment> segments;
    private final List<LawUncertainty> uncertainties;
    private final Map<String, LocalDate> newestVerified;
    private final List<Override> overrides;

    private ThresholdTable(LawDataReader.Parsed parsed, boolean shipped, List<Segment> segments,
                           List<LawUncertainty> uncertainties, List<Override> overrides) {
        this.name = parsed.name();
        this.version = parsed.version();
        this.sha256 = parsed.sha256();
        this.shipped = shipped;
        this.entries = List.copyOf(parsed.entries());
        this.segments = List.copyOf(segments);
        this.uncertainties = List.copyOf(uncertainties);
        this.overrides = List.copyOf(overrides);
        Map<String, LocalDate> newest = new LinkedHashMap<>();
        for (LawDataEntry e : entries) {
            if (e.verified() && e.value() != null) {
                newest.merge(e.figure(), e.validFrom(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        this.newestVerified = Map.copyOf(newest);
    }

    /** Loads and checks the table shipped with the knowledge base. */
    public static ThresholdTable load() {
        byte[] bytes;
        try (InputStream in = ThresholdTable.class.getResourceAsStream(THRESHOLDS)) {
            if (in == null) {
                throw new IllegalStateException("Knowledge-base data file missing from the classpath: " + THRESHOLDS);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read knowledge-base data file " + THRESHOLDS, e);
        }
        return build(THRESHOLDS, bytes, null, false);
    }

    /**
     * Loads a buyer's law-data file and checks it, as a whole and against the shipped table.
     *
     * @param overrideVerified whether the file may change a verified figure of the shipped table
     *                         (each change is then listed in {@link #overrides()})
     * @throws LawDataException with every problem, if the file cannot be read or fails a check
     */
    public static ThresholdTable load(Path file, boolean overrideVerified) {
        String origin = String.valueOf(file);
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw refused(origin, "is a directory, not a law-data file");
            }
            if (Files.size(file) > LawDataReader.MAX_BYTES) {
                throw refused(origin, "has " + Files.size(file) + " bytes, more than the " + LawDataReader.MAX_BYTES
                        + " a law-data table may have");
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Never more than one byte past the limit, even if the file grows after its size was read.
                bytes = in.readNBytes(LawDataReader.MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw refused(origin, "does not exist");
        } catch (IOException e) {
            throw refused(origin, "cannot be read (" + e.getMessage() + ")");
        }
        return load(origin, bytes, overrideVerified);
    }

    /** Checks a law-data table given as bytes; {@code origin} names it in the problems. */
    public static ThresholdTable load(String origin, byte[] bytes, boolean overrideVerified) {
        return build(origin, bytes, load(), overrideVerified);
    }

    private static LawDataException refused(String origin, String message) {
        return new LawDataException(origin, List.of(new TableProblem(0, 0, null, "the file " + message)));
    }

    private static ThresholdTable build(String origin, byte[] bytes, ThresholdTable shipped, boolean overrideVerified) {
        LawDataReader.Problems problems = new LawDataReader.Problems();
        LawDataReader.Parsed parsed = LawDataReader.read(bytes, problems);
        List<LawUncertainty> uncertainties = shipped != null ? shipped.uncertainties
                : Tsv.read(UNCERTAINTIES).stream().map(ThresholdTable::uncertainty).toList();
        List<Segment> segments = List.of();
        List<Override> overrides = new ArrayList<>();
        // The checks of the whole table need every line: with one line unread they would report false gaps.
        if (parsed.everyLineRead()) {
            Map<String, List<LawDataEntry>> byFigure = byFigure(parsed.entries());
            int before = problems.size();
            checkCoverage(byFigure, problems);
            checkValues(parsed.entries(), uncertainties, problems);
            if (problems.size() == before) {
                segments = segments(byFigure);
                checkStructure(segments, problems);
            }
            if (shipped != null) {
                compareWithShipped(shipped, byFigure, overrideVerified, overrides, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new LawDataException(origin, problems.all());
        }
        return new ThresholdTable(parsed, shipped == null, segments, uncertainties, overrides);
    }

    private static Map<String, List<LawDataEntry>> byFigure(List<LawDataEntry> entries) {
        Map<String, List<LawDataEntry>> byFigure = new LinkedHashMap<>();
        for (String figure : ThresholdRow.NAMES) {
            byFigure.put(figure, new ArrayList<>());
        }
        for (LawDataEntry e : entries) {
            byFigure.get(e.figure()).add(e);
        }
        byFigure.values().forEach(list -> list.sort(Comparator.comparing(LawDataEntry::validFrom)));
        return byFigure;
    }

    private static LawUncertainty uncertainty(Tsv.Row r) {
        LawUncertainty.Effect effect;
        try {
            effect = LawUncertainty.Effect.valueOf(r.text("effect"));
        } catch (IllegalArgumentException e) {
            throw r.error("effect must be WARN, UNDETERMINED or RULE");
        }
        return new LawUncertainty(r.text("code"), r.requiredDate("from"), r.optionalDate("to"), r.text("figure"),
                r.optionalLong("low"), r.optionalLong("high"), effect, r.text("messageKey"));
    }

    /** From 2017-01-01 on, one entry a day for every figure, the last without end. */
    private static void checkCoverage(Map<String, List<LawDataEntry>> byFigure, LawDataReader.Problems problems) {
        for (Map.Entry<String, List<LawDataEntry>> series : byFigure.entrySet()) {
            String figure = series.getKey();
            List<LawDataEntry> list = series.getValue();
            if (list.isEmpty()) {
                problems.add(0, 0, "figure", "the figure " + figure + " has no entry (every figure is needed from " + FIRST_SUPPORTED_DATE + " on)");
                continue;
            }
            LawDataEntry first = list.get(0);
            if (first.validFrom().isBefore(FIRST_SUPPORTED_DATE)) {
                problems.add(first.line(), column("validFrom"), "validFrom", figure + " starts on " + first.validFrom()
                        + ", before the shipped table's first date " + FIRST_SUPPORTED_DATE + " (FOA took effect then; earlier dates are not supported)");
            } else if (first.validFrom().isAfter(FIRST_SUPPORTED_DATE)) {
                problems.add(first.line(), column("validFrom"), "validFrom", "gap: no " + figure + " entry covers "
                        + FIRST_SUPPORTED_DATE + " to " + first.validFrom().minusDays(1));
            }
            for (int i = 0; i + 1 < list.size(); i++) {
                LawDataEntry e = list.get(i);
                LawDataEntry next = list.get(i + 1);
                if (e.validFrom().equals(next.validFrom())) {
                    problems.add(next.line(), column("validFrom"), "validFrom", "duplicate period: lines " + e.line() + " and "
                            + next.line() + " both give " + figure + " from " + e.validFrom());
                } else if (e.validTo() == null) {
                    problems.add(e.line(), column("validTo"), "validTo", figure + " from " + e.validFrom()
                            + " has no end, but line " + next.line() + " gives " + figure + " from " + next.validFrom()
                            + ": end it on " + next.validFrom().minusDays(1));
                } else if (next.validFrom().isAfter(e.validTo().plusDays(1))) {
                    problems.add(next.line(), column("validFrom"), "validFrom", "gap: no " + figure + " entry covers "
                            + e.validTo().plusDays(1) + " to " + next.validFrom().minusDays(1) + " (between lines " + e.line()
                            + " and " + next.line() + ")");
                } else if (!next.validFrom().isAfter(e.validTo())) {
                    LocalDate end = next.validTo() == null || e.validTo().isBefore(next.validTo()) ? e.validTo() : next.validTo();
                    problems.add(next.line(), column("validFrom"), "validFrom", "overlap: lines " + e.line() + " and "
                            + next.line() + " both give " + figure + " for " + next.validFrom() + " to " + end);
                }
            }
            LawDataEntry last = list.get(list.size() - 1);
            if (last.validTo() != null) {
                problems.add(last.line(), column("validTo"), "validTo", "gap: no " + figure + " entry covers the days after "
                        + last.validTo() + " (the last entry of a figure has no end, \"-\": it stays in force until a newer entry)");
            }
        }
    }

    /** Required figures have values; only verified entries fill in or resolve; resolved questions exist and concern the figure. */
    private static void checkValues(List<LawDataEntry> entries, List<LawUncertainty> uncertainties, LawDataReader.Problems problems) {
        for (LawDataEntry e : entries) {
            if (e.value() == null && REQUIRED.contains(e.figure())) {
                problems.add(e.line(), column("value"), "value", e.figure() + " needs a value on every date (\"-\" is allowed only for "
                        + "LOT-GS, LOT-W, CHAIN-S and CHAIN-O, whose figures may be unverified)");
            }
            if (e.value() == null && e.verified()) {
                problems.add(e.line(), column("verified"), "verified", "an entry without a value cannot be verified");
            }
            if (!e.resolves().isEmpty() && !e.verified()) {
                problems.add(e.line(), column("resolves"), "resolves", "only a verified entry (verified yes, with its source) can resolve an open question");
            }
            for (String code : e.resolves()) {
                List<LawUncertainty> rows = uncertainties.stream().filter(u -> u.code().equals(code)).toList();
                if (rows.isEmpty()) {
                    Set<String> known = new TreeSet<>(uncertainties.stream().map(LawUncertainty::code).toList());
                    problems.add(e.line(), column("resolves"), "resolves", "no open question " + code + " (the open questions are " + known + ")");
                } else if (rows.stream().noneMatch(u -> u.figure().equals("*") || u.figure().equals(e.figure()))) {
                    problems.add(e.line(), column("resolves"), "resolves", "the open question " + code + " is not about " + e.figure()
                            + " (it concerns " + new TreeSet<>(rows.stream().map(LawUncertainty::figure).toList()) + ")");
                }
            }
        }
    }

    /** The figures of one date, checked against the order the regulation gives them. */
    private record Order(String lower, String upper, boolean strict, String basis) {
    }

    private static final List<Order> ORDER = List.of(
            new Order(ThresholdRow.LL, ThresholdRow.NAT, true, "Part I lies between the lower limit (FOA § 1-1) and the national threshold (§ 5-1 (2))"),
            new Order(ThresholdRow.NAT, ThresholdRow.EEA_S, false, "the national threshold (§ 5-1 (2)) is not above an EEA threshold (§ 5-3)"),
            new Order(ThresholdRow.EEA_S, ThresholdRow.EEA_O, false, "the state EEA threshold (§ 5-3 (1) a) is not above the other authorities' (b)"),
            new Order(ThresholdRow.EEA_O, ThresholdRow.EEA_W, false, "the goods and services thresholds (§ 5-3 (1) a-b) are not above the works threshold (c)"),
            new Order(ThresholdRow.EEA_O, ThresholdRow.EEA_HS, false, "the special-services threshold (§ 5-3 (2)) is not below the ordinary ones (§ 5-3 (1))"),
            new Order(ThresholdRow.LOT_GS, ThresholdRow.EEA_S, true, "the small-lots ceiling for goods and services (§ 5-4 (8)) is below the EEA thresholds"),
            new Order(ThresholdRow.LOT_W, ThresholdRow.EEA_W, true, "the small-lots ceiling for works (§ 5-4 (8)) is below the works threshold"),
            new Order(ThresholdRow.CHAIN_S, ThresholdRow.CHAIN_O, false, "the state supply-chain limit (§ 8-13 (1)) is not above the other buyers'"));

    private static void checkStructure(List<Segment> segments, LawDataReader.Problems problems) {
        Set<List<Integer>> reported = new HashSet<>();
        for (Segment s : segments) {
            for (Order o : ORDER) {
                LawDataEntry lower = s.entries().get(o.lower());
                LawDataEntry upper = s.entries().get(o.upper());
                if (lower.value() == null || upper.value() == null) {
                    continue;
                }
                boolean wrong = o.strict() ? lower.value() >= upper.value() : lower.value() > upper.value();
                if (wrong && reported.add(List.of(lower.line(), upper.line()))) {
                    LawDataEntry later = lower.validFrom().isAfter(upper.validFrom()) ? lower : upper;
                    problems.add(later.line(), column("value"), "value", "from " + s.from() + ": " + o.lower() + " " + lower.value()
                            + " (line " + lower.line() + ") is " + (o.strict() ? "not below " : "above ") + o.upper() + " "
                            + upper.value() + " (line " + upper.line() + "), but " + o.basis());
                }
            }
        }
    }

    private static List<Segment> segments(Map<String, List<LawDataEntry>> byFigure) {
        TreeSet<LocalDate> starts = new TreeSet<>();
        byFigure.values().forEach(list -> list.forEach(e -> starts.add(e.validFrom())));
        List<LocalDate> dates = new ArrayList<>(starts);
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate from = dates.get(i);
            LocalDate to = i + 1 < dates.size() ? dates.get(i + 1).minusDays(1) : null;
            Map<String, LawDataEntry> inForce = new LinkedHashMap<>();
            for (Map.Entry<String, List<LawDataEntry>> series : byFigure.entrySet()) {
                series.getValue().stream().filter(e -> e.covers(from)).findFirst().ifPresent(e -> inForce.put(series.getKey(), e));
            }
            segments.add(new Segment(from, to, row(from, to, inForce), Map.copyOf(inForce)));
        }
        return segments;
    }

    /** The row the rules read: the figures in force, named after the adjustment of the newest entry. */
    private static ThresholdRow row(LocalDate from, LocalDate to, Map<String, LawDataEntry> e) {
        LawDataEntry newest = e.values().stream().max(Comparator.comparing(LawDataEntry::validFrom)).orElseThrow();
        boolean verified = e.values().stream().allMatch(x -> x.value() == null || x.verified());
        Set<String> sources = new java.util.LinkedHashSet<>();
        e.values().forEach(x -> sources.add(x.source()));
        return new ThresholdRow(newest.period(), from, to,
                e.get(ThresholdRow.LL).value(), e.get(ThresholdRow.NAT).value(), e.get(ThresholdRow.EEA_S).value(),
                e.get(ThresholdRow.EEA_O).value(), e.get(ThresholdRow.EEA_W).value(), e.get(ThresholdRow.EEA_HS).value(),
                e.get(ThresholdRow.LOT_GS).value(), e.get(ThresholdRow.LOT_W).value(), e.get(ThresholdRow.TAX_CERT).value(),
                e.get(ThresholdRow.CHAIN_S).value(), e.get(ThresholdRow.CHAIN_O).value(), verified, String.join(" ; ", sources));
    }

    /**
     * A loaded table keeps every verified shipped entry (the same figure from the same date, the same
     * value, still verified, and the same end unless the shipped entry had none), unless the override
     * is allowed; and it fills a figure the shipped table leaves unknown only with a verified entry.
     */
    private static void compareWithShipped(ThresholdTable shipped, Map<String, List<LawDataEntry>> byFigure, boolean override,
                                           List<Override> overrides, LawDataReader.Problems problems) {
        for (LawDataEntry s : shipped.entries) {
            List<LawDataEntry> loaded = byFigure.get(s.figure());
            if (s.verified()) {
                LawDataEntry same = loaded.stream().filter(l -> l.validFrom().equals(s.validFrom())).findFirst().orElse(null);
                boolean kept = same != null && Objects.equals(same.value(), s.value()) && same.verified()
                        && (s.validTo() == null || Objects.equals(same.validTo(), s.validTo()));
                if (kept) {
                    continue;
                }
                int line = same != null ? same.line() : 0;
                if (override) {
                    overrides.add(new Override(s.figure(), s.validFrom(), s.value(), same == null ? null : same.value(), line));
                } else {
                    problems.add(line, same == null ? 0 : column("value"), same == null ? null : "value", "changes the verified figure "
                            + s.figure() + " " + s.value() + " from " + s.validFrom() + (s.validTo() == null ? "" : " to " + s.validTo())
                            + " of the shipped table (" + s.source() + "): a verified figure may be changed only with the explicit"
                            + " override (Java: overrideVerifiedFigures(); command line: --law-data-override), and every answer then says so");
                }
            } else if (s.value() == null) {
                for (LawDataEntry l : loaded) {
                    boolean overlaps = !l.validFrom().isAfter(s.validTo() == null ? LocalDate.MAX : s.validTo())
                            && (l.validTo() == null || !l.validTo().isBefore(s.validFrom()));
                    if (overlaps && l.value() != null && !l.verified()) {
                        problems.add(l.line(), column("verified"), "verified", "gives " + s.figure() + " for " + s.validFrom() + " to "
                                + s.validTo() + ", which the shipped table leaves unknown, without verifying it: such a figure needs"
                                + " verified yes and the source that confirms it");
                    }
                }
            }
        }
    }

    private static int column(String name) {
        return LawDataReader.COLUMNS.indexOf(name) + 1;
    }

    /** The row in force on the date, or empty before {@link #FIRST_SUPPORTED_DATE}. */
    public Optional<ThresholdRow> rowFor(LocalDate date) {
        return segment(date).map(Segment::row);
    }

    /** The entry of one figure in force on the date, with its source and period. */
    public Optional<LawDataEntry> entryOn(String figure, LocalDate date) {
        return segment(date).map(s -> s.entries().get(figure));
    }

    private Optional<Segment> segment(LocalDate date) {
        for (int i = segments.size() - 1; i >= 0; i--) {
            Segment s = segments.get(i);
            if (s.covers(date)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The open questions that concern the date and that the rules act on: without those the table
     * answers (a verified entry in force on the date that resolves the question) and without those a
     * rule gives itself ({@link LawUncertainty.Effect#RULE}).
     */
    public List<LawUncertainty> uncertaintiesOn(LocalDate date) {
        List<LawUncertainty> open = new ArrayList<>();
        for (LawUncertainty u : uncertainties) {
            if (u.effect() != LawUncertainty.Effect.RULE && u.covers(date) && !resolvedOn(u, date)) {
                open.add(u);
            }
        }
        return open;
    }

    private boolean resolvedOn(LawUncertainty u, LocalDate date) {
        Optional<Segment> segment = segment(date);
        if (segment.isEmpty()) {
            return false;
        }
        Collection<LawDataEntry> inForce = u.figure().equals("*") ? segment.get().entries().values()
                : segment.get().entries().containsKey(u.figure()) ? List.of(segment.get().entries().get(u.figure())) : List.of();
        return inForce.stream().anyMatch(e -> e.verified() && e.resolves().contains(u.code()));
    }

    /** Every open question of the table, those the rules give too. */
    public List<LawUncertainty> openQuestions() {
        return uncertainties;
    }

    /**
     * The figures among {@code figures} that may be out of date on the date: more than
     * {@link #FRESHNESS_MONTHS} months after their newest verified entry took effect. Each maps to
     * that entry's first day, or to {@code null} when the figure has no verified entry at all.
     */
    public Map<String, LocalDate> staleOn(LocalDate date, Collection<String> figures) {
        Map<String, LocalDate> stale = new LinkedHashMap<>();
        for (String figure : figures) {
            LocalDate newest = newestVerified.get(figure);
            if (newest == null || date.isAfter(newest.plusMonths(FRESHNESS_MONTHS))) {
                stale.put(figure, newest);
            }
        }
        return stale;
    }

    /** The first day of the newest verified entry of the figure, if it has one. */
    public Optional<LocalDate> newestVerified(String figure) {
        return Optional.ofNullable(newestVerified.get(figure));
    }

    /** The verified shipped figures this table changes (only with the override allowed; empty for the shipped table). */
    public List<Override> overrides() {
        return overrides;
    }

    /** The edition's name, from the file's {@code name} line. */
    public String name() {
        return name;
    }

    /** The edition's version, from the file's {@code version} line. */
    public String version() {
        return version;
    }

    /** The SHA-256 of the file's bytes, in lower-case hex. */
    public String sha256() {
        return sha256;
    }

    /** Whether this is the table shipped with the knowledge base. */
    public boolean isShipped() {
        return shipped;
    }

    /** Every entry, in the order of the file. */
    public List<LawDataEntry> entries() {
        return entries;
    }

    /** The rows the rules read, one per period in which no figure changes, in date order. */
    public List<ThresholdRow> rows() {
        return segments.stream().map(Segment::row).toList();
    }
}
