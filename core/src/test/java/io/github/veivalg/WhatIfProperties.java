package io.github.veivalg;

import io.github.veivalg.json.JsonContract;

import io.github.veivalg.vocabulary.PathId;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The laws of the what-if, over random consistent requests. */
class WhatIfProperties {

    private static final Veivalg VEIVALG = Veivalg.create();

    /** The value and its splitting: never varied (FOA § 5-4 (4)). */
    private static final Set<String> NEVER_VARIED = Set.of("purchase.estimatedValueNok", "purchase.relatedPurchasesValueNok",
            "purchase.isSplitToAvoidThreshold", "evaluationDate", "buyer.authorityKind", "purchase.subjectType",
            "purchase.serviceCategory", "purchase.cpvCodes", "purchase.valueIncludesOptionsAndExtensions", "purchase.agreementType");

    @AfterContainer
    static void close() {
        VEIVALG.close();
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private static AssessmentRequest request(long seed) {
        try {
            return JsonContract.requestFromMap(RandomRequests.request(seed, 0.7));
        } catch (InvalidRequestException e) {
            Assume.that(false);
            throw e;
        }
    }

    @Property(tries = 60)
    void everyChange_changesTheStatus_andIsTheAnswerToTheVariedRequest(@ForAll("seeds") long seed) {
        AssessmentRequest request = request(seed);
        WhatIf whatIf = VEIVALG.whatIf(request, Locale.ENGLISH);
        assertThat(whatIf.assessment().paths()).extracting(PathResult::status)
                .containsExactlyElementsOf(VEIVALG.assess(request, Locale.ENGLISH).paths().stream().map(PathResult::status).toList());
        for (PathId id : PathId.values()) {
            for (Change c : whatIf.changes(id)) {
                assertThat(c.path()).isEqualTo(id);
                assertThat(c.status()).as("%s %s", id, c).isNotEqualTo(whatIf.assessment().path(id).status());
                assertThat(c.fact()).isNotIn(NEVER_VARIED);
                assertThat(c.legalBasis()).isNotEmpty();
                assertThat(c.reason()).isNotBlank();
            }
        }
    }

    @Property(tries = 60)
    @SuppressWarnings("unchecked")
    void aLotChange_dividesTheEstimate_underTheSmallLotsRule(@ForAll("seeds") long seed) {
        AssessmentRequest request = request(seed);
        WhatIf whatIf = VEIVALG.whatIf(request, Locale.ENGLISH);
        for (PathId id : PathId.values()) {
            for (Change c : whatIf.changes(id)) {
                if (c.kind() != Change.FactKind.LOTS) {
                    continue;
                }
                assertThat(c.legalBasis()).contains("FOA § 5-4 (8)");
                List<Map<String, Object>> lots = (List<Map<String, Object>>) c.value();
                long sum = lots.stream().mapToLong(l -> (Long) l.get("valueNok")).sum();
                // Divided, not lowered: the lots add up to the estimate.
                assertThat(sum).isEqualTo(request.purchase().estimatedValueNok().orElseThrow().kroner());
                long small = (Long) lots.get(0).get("valueNok");
                assertThat(small * 100).isLessThanOrEqualTo(20 * sum);
                assertThat(whatIf.assessment().assessedValue().orElseThrow().kroner())
                        .isGreaterThan(whatIf.assessment().thresholdsUsed().stream().filter(t -> t.name().startsWith("EEA-"))
                                .mapToLong(t -> t.value().kroner()).max().orElseThrow());
            }
        }
    }

    @Property(tries = 40)
    @SuppressWarnings("unchecked")
    void aVariedRequest_givesTheStatusTheChangeNames(@ForAll("seeds") long seed) {
        AssessmentRequest request = request(seed);
        WhatIf whatIf = VEIVALG.whatIf(request, Locale.ENGLISH);
        for (PathId id : PathId.values()) {
            for (Change c : whatIf.changes(id)) {
                if (c.kind() == Change.FactKind.LOTS || !c.alsoUndertakings().isEmpty() || !(c.value() instanceof Boolean v)) {
                    continue;
                }
                Map<String, Object> json = RandomRequests.request(seed, 0.7);
                String[] parts = c.fact().split("\\.");
                Map<String, Object> group = (Map<String, Object>) json.computeIfAbsent(parts[0], k -> new java.util.LinkedHashMap<>());
                group.put(parts[1], v);
                assertThat(VEIVALG.assess(JsonContract.requestFromMap(json), Locale.ENGLISH).path(id).status()).as("%s %s", id, c)
                        .isEqualTo(c.status());
            }
        }
    }
}
