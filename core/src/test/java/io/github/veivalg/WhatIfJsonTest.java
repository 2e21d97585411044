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

    private static Map<String, Object> request(Object whatIf) {
        Map<String, Object> json = new LinkedHashMap<>(WhatIfScenarios.read(WhatIfScenarioTest.file()).get(0).request());
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
