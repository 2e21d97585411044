package io.github.veivalg;

import io.github.veivalg.vocabulary.Money;
import io.github.veivalg.vocabulary.Percent;

import io.github.veivalg.vocabulary.AgreementType;
import io.github.veivalg.vocabulary.ServiceCategory;
import io.github.veivalg.vocabulary.SubjectType;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kind of bad input is refused before the knowledge base runs, with every problem named. */
class ValidationTest {

    private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

    /** The problems the builder reports; empty when it accepts the request. */
    private static List<Problem> problems(AssessmentRequest.Builder builder) {
        try {
            builder.build();
            return List.of();
        } catch (InvalidRequestException e) {
            return e.problems();
        }
    }

    private static List<String> fields(AssessmentRequest.Builder builder) {
        return problems(builder).stream().map(Problem::field).toList();
    }

    @Test
    void missingEvaluationDate_isRefused() {
        assertThat(fields(AssessmentRequest.builder(null))).containsExactly("evaluationDate");
    }

    @Test
    void dateBefore2017_isRefusedAsUnsupported() {
        List<Problem> problems = problems(AssessmentRequest.builder(LocalDate.of(2016, 12, 31)));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("evaluationDate");
            assertThat(p.message()).contains("UNSUPPORTED_DATE").contains("2017-01-01");
        });
        assertThat(fields(AssessmentRequest.builder(LocalDate.of(2017, 1, 1)))).isEmpty();
    }

    @Test
    void negativeValue_isRefused() {
        assertThat(fields(AssessmentRequest.builder(DATE).purchase(p -> p.estimatedValueNok(-1L)))).containsExactly("purchase.estimatedValueNok");
    }

    @Test
    void hugeValue_isRefused() {
        assertThat(problems(AssessmentRequest.builder(DATE).purchase(p -> p.relatedPurchasesValueNok(Money.MAX_KRONER + 1))))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("too large"));
    }

    @Test
    void shareAbove100_isRefused() {
        assertThat(fields(AssessmentRequest.builder(DATE).supplier(s -> s.shareDisadvantagedEmployees(100.01))))
                .containsExactly("supplier.shareDisadvantagedEmployees");
        assertThat(fields(AssessmentRequest.builder(DATE).buyer(b -> b.cooperationMarketShare(-0.5)))).containsExactly("buyer.cooperationMarketShare");
        assertThat(fields(AssessmentRequest.builder(DATE).buyer(b -> b.supplierActivityShareForControllers(Double.NaN))))
                .containsExactly("buyer.supplierActivityShareForControllers");
    }

    @Test
    void malformedCpvCode_isRefused() {
        assertThat(fields(AssessmentRequest.builder(DATE).purchase(p -> p.cpvCodes("85312000", "8531", "85312000-12", null))))
                .containsExactly("purchase.cpvCodes[1]", "purchase.cpvCodes[2]", "purchase.cpvCodes[3]");
        assertThat(fields(AssessmentRequest.builder(DATE).purchase(p -> p.cpvCodes("85312000-2")))).isEmpty();
    }

    @Test
    void monthsBelowOne_areRefused() {
        assertThat(fields(AssessmentRequest.builder(DATE).purchase(p -> p.contractDurationMonths(0).frameworkDurationMonths(-3))))
                .containsExactly("purchase.contractDurationMonths", "purchase.frameworkDurationMonths");
    }

    @Test
    void badLots_areRefused_eachWithItsIndex() {
        assertThat(fields(AssessmentRequest.builder(DATE).purchase(p -> p
                .lot("", 10L, SubjectType.GOODS).lot("b", null, SubjectType.GOODS).lot("c", -4L, SubjectType.MIXED))))
                .containsExactly("purchase.lots[0].id", "purchase.lots[1].valueNok", "purchase.lots[2].valueNok", "purchase.lots[2].subjectType");
    }

    @Test
    void lotsAddingUpToMoreThanTheEstimate_areContradictory() {
        assertThat(problems(AssessmentRequest.builder(DATE).purchase(p -> p.estimatedValueNok(100L).isDividedIntoLots(true)
                .lot("a", 60L, SubjectType.GOODS).lot("b", 60L, SubjectType.GOODS))))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("purchase.estimatedValueNok");
                    assertThat(p.message()).contains("FOA § 5-4 (8)");
                });
    }

    @Test
    void repeatedLotIds_andLotsWithoutDivision_areContradictory() {
        assertThat(fields(AssessmentRequest.builder(DATE).purchase(p -> p.isDividedIntoLots(false)
                .lot("a", 1L, SubjectType.GOODS).lot("a", 1L, SubjectType.GOODS))))
                .containsExactlyInAnyOrder("purchase.lots", "purchase.lots[1].id");
    }

    @Test
    void ideellThatPaysDividends_isContradictory() {
        assertThat(fields(AssessmentRequest.builder(DATE).supplier(s -> s.isNonProfit(true).paysDividends(true))))
                .containsExactly("supplier.paysDividends");
    }

    @Test
    void categoryThatContradictsTheSubject_isContradictory() {
        assertThat(fields(AssessmentRequest.builder(DATE).purchase(p -> p.subjectType(SubjectType.GOODS).serviceCategory(ServiceCategory.HEALTH_AND_SOCIAL))))
                .containsExactly("purchase.serviceCategory");
        assertThat(fields(AssessmentRequest.builder(DATE).purchase(p -> p.subjectType(SubjectType.SERVICES).serviceCategory(ServiceCategory.NOT_A_SERVICE))))
                .containsExactly("purchase.serviceCategory");
        assertThat(fields(AssessmentRequest.builder(DATE).purchase(p -> p.subjectType(SubjectType.MIXED).mainSubjectType(SubjectType.WORKS)
                .serviceCategory(ServiceCategory.NOT_A_SERVICE)))).isEmpty();
    }

    @Test
    void mainSubjectOfANonMixedContract_isContradictory() {
        assertThat(fields(AssessmentRequest.builder(DATE).purchase(p -> p.subjectType(SubjectType.GOODS).mainSubjectType(SubjectType.WORKS))))
                .containsExactly("purchase.mainSubjectType");
        assertThat(fields(AssessmentRequest.builder(DATE).purchase(p -> p.mainSubjectType(SubjectType.MIXED))))
                .containsExactly("purchase.mainSubjectType");
    }

    @Test
    void indefiniteContractWithADuration_isContradictory() {
        assertThat(fields(AssessmentRequest.builder(DATE).purchase(p -> p.isIndefiniteDuration(true).contractDurationMonths(24))))
                .containsExactly("purchase.contractDurationMonths");
    }

    @Test
    void frameworkDurationForASingleContract_isContradictory() {
        assertThat(fields(AssessmentRequest.builder(DATE).purchase(p -> p.agreementType(AgreementType.SINGLE_CONTRACT).frameworkDurationMonths(24))))
                .containsExactly("purchase.frameworkDurationMonths");
    }

    @Test
    void statedSplittingWithoutTheRelatedValue_isIncomplete() {
        assertThat(fields(AssessmentRequest.builder(DATE).purchase(p -> p.isSplitToAvoidThreshold(true))))
                .containsExactly("purchase.relatedPurchasesValueNok");
    }

    @Test
    void lawTextFacts_thatContradictTheNarrowerFacts_areRefused() {
        assertThat(fields(AssessmentRequest.builder(DATE).market(m -> m.onlyOneSupplierInMarket(false).onlyOneSupplierTechnical(true))))
                .containsExactly("market.onlyOneSupplierInMarket");
        assertThat(fields(AssessmentRequest.builder(DATE).market(m -> m.unforeseenCannotWaitForTenderCompetition(false).extremeUrgencyUnforeseeable(true))))
                .containsExactly("market.unforeseenCannotWaitForTenderCompetition");
        assertThat(fields(AssessmentRequest.builder(DATE).market(m -> m.procurementDocumentsNotSubstantiallyChanged(true)
                .specificationsAndTermsNotSubstantiallyChanged(false)))).containsExactly("market.specificationsAndTermsNotSubstantiallyChanged");
    }

    @Test
    void grantCombinedWithSteering_isNotRefused_theSpecAnswersIt() {
        assertThat(fields(AssessmentRequest.builder(DATE).purchase(p -> p.isGrantUnderGrantRules(true).buyerWantsToSteerContent(true)))).isEmpty();
    }

    @Test
    void everyProblem_isNamedAtOnce() {
        List<String> fields = fields(AssessmentRequest.builder(LocalDate.of(2010, 1, 1))
                .purchase(p -> p.estimatedValueNok(-5L).cpvCodes("x"))
                .supplier(s -> s.shareDisadvantagedEmployees(120.0).isNonProfit(true).paysDividends(true)));
        assertThat(fields).containsExactly("evaluationDate", "purchase.cpvCodes[0]", "purchase.estimatedValueNok",
                "supplier.shareDisadvantagedEmployees", "supplier.paysDividends");
    }

    @Test
    void groupBuilder_onItsOwn_refusesItsInvalidValues() {
        assertThatThrownBy(() -> SupplierFacts.builder().shareDisadvantagedEmployees(101.0).build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("supplier.shareDisadvantagedEmployees");
        assertThat(SupplierFacts.builder().shareDisadvantagedEmployees(30.0).build().shareDisadvantagedEmployees())
                .contains(Percent.of(30.0));
    }

    @Test
    void recordConstructor_checksTheRequestToo() {
        assertThatThrownBy(() -> new AssessmentRequest(LocalDate.of(2015, 1, 1), null, null, null, null, null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("evaluationDate");
        AssessmentRequest unknown = new AssessmentRequest(DATE, null, null, null, null, null);
        assertThat(unknown.buyer()).isEqualTo(BuyerFacts.UNKNOWN);
        assertThat(unknown.purchase().lots()).isEmpty();
    }

    @Test
    void purchaseRecordConstructor_refusesAMalformedCpvCode_namingTheField() throws ReflectiveOperationException {
        // Through the canonical constructor, whatever facts the record holds: every component as
        // PurchaseFacts.UNKNOWN has it, but the CPV codes.
        java.lang.reflect.RecordComponent[] components = PurchaseFacts.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = components[i].getName().equals("cpvCodes") ? List.of("85312000", "bogus")
                    : components[i].getAccessor().invoke(PurchaseFacts.UNKNOWN);
        }
        java.lang.reflect.Constructor<PurchaseFacts> canonical = PurchaseFacts.class.getDeclaredConstructor(types);
        assertThatThrownBy(() -> {
            try {
                canonical.newInstance(args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        })
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("purchase.cpvCodes[1]")
                .satisfies(e -> assertThat(((InvalidRequestException) e).problems()).extracting(Problem::field)
                        .containsExactly("purchase.cpvCodes[1]"));
    }

    @Test
    void valueTypes_refuseWhatTheyCannotHold() {
        assertThatThrownBy(() -> Money.ofKroner(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofKroner(Money.MAX_KRONER + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percent.of(100.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percent.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Percent(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lot(" ", Money.ofKroner(1), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lot("a", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.ofKroner(5).compareTo(Money.ofKroner(7))).isNegative();
        assertThat(Percent.of(29.99).compareTo(Percent.of(30))).isNegative();
        assertThat(Money.ofKroner(5)).hasToString("5 NOK");
        assertThat(Percent.of(42.5)).hasToString("42.5 %");
    }
}
