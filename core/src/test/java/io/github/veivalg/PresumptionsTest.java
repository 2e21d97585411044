package io.github.veivalg;

import io.github.veivalg.json.JsonContract;

import io.github.veivalg.vocabulary.AgreementType;
import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.vocabulary.LegalForm;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.PathStatus;
import io.github.veivalg.vocabulary.ServiceCategory;
import io.github.veivalg.vocabulary.SubjectType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec a.0 through the typed API and the JSON contract: presumptions, strict answers, the order of questions. */
class PresumptionsTest {

    private static final Veivalg VEIVALG = Veivalg.create();

    @AfterAll
    static void close() {
        VEIVALG.close();
    }

    /** The issue's buyer: who buys, what, CPV, value with options, the supplier - plus the two REGIME facts of a.0. */
    private static AssessmentRequest.Builder cleaning(long value) {
        return AssessmentRequest.builder(LocalDate.of(2025, 6, 1))
                .buyer(b -> b.authorityKind(AuthorityKind.MUNICIPALITY))
                .purchase(p -> p.subjectType(SubjectType.SERVICES).serviceCategory(ServiceCategory.ORDINARY)
                        .cpvCodes("90910000").estimatedValueNok(value).valueIncludesOptionsAndExtensions(true)
                        .agreementType(AgreementType.SINGLE_CONTRACT).isMutuallyBindingForPayment(true))
                .supplier(s -> s.supplierLegalForm(LegalForm.AS));
    }

    @Test
    void aBuyerStyleRequest_getsEveryProcedureOfItsBandDecided_withPresumptionsListed() {
        Assessment a = VEIVALG.assess(cleaning(1_500_000).build(), Locale.ENGLISH);

        assertThat(a.band()).isEqualTo(Band.PART_II);
        assertThat(a.path(PathId.PART_II_OPEN).status()).isEqualTo(PathStatus.OPEN);
        assertThat(a.path(PathId.PART_II_RESTRICTED).status()).isEqualTo(PathStatus.OPEN);
        assertThat(a.path(PathId.DIRECT_AWARD).status()).isEqualTo(PathStatus.CLOSED);
        List<Presumption> presumed = a.path(PathId.PART_II_OPEN).presumptions();
        assertThat(presumed).extracting(Presumption::fact).contains("purchase.isRealEstateAcquisitionOrRental");
        Presumption realEstate = presumed.stream().filter(p -> p.fact().equals("purchase.isRealEstateAcquisitionOrRental")).findFirst().orElseThrow();
        assertThat(realEstate.legalBasis()).isEqualTo("FOA § 2-4 a");
        assertThat(realEstate.text()).startsWith("Rests on");
        Presumption inBokmal = VEIVALG.assess(cleaning(1_500_000).build()).path(PathId.PART_II_OPEN).presumptions().stream()
                .filter(p -> p.fact().equals("purchase.isRealEstateAcquisitionOrRental")).findFirst().orElseThrow();
        assertThat(inBokmal.text()).startsWith("Bygger på at").contains("fast eiendom").contains("FOA § 2-4 bokstav a");
        // The exclusion's own path stays a question worth asking.
        assertThat(a.path(PathId.OUTSIDE_RULES_EXCLUDED_CONTRACT).status()).isEqualTo(PathStatus.UNDETERMINED);
        assertThat(a.path(PathId.OUTSIDE_RULES_EXCLUDED_CONTRACT).presumptions()).isEmpty();
    }

    @Test
    void strictMode_givesUndetermined_whereAnExceptionFactIsUnknown_andListsNoPresumption() {
        Assessment a = VEIVALG.assess(cleaning(1_500_000).strict(true).build(), Locale.ENGLISH);

        assertThat(a.request().strict()).isTrue();
        assertThat(a.path(PathId.PART_II_OPEN).status()).isEqualTo(PathStatus.UNDETERMINED);
        assertThat(a.path(PathId.PART_II_OPEN).missingFacts()).contains("purchase.isRealEstateAcquisitionOrRental");
        assertThat(a.path(PathId.DIRECT_AWARD).status()).isEqualTo(PathStatus.UNDETERMINED);
        assertThat(a.paths()).allSatisfy(p -> assertThat(p.presumptions()).isEmpty());
    }

