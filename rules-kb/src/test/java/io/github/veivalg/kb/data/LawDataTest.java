package io.github.veivalg.kb.data;

import io.github.veivalg.kb.vocabulary.LawUncertainty;
import io.github.veivalg.kb.vocabulary.ThresholdRow;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The law data as a buyer edits it: the shipped table's format, the checks a loaded copy must pass,
 * and every kind of bad input refused with its line and column.
 *
 * <p>The figures from 2026-04-21 below are TEST FIGURES, made up for these tests: they are not the
 * 2026 adjustment (open question E4) and must never be copied into a real table.
 */
class LawDataTest {

    private static final ThresholdTable SHIPPED = ThresholdTable.load();

    static List<String> shippedLines() {
        try (InputStream in = ThresholdTable.class.getResourceAsStream(ThresholdTable.THRESHOLDS)) {
            return new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index (0-based) of the line giving the figure from the date; its line number is one more. */
    static int indexOf(List<String> lines, String figure, String from) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(figure + "\t" + from + "\t")) {
                return i;
            }
        }
        throw new IllegalArgumentException("no line " + figure + " " + from);
    }

    /** Replaces one cell (by column name) of the line giving the figure from the date. */
    static void set(List<String> lines, String figure, String from, String column, String value) {
        int i = indexOf(lines, figure, from);
        String[] cells = lines.get(i).split("\t", -1);
        cells[LawDataReader.COLUMNS.indexOf(column)] = value;
        lines.set(i, String.join("\t", cells));
    }

    /** TEST FIGURES (not law): the EEA thresholds end on 2026-04-20 and made-up ones follow from {@code newFrom}, resolving E4. */
    static List<String> later2026(String newFrom) {
        List<String> lines = shippedLines();
        replaceMetadata(lines, "Test law data with TEST FIGURES (not law)", "test-2026");
        String[][] test = {{"EEA-S", "1555555"}, {"EEA-O", "2444444"}, {"EEA-W", "59999999"}, {"EEA-HS", "8888888"}};
        for (String[] t : test) {
            set(lines, t[0], "2024-03-14", "validTo", "2026-04-20");
            lines.add(String.join("\t", t[0], newFrom, "-", t[1], "NOK", "yes", "E4", "TEST-2026",
                    "TEST FIGURE, made up for Veivalg's tests: not law"));
        }
        return lines;
    }

    static void replaceMetadata(List<String> lines, String name, String version) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("name\t")) {
                lines.set(i, "name\t" + name);
            } else if (lines.get(i).startsWith("version\t")) {
                lines.set(i, "version\t" + version);
            }
        }
    }

    static ThresholdTable load(List<String> lines) {
        return ThresholdTable.load("test.tsv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8), false);
    }

    static List<String> problems(List<String> lines) {
        return problems(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    static List<String> problems(byte[] bytes) {
        LawDataException e = catchThrowableOfType(LawDataException.class, () -> ThresholdTable.load("test.tsv", bytes, false));
        assertThat(e).as("the table should have been refused").isNotNull();
        return e.problems().stream().map(TableProblem::toString).toList();
    }

    // ---- the shipped table

    @Test
    void shippedTable_givesEveryEntryASource_andNamesItsEdition() {
        assertThat(SHIPPED.entries()).hasSize(ThresholdRow.NAMES.size() * 5);
        assertThat(SHIPPED.entries()).allSatisfy(e -> assertThat(e.source()).as("line %d", e.line()).isNotBlank().isNotEqualTo("-"));
        assertThat(SHIPPED.name()).isEqualTo("Veivalg shipped law data");
        assertThat(SHIPPED.version()).isEqualTo("2024-03-21");
        assertThat(SHIPPED.sha256()).matches("[0-9a-f]{64}");
        assertThat(SHIPPED.isShipped()).isTrue();
        assertThat(SHIPPED.overrides()).isEmpty();
    }

    @Test
    void shippedTable_keepsTheRowsOfTheOldTable_T5VerifiedByTheFoaText() {
        assertThat(SHIPPED.rows()).extracting(ThresholdRow::id).containsExactly("T1", "T2", "T3", "T4", "T5");
        assertThat(SHIPPED.rows()).extracting(ThresholdRow::fromConsolidatedText).containsExactly(false, false, false, false, true);
        LawDataEntry eeaS = SHIPPED.entryOn(ThresholdRow.EEA_S, LocalDate.of(2025, 1, 1)).orElseThrow();
        assertThat(eeaS.value()).isEqualTo(1_490_000L);
        assertThat(eeaS.source()).startsWith("FOA § 5-3 (1) a");
        assertThat(eeaS.validFrom()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(eeaS.validTo()).isNull();
        assertThat(SHIPPED.entryOn(ThresholdRow.TAX_CERT, LocalDate.of(2019, 1, 1)).orElseThrow().source()).startsWith("FOA § 7-2 (1)");
    }

    @Test
    void shippedOpenQuestionE8_coversExactlyTheDatesWithoutALotCeiling() {
        List<LawUncertainty> e8 = SHIPPED.openQuestions().stream().filter(u -> u.code().equals("E8")).toList();
        assertThat(e8).isNotEmpty().allSatisfy(u -> assertThat(u.effect()).isEqualTo(LawUncertainty.Effect.RULE));
        for (LawDataEntry e : SHIPPED.entries()) {
            if (e.figure().startsWith("LOT-")) {
                boolean asked = e8.stream().anyMatch(u -> u.figure().equals(e.figure()) && u.from().equals(e.validFrom())
                        && e.validTo() != null && e.validTo().equals(u.to()));
                assertThat(asked).as("E8 row for %s from %s", e.figure(), e.validFrom()).isEqualTo(e.value() == null);
            }
        }
        assertThat(SHIPPED.uncertaintiesOn(LocalDate.of(2023, 1, 1))).extracting(LawUncertainty::code).doesNotContain("E8");
    }

    @Test
    void freshness_warnsMoreThan24MonthsAfterTheNewestVerifiedEntry() {
        List<String> eea = List.of(ThresholdRow.EEA_S, ThresholdRow.LL);
        assertThat(SHIPPED.staleOn(LocalDate.of(2026, 3, 14), eea)).isEmpty();
        assertThat(SHIPPED.staleOn(LocalDate.of(2026, 3, 15), eea)).containsOnlyKeys(ThresholdRow.EEA_S, ThresholdRow.LL)
                .containsValue(LocalDate.of(2024, 3, 14));
        assertThat(SHIPPED.staleOn(LocalDate.of(9999, 12, 31), eea)).hasSize(2);
    }

    // ---- a later period, loaded

    @Test
    void aLaterPeriod_withTestFigures_isUsedOnItsDates_andResolvesE4There() {
        ThresholdTable table = load(later2026("2026-04-21"));
        assertThat(table.isShipped()).isFalse();
        assertThat(table.name()).contains("TEST FIGURES");
        ThresholdRow row = table.rowFor(LocalDate.of(2026, 5, 1)).orElseThrow();
        assertThat(row.id()).isEqualTo("TEST-2026");
        assertThat(row.eeaState()).isEqualTo(1_555_555L);
        assertThat(row.eeaOther()).isEqualTo(2_444_444L);
        assertThat(row.national()).as("a figure that did not change stays").isEqualTo(1_300_000L);
        assertThat(table.entryOn(ThresholdRow.EEA_O, LocalDate.of(2026, 5, 1)).orElseThrow().source()).startsWith("TEST FIGURE");
        assertThat(table.rowFor(LocalDate.of(2026, 4, 20)).orElseThrow().eeaState()).isEqualTo(1_490_000L);
        assertThat(table.uncertaintiesOn(LocalDate.of(2026, 4, 21))).extracting(LawUncertainty::code).containsExactly("E2");
        assertThat(table.uncertaintiesOn(LocalDate.of(2026, 4, 20))).extracting(LawUncertainty::code).contains("E4");
        assertThat(table.staleOn(LocalDate.of(2027, 1, 1), List.of(ThresholdRow.EEA_S, ThresholdRow.NAT)))
                .containsOnlyKeys(ThresholdRow.NAT);
        assertThat(table.sha256()).isNotEqualTo(SHIPPED.sha256());
    }

    @Test
    void aLaterPeriod_withAGap_isRefused_namingTheGapsDates() {
        List<String> lines = later2026("2026-05-01");
        assertThat(problems(lines)).hasSize(4).allSatisfy(p -> assertThat(p).contains("gap").contains("2026-04-21 to 2026-04-30"))
                .anySatisfy(p -> assertThat(p).startsWith("line " + lines.size() + ", column 2 (validFrom): gap: no EEA-HS entry"));
    }

    @Test
    void anOverlap_isRefused() {
        List<String> lines = later2026("2026-04-15");
        assertThat(problems(lines)).hasSize(4).allSatisfy(p -> assertThat(p).contains("overlap").contains("2026-04-15 to 2026-04-20"));
    }

    @Test
    void aShippedOpenEntryFollowedByANewOne_mustBeEnded() {
        List<String> lines = later2026("2026-04-21");
        set(lines, "EEA-S", "2024-03-14", "validTo", "-");
        assertThat(problems(lines)).singleElement().asString().contains("has no end").contains("end it on 2026-04-20");
    }

    @Test
    void changingAVerifiedShippedFigure_needsTheOverride_andIsThenListed() {
        List<String> lines = shippedLines();
        set(lines, "EEA-O", "2024-03-14", "value", "2400000");
        int line = indexOf(lines, "EEA-O", "2024-03-14") + 1;
        assertThat(problems(lines)).singleElement().asString().startsWith("line " + line + ", column 4 (value): changes the verified figure EEA-O 2300000")
                .contains("--law-data-override");
        ThresholdTable overridden = ThresholdTable.load("test.tsv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8), true);
        assertThat(overridden.overrides()).containsExactly(new ThresholdTable.Override("EEA-O", LocalDate.of(2024, 3, 14), 2_300_000L, 2_400_000L, line));
        assertThat(overridden.rowFor(LocalDate.of(2025, 1, 1)).orElseThrow().eeaOther()).isEqualTo(2_400_000L);
    }

    @Test
    void anUnverifiedShippedFigure_mayBeCorrected_andItsQuestionResolved() {
        // E16: the T4 EEA-O figure may have been 2 210 000. TEST: a verified correction with its source.
        List<String> lines = shippedLines();
        set(lines, "EEA-O", "2022-03-23", "value", "2210000");
        set(lines, "EEA-O", "2022-03-23", "verified", "yes");
        set(lines, "EEA-O", "2022-03-23", "resolves", "E16");
        set(lines, "EEA-O", "2022-03-23", "source", "TEST SOURCE, made up for Veivalg's tests: not law");
        ThresholdTable table = load(lines);
        assertThat(table.rowFor(LocalDate.of(2023, 1, 1)).orElseThrow().eeaOther()).isEqualTo(2_210_000L);
        assertThat(table.uncertaintiesOn(LocalDate.of(2023, 1, 1))).isEmpty();
        assertThat(SHIPPED.uncertaintiesOn(LocalDate.of(2023, 1, 1))).extracting(LawUncertainty::code).containsExactly("E16");
    }

    @Test
    void anUnknownShippedFigure_mayBeFilledOnlyByAVerifiedEntry() {
        List<String> lines = shippedLines();
        set(lines, "LOT-GS", "2022-03-23", "value", "650000");
        set(lines, "LOT-GS", "2022-03-23", "source", "TEST SOURCE: not law");
        assertThat(problems(lines)).singleElement().asString().contains("column 6 (verified)").contains("leaves unknown");
        set(lines, "LOT-GS", "2022-03-23", "verified", "yes");
        assertThat(load(lines).rowFor(LocalDate.of(2023, 1, 1)).orElseThrow().lotGoodsServices()).isEqualTo(650_000L);
    }

    @Test
    void aStateThresholdAboveTheOthers_isRefused_asAgainstTheRegulationsStructure() {
        List<String> lines = later2026("2026-04-21");
        set(lines, "EEA-S", "2026-04-21", "value", "2500000");
        assertThat(problems(lines)).singleElement().asString().contains("column 4 (value)").contains("from 2026-04-21: EEA-S 2500000")
                .contains("above EEA-O 2444444").contains("§ 5-3 (1) a");
    }

    @Test
    void resolvingAQuestion_needsAVerifiedEntry_aKnownCode_andTheRightFigure() {
        List<String> lines = later2026("2026-04-21");
        set(lines, "EEA-S", "2026-04-21", "verified", "no");
        set(lines, "EEA-O", "2026-04-21", "resolves", "E99");
        set(lines, "EEA-W", "2026-04-21", "resolves", "E16");
        assertThat(problems(lines)).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("only a verified entry"))
                .anySatisfy(p -> assertThat(p).contains("no open question E99"))
                .anySatisfy(p -> assertThat(p).contains("E16 is not about EEA-W"));
    }

    // ---- bad input: each refused with its line and column, every problem at once

    @Test
    void aMissingColumn_isRefused() {
        List<String> lines = shippedLines();
        int header = lines.indexOf(String.join("\t", LawDataReader.COLUMNS));
        lines.set(header, lines.get(header).replace("\tunit", ""));
        assertThat(problems(lines)).first().asString().isEqualTo("line " + (header + 1) + ": the column \"unit\" is missing");
    }

    @Test
    void aLineWithTooFewCells_isRefused() {
        List<String> lines = shippedLines();
        int i = indexOf(lines, "NAT", "2017-01-01");
        lines.set(i, "NAT\t2017-01-01\t2018-04-05\t1100000");
        assertThat(problems(lines)).contains("line " + (i + 1) + ", column 5: expected 9 cells separated by tabs, found 4");
    }

    @Test
    void badCells_areEachRefused_allAtOnce() {
        List<String> lines = shippedLines();
        set(lines, "LL", "2017-01-01", "validTo", "2018-13-40");
        set(lines, "NAT", "2017-01-01", "value", "-1100000");
        set(lines, "EEA-S", "2017-01-01", "value", "1100000.50");
        set(lines, "EEA-O", "2017-01-01", "source", "-");
        set(lines, "EEA-W", "2017-01-01", "figure", "EEA-X");
        set(lines, "EEA-HS", "2017-01-01", "unit", "EUR");
        set(lines, "LOT-W", "2018-04-06", "verified", "maybe");
        set(lines, "TAX-CERT", "2017-01-01", "value", "0");
        List<String> problems = problems(lines);
        assertThat(problems).hasSize(8);
        assertThat(problems).anySatisfy(p -> assertThat(p).matches("line \\d+, column 3 \\(validTo\\): is not a date YYYY-MM-DD: \"2018-13-40\""));
        assertThat(problems).anySatisfy(p -> assertThat(p).matches("line \\d+, column 4 \\(value\\): is negative: -1100000.*"));
        assertThat(problems).anySatisfy(p -> assertThat(p).matches("line \\d+, column 4 \\(value\\): is not whole kroner: 1100000.50.*"));
        assertThat(problems).anySatisfy(p -> assertThat(p).matches("line \\d+, column 9 \\(source\\): every entry needs a source.*"));
        assertThat(problems).anySatisfy(p -> assertThat(p).matches("line \\d+, column 1 \\(figure\\): unknown figure \"EEA-X\".*"));
        assertThat(problems).anySatisfy(p -> assertThat(p).matches("line \\d+, column 5 \\(unit\\): must be NOK.*"));
        assertThat(problems).anySatisfy(p -> assertThat(p).matches("line \\d+, column 6 \\(verified\\): must be yes or no.*"));
        assertThat(problems).anySatisfy(p -> assertThat(p).matches("line \\d+, column 4 \\(value\\): is 0.*"));
    }

    @Test
    void aDuplicatePeriod_isRefused() {
        List<String> lines = shippedLines();
        int i = indexOf(lines, "NAT", "2020-02-12");
        lines.add(i + 1, lines.get(i));
        assertThat(problems(lines)).singleElement().asString().isEqualTo("line " + (i + 2)
                + ", column 2 (validFrom): duplicate period: lines " + (i + 1) + " and " + (i + 2) + " both give NAT from 2020-02-12");
    }

    @Test
    void aDateBeforeTheShippedTablesFirst_isRefused() {
        List<String> lines = shippedLines();
        set(lines, "LL", "2017-01-01", "validFrom", "2016-01-01");
        assertThat(problems(lines)).singleElement().asString().contains("LL starts on 2016-01-01, before the shipped table's first date 2017-01-01");
    }

    @Test
    void aFigureWithoutEntries_andMissingMetadata_areRefused() {
        List<String> lines = new ArrayList<>(shippedLines().stream().filter(l -> !l.startsWith("CHAIN-O\t") && !l.startsWith("version\t")).toList());
        assertThat(problems(lines)).anySatisfy(p -> assertThat(p).contains("the figure CHAIN-O has no entry"))
                .anySatisfy(p -> assertThat(p).contains("\"version<tab>…\" is missing"));
    }

    @Test
    void aBinaryFile_isRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThat(problems(png)).singleElement().asString().isEqualTo("line 3: contains a NUL byte: this is a binary file, not a tab-separated text table");
        byte[] latin1 = "name\tTerskelverdier for \u00d8stfold\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(latin1)).singleElement().asString().startsWith("line 1: is not UTF-8 text");
    }

    @Test
    void aFileWithAByteOrderMarkAndWindowsLineEnds_isRead() {
        String text = String.join("\r\n", shippedLines());
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        assertThat(ThresholdTable.load("windows.tsv", bytes, false).rows()).hasSize(5);
    }

    @Test
    void tooManyProblems_areCounted_notAllKept() {
        List<String> lines = shippedLines();
        for (int i = 0; i < 300; i++) {
            lines.add("LL\tnot-a-date\t-\t1\tNOK\tno\t-\tX\tsource");
        }
        List<String> problems = problems(lines);
        assertThat(problems).hasSize(LawDataException.MAX_PROBLEMS + 1);
        assertThat(problems.get(problems.size() - 1)).isEqualTo("and 200 more problems");
    }

    @Test
    void aFile_thatIsMissingOrADirectory_isRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> ThresholdTable.load(dir.resolve("none.tsv"), false)).isInstanceOf(LawDataException.class)
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ThresholdTable.load(dir, false)).isInstanceOf(LawDataException.class).hasMessageContaining("directory");
        Path file = dir.resolve("copy.tsv");
        Files.write(file, String.join("\n", later2026("2026-04-21")).getBytes(StandardCharsets.UTF_8));
        assertThat(ThresholdTable.load(file, false).rowFor(LocalDate.of(2027, 1, 1)).orElseThrow().id()).isEqualTo("TEST-2026");
    }
}
