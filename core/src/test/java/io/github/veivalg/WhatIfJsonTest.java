package io.github.veivalg;

import io.github.veivalg.json.JsonContract;

import io.github.veivalg.vocabulary.PathId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code "whatIf": true} in a request, {@code paths[].wouldChange} in the response. */
class WhatIfJsonTest {

    private static final Veivalg VEIVALG = Veivalg.create();

    @AfterAll
    static void close() {
        VEIVALG.close();
    }

    /**
     * A municipality buying social services (CPV 85312000) for 9 000 000 kr on 2025-06-01, nothing
     * known about the supplier, strict: the first what-if scenario of the legal suite
     * ({@code legal-suite/whatif/what-if.yaml}), written out as the contract's JSON.
     */
    private static Map<String, Object> request(Object whatIf) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("evaluationDate", "2025-06-01");
        json.put("strict", true);
        json.put("buyer", Map.of("authorityKind", "MUNICIPALITY", "buyerControlsSupplier", false, "isCooperationBetweenAuthorities", false));
        Map<String, Object> purchase = new LinkedHashMap<>();
        purchase.put("subjectType", "SERVICES");
        purchase.put("serviceCategory", "HEALTH_AND_SOCIAL");
        purchase.put("cpvCodes", List.of("85312000"));
        purchase.put("estimatedValueNok", 9_000_000);
        purchase.put("valueIncludesOptionsAndExtensions", true);
        purchase.put("contractDurationMonths", 36);
        purchase.put("agreementType", "SINGLE_CONTRACT");
        purchase.put("isMutuallyBindingForPayment", true);
        purchase.put("isGrantUnderGrantRules", false);
        purchase.put("isUserChoiceScheme", false);
        purchase.put("isEmploymentContract", false);
        purchase.put("isRealEstateAcquisitionOrRental", false);
        purchase.put("involvesExerciseOfPublicAuthority", false);
        purchase.put("isResearchAndDevelopmentService", false);
        json.put("purchase", purchase);
        if (whatIf != null) {
            json.put("whatIf", whatIf);
        }
        return json;
    }

    @Test
    @SuppressWarnings("unchecked")
    void whatIfIsAcceptedAtTopLevel_andAsksForWouldChange() {
        Map<String, Object> json = request(true);
        assertThat(JsonContract.whatIfRequested(json)).isTrue();
        AssessmentRequest request = JsonContract.requestFromMap(json);
        Map<String, Object> response = JsonContract.responseToMap(VEIVALG.whatIf(request, Locale.ENGLISH));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> paths = (List<Map<String, Object>>) response.get("paths");
        assertThat(paths).hasSize(PathId.values().length).allSatisfy(p -> assertThat(p).containsKey("wouldChange"));
        Map<String, Object> nonprofit = paths.stream().filter(p -> p.get("id").equals("RESERVED_NONPROFIT_HEALTH_SOCIAL")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> changes = (List<Map<String, Object>>) nonprofit.get("wouldChange");
        assertThat(changes).anySatisfy(c -> {
            assertThat(c).containsEntry("fact", "supplier.isNonProfit").containsEntry("value", true).containsEntry("status", "OPEN")
                    .containsEntry("kind", "QUALIFICATION").containsEntry("wasUnknown", true);
            assertThat((List<Object>) c.get("alsoUndertakings")).contains("process.reservationStatedInNotice");
            assertThat((String) c.get("reason")).contains("ideell");
        });
    }

    @Test
    void whatIfAbsentOrFalse_isNoWhatIf_andTheResponseHasNoWouldChange() {
        assertThat(JsonContract.whatIfRequested(request(null))).isFalse();
        assertThat(JsonContract.whatIfRequested(request(false))).isFalse();
        Map<String, Object> response = JsonContract.responseToMap(VEIVALG.assess(JsonContract.requestFromMap(request(false))));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> paths = (List<Map<String, Object>>) response.get("paths");
        assertThat(paths).allSatisfy(p -> assertThat(p).doesNotContainKey("wouldChange"));
    }

    @Test
    void whatIfThatIsNotABoolean_isRefusedNamingTheField() {
        assertThatThrownBy(() -> JsonContract.whatIfRequested(request("yes")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("whatIf"));
    }

    @Test
    void changesOfOnePath_areTheWhatIfsOfThatPath() {
        AssessmentRequest request = JsonContract.requestFromMap(request(null));
        assertThat(VEIVALG.changes(request, PathId.RESERVED_NONPROFIT_HEALTH_SOCIAL, Locale.ENGLISH))
                .isEqualTo(VEIVALG.whatIf(request, Locale.ENGLISH).changes(PathId.RESERVED_NONPROFIT_HEALTH_SOCIAL));
        assertThatThrownBy(() -> VEIVALG.whatIf(null, Locale.ENGLISH)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> VEIVALG.changes(request, null, Locale.ENGLISH)).isInstanceOf(NullPointerException.class);
    }
}