    @Test
    void specWinsOverTheIssuesDoneWhen_withoutAgreementTypeAndMutualBinding_theBandStaysUndetermined() {
        // Spec a.0 lists agreementType and isMutuallyBindingForPayment as REGIME facts (no legal default).
        Assessment a = VEIVALG.assess(cleaning(1_500_000).purchase(p -> p.agreementType(null).isMutuallyBindingForPayment(null)).build(),
                Locale.ENGLISH);

        assertThat(a.band()).isEqualTo(Band.UNDETERMINED);
        assertThat(a.path(PathId.PART_II_OPEN).status()).isEqualTo(PathStatus.UNDETERMINED);
        assertThat(a.path(PathId.PART_II_OPEN).missingFacts()).contains("purchase.isMutuallyBindingForPayment");
    }

    @Test
    void json_readsStrict_andWritesPresumptionsAsTheContractSays() {
        Map<String, Object> json = Map.of("evaluationDate", "2025-06-01", "strict", true,
                "buyer", Map.of("authorityKind", "MUNICIPALITY"));
        assertThat(JsonContract.requestFromMap(json).strict()).isTrue();
        assertThat(JsonContract.requestFromMap(Map.of("evaluationDate", "2025-06-01")).strict()).isFalse();

        Map<String, Object> response = JsonContract.responseToMap(VEIVALG.assess(cleaning(1_500_000).build(), Locale.ENGLISH));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> paths = (List<Map<String, Object>>) response.get("paths");
        Map<String, Object> open = paths.stream().filter(p -> p.get("id").equals("PART_II_OPEN")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> presumptions = (List<Map<String, Object>>) open.get("presumptions");
        assertThat(presumptions).anySatisfy(p -> assertThat(p).containsOnlyKeys("fact", "legalBasis", "text")
                .containsEntry("fact", "purchase.isRealEstateAcquisitionOrRental").containsEntry("legalBasis", "FOA § 2-4 a"));
        assertThat(paths).allSatisfy(p -> assertThat(p).containsKey("presumptions"));
    }

    @Test
    void nextQuestions_forANearlyEmptyRequest_startWithWhoBuysWhatAndTheValue_andAskTheShareOnlyAfterTheCooperation() {
        Assessment a = VEIVALG.assess(AssessmentRequest.builder(LocalDate.of(2025, 6, 1)).build(), Locale.ENGLISH);
        List<String> facts = a.nextQuestions().stream().map(Question::fact).toList();

        assertThat(facts.get(0)).as("%s", facts).isEqualTo("buyer.authorityKind");
        assertThat(facts.subList(0, 6)).as("%s", facts).contains("purchase.estimatedValueNok", "purchase.agreementType");
        assertThat(facts.indexOf("purchase.estimatedValueNok")).as("%s", facts).isLessThan(facts.indexOf("purchase.cpvCodes"));
        assertThat(facts.indexOf("purchase.isMutuallyBindingForPayment")).as("%s", facts).isLessThan(facts.indexOf("buyer.isCooperationBetweenAuthorities"));
        assertThat(facts).contains("buyer.isCooperationBetweenAuthorities").doesNotContain("buyer.cooperationMarketShare");

        Assessment cooperating = VEIVALG.assess(AssessmentRequest.builder(LocalDate.of(2025, 6, 1))
                .buyer(b -> b.isCooperationBetweenAuthorities(true)).build(), Locale.ENGLISH);
        assertThat(cooperating.nextQuestions()).extracting(Question::fact).contains("buyer.cooperationMarketShare");
    }
}
