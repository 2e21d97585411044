package io.github.veivalg.examples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.github.veivalg.examples.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --law-data FILE} on the commands that assess: the answers use the loaded table and name
 * it; a bad table is refused input, every problem listed, and nothing is assessed.
 *
 * <p>The figures from 2026-04-21 are TEST FIGURES, made up for these tests: not law.
 */
class CliLawDataTest {

    static final String REQUEST = """
            {"evaluationDate": "2026-05-01",
             "buyer": {"authorityKind": "MUNICIPALITY", "buyerControlsSupplier": false, "isCooperationBetweenAuthorities": false},
             "purchase": {"subjectType": "SERVICES", "serviceCategory": "ORDINARY", "estimatedValueNok": 2400000,
               "valueIncludesOptionsAndExtensions": true, "agreementType": "SINGLE_CONTRACT", "isMutuallyBindingForPayment": true,
               "isGrantUnderGrantRules": false, "isUserChoiceScheme": false, "isEmploymentContract": false,
               "isRealEstateAcquisitionOrRental": false, "involvesExerciseOfPublicAuthority": false,
               "isResearchAndDevelopmentService": false},
             "supplier": {"supplierLegalForm": "AS", "isNonProfit": false}}
            """;

    static Path dir;
    static Path table;
    static Path request;

