package io.github.veivalg.examples.plan;

import io.github.veivalg.examples.cli.VeivalgCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code screen-plan examples/plans/sample-plan.csv --out DIR}: the three files, a row per purchase, in order. */
class SamplePlanTest {

    static final Path PLANS = Path.of(System.getProperty("veivalg.plans", "plans"));

    record Run(int exit, String out, String err) {
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VeivalgCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void theSamplePlan_givesThreeFiles_withARowPerPurchaseInOrder(@TempDir Path out) throws IOException {
        Run run = cli("screen-plan", PLANS.resolve("sample-plan.csv").toString(), "--out", out.toString(), "--date", "2026-01-15");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("screen-plan: 31 rader, 31 vurdert, 0 med feil");
        List<String> csv = lines(out.resolve("results.csv"));
        assertThat(csv.get(0)).isEqualTo("row,id,purchase,band,assessed_value_nok,open_paths,routes,error");
        assertThat(csv).hasSize(32);
        for (int i = 1; i <= 31; i++) {
            assertThat(csv.get(i)).startsWith((i + 1) + "," + i + ",");
        }
        assertThat(lines(out.resolve("results.jsonl"))).hasSize(31).allSatisfy(l -> assertThat(l).contains("\"wouldChange\""));
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("Reservasjon for ideelle organisasjoner")
                .doesNotContain("http://", "https://", "<script", "src=\"");
        // A plan states no exemption: each purchase lists the exceptions its answers presume not shown (spec a.0).
        assertThat(html).contains("<details class=\"presumptions\"><summary>Bygger på at ingen unntak er påvist (")
                .contains("(FOA § 2-4 bokstav a)");
        // The ideell home-care purchase is within reach of § 30-2a, and says what it would take.
        assertThat(csv.get(8)).contains("Praktisk bistand i hjemmet", "PART_IV_CH30", "RESERVED_NONPROFIT=WITHIN_REACH");
        assertThat(html).contains("Hvis ideell organisasjon (FOA § 30-2a annet ledd): ja");
        // Works above EEA-W: a lot under LOT-W follows Part II only (FOA § 5-4 (8)), named with its ceiling.
        assertThat(html).contains("10\u00A0400\u00A0000\u00A0kr kan følge bare del II");
    }

    @Test
    void theSampleWorkbook_givesTheSameAnswersAsTheCsv(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("csv");
        Path b = dir.resolve("xlsx");
        assertThat(cli("screen-plan", PLANS.resolve("sample-plan.csv").toString(), "--out", a.toString(), "--date", "2026-01-15").exit()).isZero();
        assertThat(cli("screen-plan", PLANS.resolve("sample-plan.xlsx").toString(), "--out", b.toString(), "--date", "2026-01-15").exit()).isZero();
        assertThat(lines(b.resolve("results.csv"))).isEqualTo(lines(a.resolve("results.csv")));
    }

    @Test
    void theCheckedInWorkbook_isWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
        Path fresh = dir.resolve("fresh.xlsx");
        SamplePlanXlsx.write(PLANS.resolve("sample-plan.csv"), fresh);
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(cli("screen-plan", fresh.toString(), "--out", a.toString(), "--date", "2026-01-15").exit()).isZero();
        assertThat(cli("screen-plan", PLANS.resolve("sample-plan.xlsx").toString(), "--out", b.toString(), "--date", "2026-01-15").exit()).isZero();
        assertThat(lines(a.resolve("results.csv"))).isEqualTo(lines(b.resolve("results.csv")));
    }

    @Test
    void englishReport(@TempDir Path out) throws IOException {
        Run run = cli("screen-plan", PLANS.resolve("sample-plan.csv").toString(), "--out", out.toString(), "--date", "2026-01-15", "--lang", "en");
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(out.resolve("report.html"))).contains("<html lang=\"en\">", "Reservation for ideelle organisations", "Within reach");
    }

    @Test
    void assessWithWhatIf_writesWouldChange(@TempDir Path dir) throws IOException {
        Path request = dir.resolve("r.json");
        Files.writeString(request, "{\"whatIf\": true, \"evaluationDate\": \"2025-06-01\", \"buyer\": {\"authorityKind\": \"MUNICIPALITY\","
                + " \"buyerControlsSupplier\": false, \"isCooperationBetweenAuthorities\": false}, \"purchase\": {\"subjectType\": \"SERVICES\","
                + " \"serviceCategory\": \"HEALTH_AND_SOCIAL\", \"cpvCodes\": [\"85312000\"], \"estimatedValueNok\": 9000000,"
                + " \"valueIncludesOptionsAndExtensions\": true, \"agreementType\": \"SINGLE_CONTRACT\", \"isMutuallyBindingForPayment\": true,"
                + " \"isGrantUnderGrantRules\": false, \"isUserChoiceScheme\": false, \"isEmploymentContract\": false,"
                + " \"isRealEstateAcquisitionOrRental\": false, \"involvesExerciseOfPublicAuthority\": false, \"isResearchAndDevelopmentService\": false}}");
        Run run = cli("assess", request.toString(), "--format", "json", "--lang", "en");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"wouldChange\"", "\"fact\" : \"supplier.isNonProfit\"");
        Files.writeString(request, Files.readString(request).replace("\"whatIf\": true", "\"whatIf\": false"));
        Run plain = cli("assess", request.toString(), "--format", "json");
        assertThat(plain.exit()).isZero();
        assertThat(plain.out()).doesNotContain("\"wouldChange\"");
    }
}
