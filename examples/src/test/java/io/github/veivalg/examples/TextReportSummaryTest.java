package io.github.veivalg.examples;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text answer opens with a summary an officer can act on: the band and why, the open paths
 * (most freedom first), the duties, and what to find out next; then the detail. In bokmål and English.
 */
class TextReportSummaryTest {

    private static String summaryOf(String out) {
        int start = out.indexOf(out.contains("SAMMENDRAG") ? "SAMMENDRAG" : "SUMMARY");
        assertThat(start).as("the summary heading").isGreaterThanOrEqualTo(0);
        int end = out.indexOf("\n\n", start);
        return flat(out.substring(start, end));
    }

    /** The text with its wrapped lines joined and no-break spaces as spaces, so that phrases can be found whatever the wrapping. */
    private static String flat(String text) {
        return text.replace('\u00a0', ' ').replaceAll(" *\n *", " ");
    }

    private static void inOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertThat(next).as("\"" + part + "\" after position " + at + " in:\n" + text).isGreaterThan(at);
            at = next;
        }
    }

    @Test
    void bokmal_summaryNamesTheBandAndWhy_theOpenPathsInOrder_theDuties_andComesBeforeTheDetail() {
        CliTest.Run r = CliTest.run("assess", CliTest.CASES.resolve("canteen-work-integration.json").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String out = flat(r.out());
        inOrder(out, "SAMMENDRAG", "Anskaffelsen iverksettes:", "ÅPNE VEIER", "IKKE PÅKREVD", "TERSKELVERDIER LAGT TIL GRUNN");
        String summary = summaryOf(r.out());
        assertThat(summary).contains("Regelverk som gjelder: del II av FOA for særlige tjenester (tilleggene fra del III gjelder bare")
                .contains("Fordi anslått verdi 2 400 000 kr er over LL (nedre grense, FOA § 1-1) på 100 000 kr")
                .contains("NAT (den nasjonale terskelverdien, FOA § 5-1)")
                .contains("under EEA-HS (EØS-terskelverdien for helse- og sosialtjenester");
        inOrder(summary, "Dette kan du gjøre (mest frihet først):", "1. Åpen tilbudskonkurranse (del II) – åpen",
                "2. Begrenset tilbudskonkurranse (del II) – åpen", "3. Reservert kontrakt for arbeidsinkluderende virksomheter – åpen",
                "Dette må du gjøre uansett hvilken av veiene du velger:", "(FOA § 8-17 første og annet ledd)", "(FOA § 7-1)");
        // Permissions and recommendations are no duties; a duty only one procedure has is not "whichever path".
        assertThat(summary).doesNotContain("§ 7-9 tredje ledd").doesNotContain("Velg ut nok deltakere")
                .contains("Dette bør du finne ut nå");
        assertThat(out).contains("Kan eller bør (ikke plikter):").contains("(FOA § 7-9 tredje ledd; en anbefaling, ikke en plikt)");
    }

    @Test
    void bokmal_keepsNorwegianNorwegian_andListsTheNotRequiredPathsByName() {
        String raw = CliTest.run("assess", CliTest.CASES.resolve("canteen-work-integration.json").toString()).out();
        String out = flat(raw);
        assertThat(out).doesNotContain(" and ").doesNotContain("consolidated").doesNotContain("consolidation")
                .contains("FOA konsolidert").contains("FOA § 5-2 (1) og (2)");
        assertThat(out).contains("IKKE PÅKREVD Åpen anbudskonkurranse (del III); Begrenset anbudskonkurranse (del III);")
                .doesNotContain("PART_III_OPEN, PART_III_RESTRICTED");
        // Wrapped at 100 columns, except the header's and the thresholds' table lines.
        assertThat(raw.replace('\u00a0', ' ').lines().filter(l -> !l.startsWith("  kilde") && !l.startsWith("Terskeldata")
                && !l.startsWith("Regelverk som gjelder:") && !l.startsWith("Vurderingen") && !l.matches("  [A-Z-]+ +[0-9 ]+ kr .*")))
                .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
    }

    @Test
    void english_summaryNamesTheBand_theOpenPathsMostFreedomFirst_theDuties_andTheNextQuestions() {
        CliTest.Run r = CliTest.run("assess", "--lang", "en", CliTest.CASES.resolve("small-paid-pilot.json").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String summary = summaryOf(r.out());
        assertThat(summary).contains("Rules that apply: Part I of FOA.")
                .contains("Because the estimated value NOK 450,000 is above LL (the lower limit, FOA § 1-1) of NOK 100,000")
                .contains("below NAT (the national threshold, FOA § 5-1) of NOK 1,300,000");
        inOrder(summary, "What you may do (most freedom first):", "1. Direct award under Part I – open with justification",
                "2. Competition under Part I – open", "3. Innovation partnership – open",
                "What you must do whichever of these paths you choose:", "(FOA § 7-1)",
                "What to find out next:", "(decides 1 path)");
        assertThat(summary).doesNotContain("decides 1 paths").doesNotContain("(FOA § 7-9 (3)");
    }

    @Test
    void english_aNearlyEmptyRequest_saysNothingIsOpenYet_andAsksFirst() {
        byte[] request = "{\"evaluationDate\": \"2025-06-01\", \"buyer\": {\"authorityKind\": \"MUNICIPALITY\"}}".getBytes(StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run(request, "assess", "--lang", "en", "-");
        assertThat(r.exit()).as(r.err()).isZero();
        String summary = summaryOf(r.out());
        inOrder(summary, "Rules that apply: not decided.", "No path is open yet", "What to find out next:", "- ", "(decides ");
        assertThat(summary).contains(" paths)");
        // An undetermined path asks its missing facts as questions, not as field names.
        assertThat(r.out()).contains("Missing:\n        - ").doesNotContain("Missing: purchase.").doesNotContain("        - purchase.");
    }

    @Test
    void aDutyIsShortenedToItsFirstSentence_keepingTheParagraphItNames() {
        assertThat(TextReport.brief("Set time limits that fit the contract. Part II has no fixed minimum (FOA § 8-14)."))
                .isEqualTo("Set time limits that fit the contract (FOA § 8-14).");
        assertThat(TextReport.brief("Publish the notice in Doffin (FOA § 8-17 (1)). It must describe the purchase."))
                .isEqualTo("Publish the notice in Doffin (FOA § 8-17 (1)).");
        assertThat(TextReport.brief("Document the decisions (FOA § 7-1).")).isEqualTo("Document the decisions (FOA § 7-1).");
    }
}