    static List<String> shippedLines() {
        try (InputStream in = CliLawDataTest.class.getResourceAsStream("/io/github/veivalg/kb/data/thresholds.tsv")) {
            return new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped table with TEST FIGURES (not law) for the EEA thresholds from {@code from}. */
    static List<String> withTestPeriod(String from) {
        List<String> lines = shippedLines();
        lines.replaceAll(l -> l.startsWith("name\t") ? "name\tCLI TEST law data (not law)" : l);
        String[][] test = {{"EEA-S", "1555555"}, {"EEA-O", "2444444"}, {"EEA-W", "59999999"}, {"EEA-HS", "8888888"}};
        for (String[] t : test) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(t[0] + "\t2024-03-14\t-\t")) {
                    lines.set(i, lines.get(i).replace(t[0] + "\t2024-03-14\t-\t", t[0] + "\t2024-03-14\t2026-04-20\t"));
                }
            }
            lines.add(String.join("\t", t[0], from, "-", t[1], "NOK", "yes", "E4", "TEST-2026", "TEST FIGURE, not law"));
        }
        return lines;
    }

    @BeforeAll
    static void files(@TempDir Path tmp) throws IOException {
        dir = tmp;
        table = Files.write(tmp.resolve("law-2026.tsv"), String.join("\n", withTestPeriod("2026-04-21")).getBytes(StandardCharsets.UTF_8));
        request = Files.writeString(tmp.resolve("request.json"), REQUEST);
    }

    @Test
    void assess_withLawData_usesTheLoadedFigures_andNamesTheTable() {
        CliTest.Run json = run("assess", request.toString(), "--law-data", table.toString(), "--format", "json", "--lang", "en");
        assertThat(json.exit()).as(json.err()).isEqualTo(0);
        assertThat(json.out()).contains("\"lawData\" : {").contains("\"name\" : \"CLI TEST law data (not law)\"")
                .contains("\"sha256\" : \"").contains("\"band\" : \"PART_II\"").contains("\"valueNok\" : 2444444")
                .contains("\"source\" : \"TEST FIGURE, not law\"").doesNotContain("\"E4\"");
        CliTest.Run shipped = run("assess", request.toString(), "--format", "json");
        assertThat(shipped.out()).contains("\"name\" : \"Veivalg shipped law data\"").contains("\"band\" : \"PART_III\"").contains("\"E4\"");
        CliTest.Run text = run("assess", request.toString(), "--law-data", table.toString(), "--lang", "en");
        assertThat(text.out()).contains("Law data:").contains("CLI TEST law data (not law), version 2024-03-21 (SHA-256 ")
                .contains("source (EEA-O): TEST FIGURE, not law").contains("source (LL): FOA § 1-1");
    }

    @Test
    void theOtherAssessingCommands_takeTheOptionToo() throws IOException {
        CliTest.Run thresholds = run("thresholds", "--date", "2026-05-01", "--law-data", table.toString(), "--format", "json");
        assertThat(thresholds.exit()).isEqualTo(0);
        assertThat(thresholds.out()).contains("\"row\" : \"TEST-2026\"").contains("\"lawData\"").contains("1555555");
        CliTest.Run questions = run("questions", request.toString(), "--law-data", table.toString(), "--format", "json");
        assertThat(questions.exit()).isEqualTo(0);
        assertThat(questions.out()).contains("\"lawData\"").contains("CLI TEST law data");
        Path batch = Files.writeString(dir.resolve("batch.jsonl"), REQUEST.replace("\n", " ") + "\n");
        CliTest.Run lines = run("assess-batch", batch.toString(), "--law-data", table.toString(), "--no-progress");
        assertThat(lines.exit()).isEqualTo(0);
        assertThat(lines.out()).contains("CLI TEST law data").contains("\"band\":\"PART_II\"");
    }

    @Test
    void screenPlan_takesTheLawData_andARefusedTableWritesNothing() throws IOException {
        // One ordinary service of NOK 2 400 000 on 2026-05-01: Part III under the shipped figures, Part II
        // under the TEST FIGURES (EEA-O 2 444 444), so the band shows which table the rows were assessed under.
        Path plan = Files.writeString(dir.resolve("plan.csv"),
                "anskaffelse;kategori;estimert verdi;oppstart;avtaletype\nKonsulenttjenester;tjenester;2 400 000;01.05.2026;kontrakt\n");
        Path out = dir.resolve("plan-out");
        CliTest.Run r = run("screen-plan", plan.toString(), "--out", out.toString(), "--law-data", table.toString(), "--lang", "en");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(Files.readString(out.resolve("results.jsonl"))).contains("CLI TEST law data").contains("\"band\":\"PART_II\"");
        Path gap = Files.write(dir.resolve("gap-plan.tsv"), String.join("\n", withTestPeriod("2026-05-01")).getBytes(StandardCharsets.UTF_8));
        Path refusedOut = dir.resolve("refused-out");
        CliTest.Run refused = run("screen-plan", plan.toString(), "--out", refusedOut.toString(), "--law-data", gap.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("gap: no EEA-S entry covers 2026-04-21 to 2026-04-30").doesNotContain("\tat ");
        assertThat(refusedOut).doesNotExist();
    }

    @Test
    void aTableWithAGap_isRefusedInput_everyProblemListed_nothingAssessed() throws IOException {
        Path gap = Files.write(dir.resolve("gap.tsv"), String.join("\n", withTestPeriod("2026-05-01")).getBytes(StandardCharsets.UTF_8));
        CliTest.Run r = run("assess", request.toString(), "--law-data", gap.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("gap: no EEA-S entry covers 2026-04-21 to 2026-04-30").contains("gap: no EEA-HS entry")
                .contains("column 2 (validFrom)").doesNotContain("Exception").doesNotContain("\tat ");
        CliTest.Run json = run("assess", request.toString(), "--law-data", gap.toString(), "--format", "json");
        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.out()).contains("\"errors\"").contains("2026-04-21 to 2026-04-30");
    }

    @Test
    void aMissingOrBinaryTable_andAnOverrideWithoutTable_areRefusedInput() throws IOException {
        assertThat(run("assess", request.toString(), "--law-data", dir.resolve("none.tsv").toString()).err()).contains("does not exist");
        Path binary = Files.write(dir.resolve("x.tsv"), new byte[] {1, 2, 0, 3});
        CliTest.Run r = run("thresholds", "--date", "2025-01-01", "--law-data", binary.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("NUL byte");
        assertThat(run("assess", request.toString(), "--law-data-override").exit()).isEqualTo(2);
    }

    @Test
    void anOverriddenVerifiedFigure_isWarnedAbout() throws IOException {
        List<String> lines = shippedLines();
        lines.replaceAll(l -> l.startsWith("EEA-O\t2024-03-14\t") ? l.replace("\t2300000\t", "\t2500000\t") : l);
        Path changed = Files.write(dir.resolve("changed.tsv"), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        assertThat(run("assess", request.toString(), "--law-data", changed.toString()).exit()).isEqualTo(2);
        CliTest.Run r = run("assess", request.toString(), "--law-data", changed.toString(), "--law-data-override", "--format", "json");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("LAW_DATA_OVERRIDE");
    }
}
