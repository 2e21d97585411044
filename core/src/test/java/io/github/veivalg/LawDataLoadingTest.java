package io.github.veivalg;

import io.github.veivalg.json.JsonContract;

import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.vocabulary.PathId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A buyer loads a newer law-data table at run time, and every answer says which one it used.
 *
 * <p>The figures from 2026-04-21 in these tests are TEST FIGURES, made up so that the answers
 * change visibly: they are not the 2026 adjustment (open question E4) and are not law.
 */
class LawDataLoadingTest {

    private static final LocalDate IN_TEST_PERIOD = LocalDate.of(2026, 5, 1);
    private static final LocalDate BEFORE_TEST_PERIOD = LocalDate.of(2026, 4, 20);

    private static Path dir;
    private static Path testTable;
    private static Veivalg shipped;
    private static Veivalg loaded;

    /** The shipped table's lines. */
    static List<String> shippedLines() {
        try (InputStream in = LawDataLoadingTest.class.getResourceAsStream("/io/github/veivalg/kb/data/thresholds.tsv")) {
            return new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void set(List<String> lines, String figure, String from, int column, String value) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(figure + "\t" + from + "\t")) {
                String[] cells = lines.get(i).split("\t", -1);
                cells[column] = value;
                lines.set(i, String.join("\t", cells));
                return;
            }
        }
        throw new IllegalArgumentException(figure + " " + from);
    }

    /** The shipped table, its EEA figures ended on 2026-04-20 and followed by TEST FIGURES (not law) from {@code from}. */
    static List<String> withTestPeriod(String from) {
        List<String> lines = shippedLines();
        lines.replaceAll(l -> l.startsWith("name\t") ? "name\tTEST law data (made-up 2026 figures, not law)"
                : l.startsWith("version\t") ? "version\ttest-1" : l);
        String[][] test = {{"EEA-S", "1555555"}, {"EEA-O", "2444444"}, {"EEA-W", "59999999"}, {"EEA-HS", "8888888"}};
        for (String[] t : test) {
            set(lines, t[0], "2024-03-14", 2, "2026-04-20");
            lines.add(String.join("\t", t[0], from, "-", t[1], "NOK", "yes", "E4", "TEST-2026",
                    "TEST FIGURE, made up for Veivalg's tests: not law"));
        }
        return lines;
    }

    static Path write(String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void load(@TempDir Path tmp) throws IOException {
        dir = tmp;
        testTable = write("test-2026.tsv", withTestPeriod("2026-04-21"));
        shipped = Veivalg.create();
        loaded = Veivalg.builder().lawData(testTable).build();
    }

    @AfterAll
    static void close() {
        shipped.close();
        loaded.close();
    }

    private static AssessmentRequest municipalityServices(LocalDate date, long value) {
        return Requests.inScope(date, value).build();
    }

    @Test
    void aLaterPeriod_isUsedOnItsDates_withItsFiguresAndSources_andNoE4() throws Exception {
        Assessment a = loaded.assess(municipalityServices(IN_TEST_PERIOD, 2_400_000), Locale.ENGLISH);
        assertThat(a.band()).as("2 400 000 is below the TEST EEA-O 2 444 444").isEqualTo(Band.PART_II);
        ThresholdUsed eeaO = a.thresholdsUsed().stream().filter(t -> t.name().equals("EEA-O")).findFirst().orElseThrow();
        assertThat(eeaO.value().kroner()).isEqualTo(2_444_444L);
        assertThat(eeaO.validFrom()).isEqualTo(LocalDate.of(2026, 4, 21));
        assertThat(eeaO.validTo()).isEmpty();
        assertThat(eeaO.source()).startsWith("TEST FIGURE");
        ThresholdUsed ll = a.thresholdsUsed().get(0);
        assertThat(ll.name()).isEqualTo("LL");
        assertThat(ll.source()).as("an unchanged figure keeps its shipped source").startsWith("FOA § 1-1");
        assertThat(a.warnings()).extracting(Warning::code).doesNotContain("E4");

        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(testTable)));
        assertThat(a.lawData()).isEqualTo(new LawData("TEST law data (made-up 2026 figures, not law)", "test-1", sha));
        assertThat(loaded.lawData()).isEqualTo(a.lawData());
        assertThat(JsonContract.responseToMap(a).get("lawData")).isEqualTo(Map.of(
                "name", "TEST law data (made-up 2026 figures, not law)", "version", "test-1", "sha256", sha));
        assertThat(loaded.protocolText(a, PathId.PART_II_OPEN)).contains("Law data: TEST law data (made-up 2026 figures, not law), version test-1 (SHA-256 " + sha + ")")
                .contains("EEA-O: TEST FIGURE");

        Assessment same = shipped.assess(municipalityServices(IN_TEST_PERIOD, 2_400_000), Locale.ENGLISH);
        assertThat(same.band()).as("the shipped EEA-O is 2 300 000").isEqualTo(Band.PART_III);
        assertThat(same.warnings()).extracting(Warning::code).contains("E4");
    }

    @Test
    void beforeTheLaterPeriod_theShippedFiguresAndE4Stay() {
        Assessment a = loaded.assess(municipalityServices(BEFORE_TEST_PERIOD, 2_400_000), Locale.ENGLISH);
        assertThat(a.band()).isEqualTo(Band.PART_III);
        assertThat(a.warnings()).extracting(Warning::code).contains("E4");
        assertThat(a.thresholdsUsed()).filteredOn(t -> t.name().equals("EEA-O")).singleElement()
                .satisfies(t -> assertThat(t.validTo()).contains(BEFORE_TEST_PERIOD));
    }

    @Test
    void figuresNotRestatedInTheLaterPeriod_warnThatTheyMayBeOutOfDate() {
        Assessment a = loaded.assess(municipalityServices(IN_TEST_PERIOD, 2_400_000), Locale.ENGLISH);
        List<Warning> stale = a.warnings().stream().filter(w -> w.code().equals("LAW_DATA_STALE")).toList();
        assertThat(stale).singleElement().satisfies(w -> assertThat(w.message())
                .startsWith("The law data (TEST law data (made-up 2026 figures, not law)) has no verified figure for LL, NAT newer than the one in force from 14 March 2024.")
                .contains("1 May 2026, more than 24 months later"));
        assertThat(loaded.assess(municipalityServices(IN_TEST_PERIOD, 2_400_000)).warnings()).filteredOn(w -> w.code().equals("LAW_DATA_STALE"))
                .singleElement().satisfies(w -> assertThat(w.message()).contains("for LL, NAT").contains("14. mars 2024"));
    }

    @Test
    void farFutureDates_areAnswered_withTheWarningThatTheLawForThatDateIsNotKnown() {
        Assessment a = shipped.assess(municipalityServices(LocalDate.of(9999, 12, 31), 2_400_000), Locale.ENGLISH);
        assertThat(a.warnings()).filteredOn(w -> w.code().equals("LAW_DATA_STALE")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("LL, NAT, EEA-O").contains("31 December 9999")
                        .contains("what the law says on that date is not known to Veivalg"));
    }

    @Test
    void thresholdsOn_showsTheLoadedFigures_andTheLawData() {
        ThresholdsInForce t = loaded.thresholdsOn(IN_TEST_PERIOD, Locale.ENGLISH).orElseThrow();
        assertThat(t.rowId()).isEqualTo("TEST-2026");
        assertThat(t.lawData()).isEqualTo(loaded.lawData());
        assertThat(t.figures()).filteredOn(f -> f.name().equals("EEA-S")).singleElement()
                .satisfies(f -> assertThat(f.value().kroner()).isEqualTo(1_555_555L));
        assertThat(t.warnings()).extracting(Warning::code).doesNotContain("E4").contains("LAW_DATA_STALE");
        assertThat(shipped.thresholdsOn(IN_TEST_PERIOD, Locale.ENGLISH).orElseThrow().lawData().name()).isEqualTo("Veivalg shipped law data");
    }

    @Test
    void theSameTableWithAGap_isRefused_namingTheGapsDates() throws IOException {
        Path gap = write("gap.tsv", withTestPeriod("2026-05-01"));
        InvalidLawDataException e = catchThrowableOfType(InvalidLawDataException.class, () -> Veivalg.builder().lawData(gap).build());
        assertThat(e).isNotNull();
        assertThat(e.file()).isEqualTo(gap.toString());
        assertThat(e.problems()).hasSize(4).allSatisfy(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.columnName()).isEqualTo("validFrom");
            assertThat(p.message()).contains("gap").contains("2026-04-21 to 2026-04-30");
        });
        assertThat(e.getMessage()).contains("4 problems").contains("EEA-S").contains("EEA-HS");
    }

    @Test
    void aChangedVerifiedShippedFigure_isRefused_unlessOverridden_andThenEveryAnswerWarns() throws IOException {
        List<String> lines = shippedLines();
        set(lines, "EEA-O", "2024-03-14", 3, "2400000");
        Path changed = write("changed.tsv", lines);
        assertThatThrownBy(() -> Veivalg.builder().lawData(changed).build()).isInstanceOf(InvalidLawDataException.class)
                .hasMessageContaining("changes the verified figure EEA-O 2300000").hasMessageContaining("override");
        try (Veivalg overridden = Veivalg.builder().lawData(changed).overrideVerifiedFigures().build()) {
            for (LocalDate date : List.of(LocalDate.of(2017, 6, 1), LocalDate.of(2025, 6, 1))) {
                Assessment a = overridden.assess(municipalityServices(date, 2_350_000), Locale.ENGLISH);
                assertThat(a.warnings()).filteredOn(w -> w.code().equals("LAW_DATA_OVERRIDE")).singleElement()
                        .satisfies(w -> assertThat(w.message()).contains("EEA-O NOK\u00a02,300,000 from 14 March 2024 is replaced by NOK\u00a02,400,000"));
            }
            assertThat(overridden.assess(municipalityServices(LocalDate.of(2025, 6, 1), 2_350_000)).band()).isEqualTo(Band.PART_II);
        }
    }

    @Test
    void aFileThatCannotBeRead_isRefused_neverReplacedByTheShippedTable() {
        assertThatThrownBy(() -> Veivalg.builder().lawData(dir.resolve("missing.tsv")).build())
                .isInstanceOf(InvalidLawDataException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> Veivalg.builder().lawData(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Veivalg.builder().overrideVerifiedFigures().build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void badInput_isRefusedWithEveryProblem_andNothingIsAssessed() throws IOException {
        List<String> lines = shippedLines();
        set(lines, "NAT", "2017-01-01", 3, "-1100000");
        set(lines, "EEA-S", "2017-01-01", 3, "1100000,5");
        set(lines, "EEA-O", "2017-01-01", 8, "-");
        set(lines, "EEA-W", "2017-01-01", 0, "EEA-WORKS");
        set(lines, "EEA-HS", "2017-01-01", 1, "2017-02-30");
        Path bad = write("bad.tsv", lines);
        InvalidLawDataException e = catchThrowableOfType(InvalidLawDataException.class, () -> Veivalg.builder().lawData(bad).build());
        assertThat(e.problems()).extracting(LawDataProblem::columnName).containsExactly("value", "value", "source", "figure", "validFrom");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.column()).isPositive());
        assertThat(e.problems().get(0).toString()).matches("line \\d+, column 4 \\(value\\): is negative: -1100000.*");
        Path binary = Files.write(dir.resolve("binary.tsv"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        assertThatThrownBy(() -> Veivalg.builder().lawData(binary).build()).isInstanceOf(InvalidLawDataException.class)
                .hasMessageContaining("line 1: contains a NUL byte");
    }

    @Test
    void theJavadocExampleOfTheBuilder_runs() {
        Path lawDataFile = testTable;
        AssessmentRequest request = municipalityServices(IN_TEST_PERIOD, 2_400_000);
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            try (Veivalg veivalg = Veivalg.builder().lawData(lawDataFile).build()) {   // refused if the table fails a check
                Assessment answer = veivalg.assess(request);
                System.out.println(answer.lawData());    // name, version and SHA-256 of the table used
            }
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("LawData[name=TEST law data").contains("sha256=");
    }

    @Test
    void theShippedLawData_isNamedInEveryAnswer() {
        Assessment a = shipped.assess(Requests.inScope(1_000_000));
        assertThat(a.lawData()).isEqualTo(shipped.lawData());
        assertThat(a.lawData().name()).isEqualTo("Veivalg shipped law data");
        assertThat(a.lawData().version()).isEqualTo("2024-03-21");
        assertThat(a.lawData().sha256()).matches("[0-9a-f]{64}");
        assertThat(shipped.protocolText(a, PathId.PART_I_COMPETITION)).contains("Terskeldata: Veivalg shipped law data, versjon 2024-03-21 (SHA-256 ");
    }
}
