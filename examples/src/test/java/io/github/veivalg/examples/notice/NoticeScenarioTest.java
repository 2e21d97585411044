package io.github.veivalg.examples.notice;

import io.github.veivalg.Veivalg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices others wrote (DFØ's national test notices, the EU SDK's examples) and a few of ours,
 * each with its expected verdict or refusal in {@code notices/scenarios.tsv}: data, not code.
 */
class NoticeScenarioTest {

    static final Path NOTICES = Path.of("src/test/resources/notices");
    static final LocalDate DATE = LocalDate.of(2025, 6, 1);

    static Veivalg veivalg;

    @BeforeAll
    static void open() {
        veivalg = Veivalg.create();
    }

    @AfterAll
    static void close() {
        veivalg.close();
    }

    record Scenario(String file, boolean options, String expected, String contains, String why) {
    }

    static List<Scenario> scenarios() throws IOException {
        List<Scenario> out = new ArrayList<>();
        for (String line : Files.readAllLines(NOTICES.resolve("scenarios.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("file\t") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            out.add(new Scenario(c[0], c[1].equals("yes"), c[2], c[3], c[4]));
        }
        return out;
    }

    /** Reads a notice with DFØ's placeholder date replaced by a real one, as a published notice would have. */
    static Notice read(Path file) throws IOException, NoticeRefusal {
        String xml = Files.readString(file, StandardCharsets.UTF_8).replace("${ISSUEDATE}", DATE.toString());
        return new NoticeReader().read(file.getFileName().toString(), xml.getBytes(StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> every_notice_gets_its_expected_verdict_or_refusal() throws IOException {
        return scenarios().stream().map(s -> DynamicTest.dynamicTest(s.file() + (s.options() ? " (options included)" : "") + " -> " + s.expected(), () -> {
            String outcome;
            String text;
            try {
                NoticeVerdict v = new NoticeCheck(veivalg, Locale.ENGLISH, DATE, s.options()).check(read(NOTICES.resolve(s.file())));
                outcome = v.verdict().name();
                text = String.join(" ", v.reasons());
                if (v.verdict() == NoticeVerdict.Verdict.CANNOT_TELL) {
                    assertThat(v.questions()).as("a CANNOT_TELL lists what would decide it").isNotEmpty();
                }
                if (v.verdict() == NoticeVerdict.Verdict.INCONSISTENT) {
                    assertThat(text).as("an INCONSISTENT verdict names its paragraph").contains("FOA §");
                }
            } catch (NoticeRefusal r) {
                outcome = "REFUSED:" + r.reason().name();
                text = r.problems().get(0).message();
                assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
            }
            assertThat(outcome).as(s.why()).isEqualTo(s.expected());
            assertThat(text).as(s.why()).contains(s.contains());
        }));
    }

    @Test
    void every_notice_in_the_folders_has_a_scenario() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (Scenario s : scenarios()) {
            listed.add(s.file());
        }
        Set<String> present = new TreeSet<>();
        for (String folder : List.of("dfo-national-e", "op-ted-sdk-examples", "ours")) {
            try (Stream<Path> files = Files.list(NOTICES.resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".xml")).forEach(f -> present.add(folder + "/" + f.getFileName()));
            }
        }
        assertThat(listed).containsExactlyElementsOf(present);
    }

    @Test
    void health_and_social_services_under_part_ii_are_inconsistent_with_the_paragraph_in_both_languages() throws Exception {
        Notice n = read(NOTICES.resolve("dfo-national-e/INVALID-national-e3-health-social-services-foa-parts-1-and-2-disallowed.xml"));
        NoticeVerdict en = new NoticeCheck(veivalg, Locale.ENGLISH, DATE).check(n);
        NoticeVerdict nb = new NoticeCheck(veivalg, Locale.forLanguageTag("nb"), DATE).check(n);
        assertThat(en.verdict()).isEqualTo(NoticeVerdict.Verdict.INCONSISTENT);
        assertThat(String.join(" ", en.reasons())).contains("health and social services of NOK 7 799 999").contains("not Parts I and II")
                .contains("FOA § 5-1 (2) a");
        assertThat(String.join(" ", nb.reasons())).contains("helse- og sosialtjenester til NOK 7 799 999").contains("ikke del I og II");
        assertThat(en.openPaths()).extracting(NoticeVerdict.OpenPath::id).contains(io.github.veivalg.vocabulary.PathId.PART_I_COMPETITION);
        // The verdict rests on the engine's presumptions (spec a.0): the scope exemptions not established, and says so.
        assertThat(en.presumptions()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("Rests on").contains("not having been shown"));
        assertThat(en.presumptions()).anySatisfy(p -> assertThat(p).contains("FOA § 2-4 a"));
        assertThat(nb.presumptions()).allSatisfy(p -> assertThat(p).startsWith("Bygger på"));
    }

    @Test
    void the_request_holds_only_what_the_notice_says() throws Exception {
        Notice n = read(NOTICES.resolve("dfo-national-e/INVALID-national-e3-health-social-services-foa-parts-1-and-2-disallowed.xml"));
        var r = NoticeRequest.of(n, DATE);
        assertThat(r.evaluationDate()).isEqualTo(DATE);
        assertThat(r.buyer().authorityKind()).contains(io.github.veivalg.vocabulary.AuthorityKind.BODY_GOVERNED_BY_PUBLIC_LAW);
        assertThat(r.purchase().cpvCodes()).containsExactly("98133100");
        assertThat(r.purchase().estimatedValueNok()).contains(io.github.veivalg.vocabulary.Money.ofKroner(7_799_999));
        // No exemption is stated as absent, no supplier fact and no value fact is made up.
        assertThat(r.buyer().buyerControlsSupplier()).isEmpty();
        assertThat(r.buyer().isCooperationBetweenAuthorities()).isEmpty();
        assertThat(r.purchase().isRealEstateAcquisitionOrRental()).isEmpty();
        assertThat(r.purchase().isEmploymentContract()).isEmpty();
        assertThat(r.purchase().isGrantUnderGrantRules()).isEmpty();
        assertThat(r.purchase().valueIncludesOptionsAndExtensions()).isEmpty();
        assertThat(r.supplier()).isEqualTo(io.github.veivalg.SupplierFacts.UNKNOWN);
        assertThat(r.market()).isEqualTo(io.github.veivalg.MarketFacts.UNKNOWN);
    }

    @Test
    void a_draft_with_the_placeholder_date_is_checked_on_the_date_asked_for_with_a_warning() throws Exception {
        Notice n = new NoticeReader().read(NOTICES.resolve("ours/e3-ordinary-500k-part1.xml"));
        assertThat(n.issueDate()).isEmpty();
        NoticeVerdict v = new NoticeCheck(veivalg, Locale.ENGLISH, LocalDate.of(2024, 5, 2), true).check(n);
        assertThat(v.date()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(v.warnings()).anySatisfy(w -> assertThat(w).contains("placeholder").contains("2024-05-02"));
        assertThat(v.verdict()).isEqualTo(NoticeVerdict.Verdict.CONSISTENT);
    }
}
