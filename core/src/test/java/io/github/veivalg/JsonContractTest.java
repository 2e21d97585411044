package io.github.veivalg;

import io.github.veivalg.json.JsonContract;
import io.github.veivalg.vocabulary.Money;
import io.github.veivalg.vocabulary.Percent;

import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.vocabulary.SubjectType;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonContractTest {

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static List<String> fields(Map<String, Object> json) {
        try {
            JsonContract.requestFromMap(json);
        } catch (InvalidRequestException e) {
            return e.problems().stream().map(Problem::field).toList();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void theContractsExampleRequest_isRead() {
        AssessmentRequest r = JsonContract.requestFromMap(map(
                "evaluationDate", "2025-06-01",
                "buyer", map("authorityKind", "MUNICIPALITY"),
                "purchase", map("subjectType", "SERVICES", "serviceCategory", "ORDINARY", "cpvCodes", List.of("90910000"),
                        "estimatedValueNok", 2300000, "valueIncludesOptionsAndExtensions", true, "agreementType", "SINGLE_CONTRACT",
                        "lots", List.of(map("id", "north", "valueNok", 1000000L, "subjectType", "SERVICES")), "isDividedIntoLots", true),
                "market", map("solutionExistsOnMarket", true),
                "supplier", map("supplierLegalForm", "AS", "isNonProfit", false, "mainPurposeWorkIntegration", true,
                        "shareDisadvantagedEmployees", new BigDecimal("42.5")),
                "process", map("reservationStatedInNotice", true)));
        assertThat(r.evaluationDate()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(r.buyer().authorityKind()).contains(AuthorityKind.MUNICIPALITY);
        assertThat(r.purchase().estimatedValueNok()).contains(Money.ofKroner(2_300_000));
        assertThat(r.purchase().cpvCodes()).containsExactly("90910000");
        assertThat(r.purchase().lots()).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo("north");
            assertThat(l.subjectType()).contains(SubjectType.SERVICES);
        });
        assertThat(r.supplier().shareDisadvantagedEmployees()).contains(Percent.of(42.5));
        assertThat(r.process().reservationStatedInNotice()).contains(true);
        assertThat(r.market().solutionExistsOnMarket()).contains(true);
    }

    @Test
    void nullAndAbsentFacts_areUnknown() {
        AssessmentRequest r = JsonContract.requestFromMap(map("evaluationDate", "2025-06-01", "buyer", null,
                "supplier", map("isNonProfit", null)));
        assertThat(r.supplier().isNonProfit()).isEmpty();
        assertThat(r.buyer()).isEqualTo(BuyerFacts.UNKNOWN);
    }

    @Test
    void unknownFields_areRefused_atTopLevel_inGroups_andInLots() {
        assertThat(fields(map("evaluationDate", "2025-06-01", "vendor", map(), "buyer", map("kind", "STATE"),
                "purchase", map("lots", List.of(map("id", "a", "valueNok", 1, "price", 3))))))
                .containsExactly("vendor", "buyer.kind", "purchase.lots[0].price");
    }

    @Test
    void aBlankTopLevelKey_isRefused_namedInQuotes_soThatTheProblemStillNamesItsField() {
        // Found by JsonFuzzTest (seed -7119140858566398083): the field of the problem was "".
        assertThat(fields(map("evaluationDate", "2025-06-01", "", 1, " ", 2))).containsExactly("\"\"", "\" \"");
    }

    @Test
    void wrongTypes_areRefused_eachWithItsPath() {
        assertThat(fields(map("evaluationDate", 20250601, "buyer", "STATE",
                "purchase", map("estimatedValueNok", "a lot", "valueIncludesOptionsAndExtensions", "yes", "cpvCodes", "85312000",
                        "contractDurationMonths", 12.5, "lots", "many"),
                "supplier", map("shareDisadvantagedEmployees", "half", "supplierLegalForm", "LLC"),
                "market", List.of())))
                .containsExactlyInAnyOrder("evaluationDate", "buyer", "purchase.estimatedValueNok",
                        "purchase.valueIncludesOptionsAndExtensions", "purchase.cpvCodes", "purchase.contractDurationMonths",
                        "purchase.lots", "supplier.shareDisadvantagedEmployees", "supplier.supplierLegalForm", "market");
    }

    @Test
    void hugeAndFractionalAmounts_areRefused() {
        List<String> f = fields(map("evaluationDate", "2025-06-01",
                "purchase", map("estimatedValueNok", new BigInteger("999999999999999999999999"),
                        "relatedPurchasesValueNok", new BigDecimal("1000.5"), "contractDurationMonths", 1e40,
                        "frameworkDurationMonths", 5_000_000_000L)));
        assertThat(f).containsExactlyInAnyOrder("purchase.estimatedValueNok", "purchase.relatedPurchasesValueNok",
                "purchase.contractDurationMonths", "purchase.frameworkDurationMonths");
        assertThat(fields(map("evaluationDate", "2025-06-01", "purchase", map("estimatedValueNok", Double.NaN))))
                .containsExactly("purchase.estimatedValueNok");
    }

    @Test
    void wholeAmountsWrittenAsDecimals_areAccepted() {
        AssessmentRequest r = JsonContract.requestFromMap(map("evaluationDate", "2025-06-01",
                "purchase", map("estimatedValueNok", new BigDecimal("1500000.00"), "contractDurationMonths", 24.0)));
        assertThat(r.purchase().estimatedValueNok()).contains(Money.ofKroner(1_500_000));
        assertThat(r.purchase().contractDurationMonths()).contains(24);
    }

    @Test
    void badDates_andMissingDates_areRefused() {
        assertThat(fields(map("evaluationDate", "01.06.2025"))).containsExactly("evaluationDate");
        assertThat(fields(map("buyer", map("authorityKind", "STATE")))).containsExactly("evaluationDate");
        assertThat(fields(map("evaluationDate", "2016-06-01"))).containsExactly("evaluationDate");
    }

    @Test
    void badListElements_andLots_areRefused() {
        assertThat(fields(map("evaluationDate", "2025-06-01", "purchase", map("cpvCodes", List.of("85312000", 85312000),
                "lots", List.of("x", map("id", 7, "valueNok", 1.5, "subjectType", "FOOD"))))))
                .containsExactlyInAnyOrder("purchase.cpvCodes[1]", "purchase.lots[0]", "purchase.lots[1].id",
                        "purchase.lots[1].valueNok", "purchase.lots[1].subjectType");
    }

    @Test
    void semanticProblems_joinTheJsonProblems() {
        assertThat(fields(map("evaluationDate", "2025-06-01", "buyer", map("authorityKind", "KING"),
                "supplier", map("isNonProfit", true, "paysDividends", true))))
                .containsExactly("buyer.authorityKind", "supplier.paysDividends");
    }

    @Test
    void errorsToMap_followsTheContract() {
        Map<String, Object> errors = JsonContract.errorsToMap(List.of(new Problem("purchase.estimatedValueNok", "must not be negative")));
        assertThat(errors).containsEntry("formatVersion", 1);
        assertThat(errors.get("errors")).isEqualTo(List.of(Map.of("field", "purchase.estimatedValueNok", "message", "must not be negative")));
    }

    @Test
    void refusedNullRequest_namesTheRequest() {
        // fields(...) returns only when an InvalidRequestException was thrown, so this checks the type too.
        assertThat(fields(null)).containsExactly("request");
    }

    @Test
    void aBlankUnknownKey_isNamedInQuotes() {
        // Found by JsonFuzzTest: {"": 1} gave a problem with a blank field.
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("evaluationDate", "2025-06-01");
        json.put("", 1);
        json.put("  ", 2);
        assertThat(fields(json)).containsExactly("\"\"", "\"  \"");
    }
}
