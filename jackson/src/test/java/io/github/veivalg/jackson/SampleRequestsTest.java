package io.github.veivalg.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.json.JsonContract;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.Veivalg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The four sample requests of examples/cases (copied as test resources) read, written and answered through the module. */
class SampleRequestsTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new VeivalgModule()).build();
    /** A mapper without the module: the plain maps that JsonContract reads and writes. */
    private static final ObjectMapper PLAIN = JsonMapper.builder().build();
    private static Veivalg veivalg;

    @BeforeAll
    static void load() {
        veivalg = Veivalg.create();
    }

    @AfterAll
    static void close() {
        veivalg.close();
    }

    static String sample(String name) throws IOException {
        try (InputStream in = SampleRequestsTest.class.getResourceAsStream("/cases/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"canteen-work-integration.json", "grant-that-is-a-purchase.json",
            "health-social-ideell-foundation.json", "small-paid-pilot.json"})
    void aSampleIsReadAsTheContractReadsItAndWrittenBackAsTheSameJson(String name) throws IOException {
        String text = sample(name);

        AssessmentRequest request = MAPPER.readValue(text, AssessmentRequest.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = PLAIN.readValue(text, Map.class);
        assertThat(request).isEqualTo(JsonContract.requestFromMap(plain));

        String written = MAPPER.writeValueAsString(request);
        // Field for field the same JSON (object equality ignores the order of the fields).
        assertThat(PLAIN.readTree(written)).isEqualTo(PLAIN.readTree(text));
        assertThat(MAPPER.readValue(written, AssessmentRequest.class)).isEqualTo(request);
    }

    @ParameterizedTest
    @ValueSource(strings = {"canteen-work-integration.json", "grant-that-is-a-purchase.json",
            "health-social-ideell-foundation.json", "small-paid-pilot.json"})
    void anAnswerIsWrittenAsJsonContractWritesIt(String name) throws IOException {
        AssessmentRequest request = MAPPER.readValue(sample(name), AssessmentRequest.class);
        Assessment answer = veivalg.assess(request, Locale.ENGLISH);

        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(answer));

        assertThat(written).isEqualTo(PLAIN.readTree(PLAIN.writeValueAsString(JsonContract.responseToMap(answer))));
        assertThat(written.get("formatVersion").asInt()).isEqualTo(JsonContract.FORMAT_VERSION);
        assertThat(written.get("paths")).hasSize(PathId.values().length);
    }

    @org.junit.jupiter.api.Test
    void theCanteenIsAReservedCompetitionAndTheAnswerSpeaksTheAssessedLanguage() throws IOException {
        AssessmentRequest request = MAPPER.readValue(sample("canteen-work-integration.json"), AssessmentRequest.class);

        JsonNode english = MAPPER.readTree(MAPPER.writeValueAsString(veivalg.assess(request, Locale.ENGLISH)));
        JsonNode bokmal = MAPPER.readTree(MAPPER.writeValueAsString(veivalg.assess(request)));

        JsonNode reserved = path(english, "RESERVED_WORK_INTEGRATION");
        assertThat(reserved.get("status").asText()).isEqualTo("OPEN");
        assertThat(reserved.get("legalBasis").toString()).contains("FOA § 8-8");
        assertThat(reserved.get("reason").asText()).isNotEqualTo(path(bokmal, "RESERVED_WORK_INTEGRATION").get("reason").asText());
    }

    static JsonNode path(JsonNode answer, String id) {
        for (JsonNode p : answer.get("paths")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("No path " + id + " in " + answer);
    }
}
