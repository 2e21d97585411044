package io.github.veivalg;

import io.github.veivalg.json.JsonContract;
import io.github.veivalg.vocabulary.Money;

import io.github.veivalg.vocabulary.AgreementType;
import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.vocabulary.LegalForm;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.ServiceCategory;
import io.github.veivalg.vocabulary.SubjectType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples shown in the javadoc ({@code @snippet} regions), compiled and run here so that the
 * documentation cannot drift from the code.
 */
class JavadocExamplesTest {

    /** Shared by the examples after {@code create()}, which must build its own because that is what it shows. */
    private static Veivalg veivalg;

    @BeforeAll
    static void load() {
        veivalg = Veivalg.create();
    }

    @AfterAll
    static void close() {
        veivalg.close();
    }

    @Test
    void create() {
        AssessmentRequest request = Requests.inScope(600_000);
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            // @start region="create"
            try (Veivalg veivalg = Veivalg.create()) {          // load the knowledge base once, share it
                Assessment answer = veivalg.assess(request, Locale.ENGLISH);
                System.out.println(answer.band() + ": " + answer.openPaths());
            }
            // @end
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines().toList()).as("the example prints one line").hasSize(1);
        assertThat(printed).startsWith("PART_I_ONLY: [").contains("PART_I_COMPETITION=OPEN");
    }

    @Test
    void request() {
        // @start region="request"
        AssessmentRequest request = AssessmentRequest.builder(LocalDate.of(2025, 10, 1))
                .buyer(b -> b.authorityKind(AuthorityKind.MUNICIPALITY).buyerControlsSupplier(false)
                        .isCooperationBetweenAuthorities(false))
                .purchase(p -> p.subjectType(SubjectType.SERVICES)
                        .serviceCategory(ServiceCategory.HEALTH_AND_SOCIAL)
                        .cpvCodes("85312000")
                        .estimatedValueNok(12_000_000L)
                        .valueIncludesOptionsAndExtensions(true)
                        // what makes it a public contract within FOA, and no exemption:
                        .agreementType(AgreementType.SINGLE_CONTRACT).isMutuallyBindingForPayment(true)
                        .isGrantUnderGrantRules(false).isUserChoiceScheme(false).isEmploymentContract(false)
                        .involvesExerciseOfPublicAuthority(false).isResearchAndDevelopmentService(false)
                        .isRealEstateAcquisitionOrRental(false))
                .supplier(s -> s.supplierLegalForm(LegalForm.STIFTELSE).isNonProfit(true))
                .build();                                      // unknown facts stay unknown
        // @end
        assertThat(request.purchase().estimatedValueNok()).contains(Money.ofKroner(12_000_000));
        Assessment answer = veivalg.assess(request, Locale.ENGLISH);
        assertThat(answer.band()).isEqualTo(Band.PART_IV_CH30);
        assertThat(answer.openPaths()).extracting(PathResult::id).contains(PathId.SPECIAL_SERVICES_REGIME);
    }

    @Test
    void assessment() {
        AssessmentRequest request = Requests.inScope(1_500_000);
        // @start region="assessment"
        Assessment answer = veivalg.assess(request, Locale.ENGLISH);
        for (PathResult path : answer.openPaths()) {       // most freedom first
            System.out.println(path.id() + " " + path.legalBasis() + ": " + path.reason());
        }
        for (Question question : answer.nextQuestions()) { // what to ask next
            System.out.println(question.text());
        }
        String protocol = veivalg.protocolText(answer, PathId.PART_II_OPEN);
        // @end
        assertThat(answer.band()).isEqualTo(Band.PART_II);
        assertThat(protocol).contains("FOA");
    }

    @Test
    void json() {
        // @start region="json"
        Map<String, Object> json = Map.of(
                "evaluationDate", "2025-06-01",
                "purchase", Map.of("estimatedValueNok", 50_000, "valueIncludesOptionsAndExtensions", true));
        AssessmentRequest request = JsonContract.requestFromMap(json);   // refuses bad input, naming every problem
        Map<String, Object> response = JsonContract.responseToMap(veivalg.assess(request));
        // @end
        assertThat(response).containsEntry("formatVersion", 1);
        assertThat((List<?>) response.get("paths")).hasSize(44);
    }

    /** Each example in the javadoc is, line for line, the region of this class that runs above. */
    @Test
    void theJavadocExamples_areTheRegionsThatRun() throws java.io.IOException {
        java.nio.file.Path main = java.nio.file.Path.of("src/main/java/io/github/veivalg");
        String test = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/java/io/github/veivalg/JavadocExamplesTest.java"));
        Map<String, String> owners = Map.of("create", "Veivalg.java", "request", "AssessmentRequest.java",
                "assessment", "Assessment.java", "json", "json/JsonContract.java");
        for (Map.Entry<String, String> e : owners.entrySet()) {
            java.util.regex.Matcher region = java.util.regex.Pattern
                    .compile("// @start region=\"" + e.getKey() + "\"\n(.*?)\n\\s*// @end", java.util.regex.Pattern.DOTALL).matcher(test);
            assertThat(region.find()).as("region %s", e.getKey()).isTrue();
            String source = java.nio.file.Files.readString(main.resolve(e.getValue()));
            java.util.regex.Matcher doc = java.util.regex.Pattern
                    .compile("Example \\(" + e.getKey() + "\\):\n \\* <pre>\\{@code\n(.*?)\n \\* }</pre>", java.util.regex.Pattern.DOTALL).matcher(source);
            assertThat(doc.find()).as("javadoc example %s in %s", e.getKey(), e.getValue()).isTrue();
            assertThat(normalise(doc.group(1).replaceAll("(?m)^ \\*", ""))).as(e.getValue()).isEqualTo(normalise(region.group(1)));
        }
    }

    private static List<String> normalise(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
