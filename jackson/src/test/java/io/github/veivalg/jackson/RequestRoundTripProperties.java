package io.github.veivalg.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.json.JsonContract;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Laws of the module: what it writes it reads back unchanged, and no input makes it fail other than by refusing. */
class RequestRoundTripProperties {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new VeivalgModule()).build();

    @Property(tries = 500)
    void aRequestWrittenAsJsonIsReadBackEqual(@ForAll("seeds") long seed) throws Exception {
        AssessmentRequest request = JsonContract.requestFromMap(ContractRequests.request(seed));

        String json = MAPPER.writeValueAsString(request);
        AssessmentRequest back = MAPPER.readValue(json, AssessmentRequest.class);

        assertThat(back).as(json).isEqualTo(request);
        // And the contract itself reads the written JSON as the same request: the module adds no shape of its own.
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = JsonMapper.builder().build().readValue(json, Map.class);
        assertThat(JsonContract.requestFromMap(plain)).isEqualTo(request);
    }

    @Property(tries = 500)
    void aMutatedRequestIsReadOrRefusedWithListedProblems(@ForAll("seeds") long seed, @ForAll @IntRange(min = 0, max = 2000) int at,
                                                          @ForAll("mutations") String inserted) throws Exception {
        String json = MAPPER.writeValueAsString(JsonContract.requestFromMap(ContractRequests.request(seed)));
        String mutated = json.substring(0, Math.min(at, json.length())) + inserted + json.substring(Math.min(at + inserted.length() % 3, json.length()));

        assertThatCode(() -> {
            try {
                MAPPER.readValue(mutated, AssessmentRequest.class);
            } catch (InvalidRequestException e) {
                assertThat(e.problems()).isNotEmpty();
                assertThat(e.problems()).allSatisfy(p -> assertThat(p.field()).isNotBlank());
            } catch (JsonProcessingException e) {
                // The mapper's own refusal, before the request starts (no first token, a second value after it).
                assertThat(e.getOriginalMessage()).isNotBlank();
            }
        }).as(mutated).doesNotThrowAnyException();
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<String> mutations() {
        return Arbitraries.oneOf(
                Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e999999", "-1", "0.5",
                        "123456789012345678901234567890123456789", "\"x\":1,", "\"evaluationDate\":\"2025-01-01\",", "\u0000", "\\u0000"),
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withChars("{}[],:\"0123456789.eE-").ofMaxLength(30));
    }
}
