package io.github.veivalg;

import io.github.veivalg.json.JsonContract;
import io.github.veivalg.vocabulary.Money;

import io.github.veivalg.vocabulary.AgreementType;
import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.PathStatus;
import io.github.veivalg.vocabulary.ServiceCategory;
import io.github.veivalg.vocabulary.SubjectType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drives every public method of the entry point and of the answer. */
class VeivalgApiTest {

    private static final Veivalg VEIVALG = Veivalg.create();

    @AfterAll
    static void close() {
        VEIVALG.close();
    }

    @Test
    void assess_answersEveryPath_inBokmalByDefault() {
        Assessment a = VEIVALG.assess(Requests.inScope(600_000));
        assertThat(a.locale().getLanguage()).isEqualTo("nb");
        assertThat(a.paths()).hasSize(44);
        assertThat(a.band()).isEqualTo(Band.PART_I_ONLY);
        assertThat(a.assessedValue()).contains(Money.ofKroner(600_000));
        assertThat(a.evaluationDate()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(a.request()).isEqualTo(Requests.inScope(600_000));
        assertThat(a.knowledgeBaseVersion()).isEqualTo(VEIVALG.knowledgeBaseVersion()).contains("FOA consolidated 2024-03-21");
        assertThat(a.firedRules()).contains("part1.competition.open", "band.part-i", "scope.decide");
        PathResult competition = a.path(PathId.PART_I_COMPETITION);
        assertThat(competition.status()).isEqualTo(PathStatus.OPEN);
        assertThat(competition.reason()).contains("600").contains("FOA").doesNotContain("{0}");
        PathResult inEnglish = VEIVALG.assess(Requests.inScope(600_000), Locale.ENGLISH).path(PathId.PART_I_COMPETITION);
        assertThat(inEnglish.reason()).contains("Part I");
        assertThat(competition.legalBasis()).contains("LOA § 4");
        assertThat(competition.obligations()).isNotEmpty();
        assertThat(inEnglish.obligations()).anySatisfy(o -> assertThat(o).contains("FOA § 7-1"));
        assertThat(competition.decidedBy()).isEqualTo("part1.competition.open");
        assertThat(competition.missingFacts()).isEmpty();
        assertThat(competition).hasToString("PART_I_COMPETITION=OPEN");
        assertThat(competition.title()).isEqualTo("Konkurranse etter del I");
        assertThat(competition.statusText()).isEqualTo("åpen");
        assertThat(a.bandText()).isEqualTo("del I av FOA");
        assertThat(a.toString()).contains("PART_I_ONLY");
    }

    @Test
    void openPaths_comeFromMostToLeastFreedom_andClosedPathsCarryReasons() {
        Assessment a = VEIVALG.assess(Requests.inScope(600_000), Locale.ENGLISH);
        List<PathId> open = a.openPaths().stream().map(PathResult::id).toList();
        assertThat(open).containsSubsequence(PathId.PART_I_DIRECT_AWARD, PathId.PART_I_COMPETITION);
        assertThat(a.closedPaths()).isNotEmpty().allSatisfy(p -> assertThat(p.reason()).isNotBlank());
        assertThat(a.closedPaths()).extracting(PathResult::id).contains(PathId.BELOW_LOWER_LIMIT_DIRECT_PURCHASE);
        assertThat(a.path(PathId.BELOW_LOWER_LIMIT_DIRECT_PURCHASE).closedForSize()).isTrue();
    }

    @Test
    void thresholdsUsed_nameTheFiguresWithTheirDatesAndSources() {
        Assessment a = VEIVALG.assess(Requests.inScope(1_500_000), Locale.ENGLISH);
        assertThat(a.thresholdsUsed()).extracting(ThresholdUsed::name).containsExactly("LL", "NAT", "EEA-O");
        assertThat(a.thresholdsUsed()).allSatisfy(t -> {
            assertThat(t.validFrom()).isEqualTo(LocalDate.of(2024, 3, 14));
            assertThat(t.validTo()).isEmpty();
            assertThat(t.source()).contains("FOA");
        });
        assertThat(a.thresholdsUsed().get(2).value()).isEqualTo(Money.ofKroner(2_300_000));
    }

    @Test
    void nextQuestions_askTheRegimeFirst_thenWhatCouldChangeTheMost() {
        AssessmentRequest sparse = AssessmentRequest.builder(LocalDate.of(2025, 6, 1))
                .purchase(p -> p.estimatedValueNok(3_000_000L)).build();
        Assessment a = VEIVALG.assess(sparse, Locale.ENGLISH);
        List<Question> questions = a.nextQuestions();
        assertThat(questions).isNotEmpty();
        // Spec a.0: a REGIME fact has no legal default, so those questions come first.
        boolean pastRegime = false;
        for (Question q : questions) {
            boolean regime = java.util.Arrays.stream(io.github.veivalg.kb.vocabulary.Fact.values())
                    .anyMatch(f -> f.fieldPath().equals(q.fact()) && f.kind() == io.github.veivalg.kb.vocabulary.Fact.Kind.REGIME);
            assertThat(regime && pastRegime).as("%s asked after a non-regime fact in %s", q.fact(), questions).isFalse();
            pastRegime |= !regime;
        }
        Question first = questions.get(0);
        assertThat(first.text()).endsWith("?");
        assertThat(VEIVALG.assess(sparse).questionAbout(first.fact()).orElseThrow().text()).endsWith("?").isNotEqualTo(first.text());
        assertThat(first.toString()).contains(first.fact());
        assertThat(a.undeterminedPaths()).isNotEmpty();
        assertThat(VEIVALG.assess(Requests.inScope(50_000)).nextQuestions())
                .as("a request that settles the scope and the value leaves few questions").hasSizeLessThan(questions.size());
    }

    @Test
    void protocolText_namesPathBasisValueThresholdsAndVersion() {
        Assessment a = VEIVALG.assess(Requests.inScope(600_000), Locale.ENGLISH);
        String text = VEIVALG.protocolText(a, PathId.PART_I_COMPETITION);
        assertThat(text).contains("LOA § 4").contains("600,000").contains("NAT").contains("14 March 2024")
                .contains(a.knowledgeBaseVersion()).contains("not legal advice");
        assertThat(VEIVALG.protocolText(VEIVALG.assess(a.request()), PathId.PART_I_COMPETITION)).contains("Rettslig grunnlag");
    }

    @Test
    void nextQuestions_sayWhichAreAboutAnException_whoseAnswerDecidesOnlyTheExceptionsOwnPaths() {
        Assessment a = VEIVALG.assess(AssessmentRequest.builder(LocalDate.of(2025, 6, 1))
                .buyer(b -> b.authorityKind(AuthorityKind.MUNICIPALITY)).build(), Locale.ENGLISH);
        Question inHouse = a.nextQuestions().stream().filter(q -> q.fact().equals("buyer.buyerControlsSupplier")).findFirst().orElseThrow();
        assertThat(inHouse.aboutAnException()).isTrue();
        assertThat(inHouse.paths()).contains(PathId.OUTSIDE_RULES_IN_HOUSE);
        // The value has no legal default (a REGIME fact): not an exception, it decides the regime.
        assertThat(a.nextQuestions()).filteredOn(q -> q.fact().equals("purchase.estimatedValueNok"))
                .singleElement().satisfies(q -> assertThat(q.aboutAnException()).isFalse());
    }

    @Test
    void protocolText_recordsWhatThePathRestsOn_eachPresumptionInItsLanguage() {
        // Only the regime is stated: the exceptions are not established, and the paths rest on that.
        AssessmentRequest request = AssessmentRequest.builder(LocalDate.of(2025, 6, 1))
                .buyer(b -> b.authorityKind(AuthorityKind.MUNICIPALITY))
                .purchase(p -> p.subjectType(SubjectType.SERVICES).serviceCategory(ServiceCategory.ORDINARY)
                        .estimatedValueNok(600_000L).valueIncludesOptionsAndExtensions(true)
                        .agreementType(AgreementType.SINGLE_CONTRACT).isMutuallyBindingForPayment(true)).build();
        Assessment a = VEIVALG.assess(request, Locale.ENGLISH);
        PathId open = a.paths().stream().filter(p -> !p.presumptions().isEmpty()).findFirst().orElseThrow().id();
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("nb")}) {
            Assessment inLanguage = VEIVALG.assess(request, language);
            String text = VEIVALG.protocolText(inLanguage, open);
            inLanguage.path(open).presumptions().forEach(p -> assertThat(text).contains(p.text()));
        }
        assertThat(VEIVALG.protocolText(a, open)).contains("Rests on");
    }

    @Test
    void warnings_haveStableCodes_andTextInBothLanguages() {
        AssessmentRequest request = Requests.inScope(LocalDate.of(2026, 6, 1), 600_000).build();
        Assessment a = VEIVALG.assess(request, Locale.ENGLISH);
        Warning e4 = a.warnings().stream().filter(w -> w.code().equals("E4")).findFirst().orElseThrow();
        assertThat(e4.message()).contains("2026");
        Warning e4nb = VEIVALG.assess(request).warnings().stream().filter(w -> w.code().equals("E4")).findFirst().orElseThrow();
        assertThat(e4nb.message()).contains("2026").isNotEqualTo(e4.message());
        assertThat(e4.toString()).startsWith("E4: ");
        // A second assessment builds a new Warning, so equals and hashCode are checked across two instances.
        Warning again = VEIVALG.assess(request, Locale.ENGLISH).warnings().stream()
                .filter(w -> w.code().equals("E4")).findFirst().orElseThrow();
        assertThat(again).isNotSameAs(e4);
        assertThat(e4).isEqualTo(again).hasSameHashCodeAs(again);
    }

    @Test
    void warningsAndFiredRules_comeInAFixedOrder_notTheEnginesSchedule() {
        // A request with several warnings (E4 on a 2026 date, unknown facts elsewhere).
        Assessment a = VEIVALG.assess(Requests.inScope(LocalDate.of(2026, 6, 1), 600_000).build(), Locale.ENGLISH);
        assertThat(a.warnings()).hasSizeGreaterThan(1);
        assertThat(a.warnings()).extracting(Warning::code).isSorted();
        assertThat(a.firedRules()).hasSizeGreaterThan(10).isSorted();
        List<String> ruleIds = VEIVALG.explain(PathId.DIRECT_AWARD, Locale.ENGLISH).rules();
        assertThat(ruleIds).hasSizeGreaterThan(1).isSorted();
    }

    @Test
    void explain_tellsWhatAPathIs_fromTheKnowledgeBase() {
        PathInfo info = VEIVALG.explain(PathId.BELOW_LOWER_LIMIT_DIRECT_PURCHASE, Locale.ENGLISH);
        assertThat(info.id()).isEqualTo(PathId.BELOW_LOWER_LIMIT_DIRECT_PURCHASE);
        assertThat(info.title()).isNotBlank();
        assertThat(info.description()).isNotBlank();
        assertThat(info.conditions()).isNotBlank();
        assertThat(info.legalBasis()).contains("FOA § 1-1");
        assertThat(info.rules()).contains("part1.below-lower-limit.open", "gate.outside-foa");
        assertThat(VEIVALG.explain(PathId.RESERVED_WORK_INTEGRATION, Locale.forLanguageTag("nb")).title()).isNotBlank();
        assertThatThrownBy(() -> VEIVALG.explain(null, Locale.ENGLISH)).isInstanceOf(NullPointerException.class).hasMessage("path is required");
    }

    @Test
    void thresholdsOn_givesTheRowInForce_withWarningsForTheDate() {
        ThresholdsInForce t3 = VEIVALG.thresholdsOn(LocalDate.of(2020, 2, 12), Locale.ENGLISH).orElseThrow();
        assertThat(t3.rowId()).isEqualTo("T3");
        assertThat(t3.figures()).extracting(ThresholdUsed::name).contains("LL", "NAT", "EEA-S", "EEA-O", "EEA-W", "EEA-HS", "LOT-GS", "LOT-W", "TAX-CERT");
        assertThat(t3.warnings()).extracting(Warning::code).contains("E7", "THRESHOLDS_SECONDARY_SOURCES");
        ThresholdsInForce t1 = VEIVALG.thresholdsOn(LocalDate.of(2017, 1, 1), Locale.ENGLISH).orElseThrow();
        assertThat(t1.figures()).extracting(ThresholdUsed::name).doesNotContain("LOT-GS", "LOT-W");
        assertThat(VEIVALG.thresholdsOn(LocalDate.of(2016, 12, 31), Locale.ENGLISH)).isEmpty();
        assertThatThrownBy(() -> VEIVALG.thresholdsOn(null, Locale.ENGLISH)).isInstanceOf(NullPointerException.class).hasMessage("date is required");
        assertThat(VEIVALG.thresholdsOn(LocalDate.of(2024, 6, 1), Locale.ENGLISH).orElseThrow().warnings()).isEmpty();
    }

    @Test
    void nullArguments_areRefusedAtTheBoundary_namingTheParameter_theSameForEveryEntry() {
        // package-info: a null where none is allowed is a programming error, never an unknown fact.
        assertThatThrownBy(() -> VEIVALG.assess(null)).isInstanceOf(NullPointerException.class).hasMessage("request is required");
        assertThatThrownBy(() -> VEIVALG.assess(null, Locale.ENGLISH)).isInstanceOf(NullPointerException.class).hasMessage("request is required");
        assertThatThrownBy(() -> VEIVALG.whatIf(null, Locale.ENGLISH)).isInstanceOf(NullPointerException.class).hasMessage("request is required");
        assertThatThrownBy(() -> VEIVALG.protocolText(null, PathId.LOTS)).isInstanceOf(NullPointerException.class).hasMessage("answer is required");
        assertThatThrownBy(() -> VEIVALG.protocolText(VEIVALG.assess(Requests.inScope(600_000)), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("chosen is required");
        // A null language is documented: bokmål.
        assertThat(VEIVALG.assess(Requests.inScope(600_000), null).locale().getLanguage()).isEqualTo("nb");
    }

    @Test
    void assess_inAnotherLanguage_fallsBackToEnglish_andNullToBokmal() {
        assertThat(VEIVALG.assess(Requests.inScope(600_000), Locale.GERMAN).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(VEIVALG.assess(Requests.inScope(600_000), null).locale().getLanguage()).isEqualTo("nb");
        assertThat(VEIVALG.assess(Requests.inScope(600_000), Locale.forLanguageTag("nn")).locale().getLanguage()).isEqualTo("nb");
    }

    @Test
    void aClosedInstance_refusesToAnswer() {
        Veivalg closed = Veivalg.create();
        closed.close();
        assertThatThrownBy(() -> closed.assess(Requests.inScope(600_000))).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> closed.explain(PathId.LOTS, Locale.ENGLISH)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> closed.thresholdsOn(LocalDate.of(2025, 1, 1), Locale.ENGLISH)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void toBuilder_learnsAFact_withoutChangingTheOriginal() {
        AssessmentRequest original = Requests.inScope(600_000);
        AssessmentRequest learned = original.toBuilder().supplier(s -> s.isSme(true)).build();
        assertThat(learned.supplier().isSme()).contains(true);
        assertThat(original.supplier().isSme()).isEmpty();
        assertThat(learned.purchase()).isEqualTo(original.purchase());
    }

    @Test
    void responseToMap_followsTheContract() {
        Assessment a = VEIVALG.assess(Requests.inScope(600_000), Locale.ENGLISH);
        java.util.Map<String, Object> json = JsonContract.responseToMap(a);
        assertThat(json).containsEntry("formatVersion", 1).containsEntry("band", "PART_I_ONLY").containsEntry("evaluationDate", "2025-06-01")
                .containsKeys("knowledgeBaseVersion", "paths", "thresholdsUsed", "warnings", "firedRules");
        assertThat((List<?>) json.get("paths")).hasSize(44);
    }
}
