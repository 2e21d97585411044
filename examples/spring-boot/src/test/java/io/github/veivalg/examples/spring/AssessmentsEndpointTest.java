package io.github.veivalg.examples.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.json.JsonContract;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.Veivalg;
import io.github.veivalg.jackson.VeivalgModule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a real embedded server (Tomcat, on 127.0.0.1 and a free port), called over
 * HTTP as a case system calls it, with the sample requests the examples ship.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentsEndpointTest {

    private static final ObjectMapper PLAIN = JsonMapper.builder().build();
    private static final ObjectMapper CONTRACT = JsonMapper.builder().addModule(new VeivalgModule()).build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    Veivalg veivalg;

    @Autowired
    AssessmentController controller;

    static String sample(String name) throws IOException {
        return Files.readString(Path.of(System.getProperty("veivalg.cases", "../cases"), name));
    }

    private HttpResponse<String> post(String body, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/assessments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode path(JsonNode answer, String id) {
        for (JsonNode p : answer.get("paths")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("No path " + id + " in " + answer);
    }

    private static List<String> fields(JsonNode errors) {
        List<String> fields = new ArrayList<>();
        errors.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    @Test
    void aSampleRequestIsAnsweredWithEveryPathAndItsStatus() throws Exception {
        HttpResponse<String> response = post(sample("canteen-work-integration.json"), "en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode answer = PLAIN.readTree(response.body());
        assertThat(answer.get("formatVersion").asInt()).isEqualTo(JsonContract.FORMAT_VERSION);
        assertThat(answer.get("paths")).hasSize(PathId.values().length);
        assertThat(path(answer, "RESERVED_WORK_INTEGRATION").get("status").asText()).isEqualTo("OPEN");
        assertThat(path(answer, "RESERVED_WORK_INTEGRATION").get("legalBasis").toString()).contains("FOA § 8-8");
    }

    @Test
    void theAnswerIsTheLibrarysAnswerInTheLanguageAsked() throws Exception {
        String body = sample("health-social-ideell-foundation.json");
        AssessmentRequest request = CONTRACT.readValue(body, AssessmentRequest.class);

        JsonNode english = PLAIN.readTree(post(body, "en-GB,en;q=0.8").body());
        JsonNode bokmal = PLAIN.readTree(post(body, null).body());
        JsonNode norwegian = PLAIN.readTree(post(body, "nb-NO").body());

        assertThat(english).isEqualTo(PLAIN.readTree(PLAIN.writeValueAsString(JsonContract.responseToMap(veivalg.assess(request, Locale.ENGLISH)))));
        assertThat(bokmal).isEqualTo(PLAIN.readTree(PLAIN.writeValueAsString(JsonContract.responseToMap(veivalg.assess(request)))));
        assertThat(norwegian).isEqualTo(bokmal);
        assertThat(english).isNotEqualTo(bokmal);
        assertThat(path(english, "RESERVED_NONPROFIT_HEALTH_SOCIAL").get("status").asText()).isIn("OPEN", "OPEN_WITH_JUSTIFICATION");
    }

    @Test
    void aBadRequestIsRefusedWith400ListingEveryProblem() throws Exception {
        HttpResponse<String> response = post("""
                {"evaluationDate": "2025-02-30",
                 "buyer": {"authorityKind": "KOMMUNE"},
                 "purchase": {"estimatedValueNok": -5, "colour": "blue"},
                 "supplier": {"isNonProfit": "yes"}}
                """, "en");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = PLAIN.readTree(response.body());
        assertThat(errors.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(fields(errors)).containsExactlyInAnyOrder("evaluationDate", "buyer.authorityKind",
                "purchase.estimatedValueNok", "purchase.colour", "supplier.isNonProfit");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void malformedOrMissingJsonIsRefusedWith400InTheSameShape() throws Exception {
        for (String body : new String[] {"{\"evaluationDate\": ", "", "not json", "{\"evaluationDate\": \"2025-01-01\"} {}",
                "[".repeat(10_000) + "]".repeat(10_000)}) {
            HttpResponse<String> response = post(body, null);

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            JsonNode errors = PLAIN.readTree(response.body());
            assertThat(fields(errors)).as(body).containsExactly("request");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aBodyLargerThanTheBoundIsRefusedUnassessed() throws Exception {
        String huge = "{\"evaluationDate\": \"2025-01-01\", \"purchase\": {\"cpvCodes\": [" + "\"85312000\",".repeat(100_000) + "\"85312000\"]}}";
        assertThat((long) huge.length()).isGreaterThan(VeivalgApplication.MAX_REQUEST_BYTES);

        HttpResponse<String> response = post(huge, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(PLAIN.readTree(response.body()).get("errors").get(0).get("message").asText()).contains("length");
    }

    @Test
    void theVeivalgInstanceIsOneSingletonBeanSharedByTheController() throws Exception {
        assertThat(context.getBeanFactory().getBeanDefinition("veivalg").isSingleton()).isTrue();
        assertThat(context.getBeansOfType(Veivalg.class)).hasSize(1);
        assertThat(context.getBean(Veivalg.class)).isSameAs(veivalg).isSameAs(context.getBean(Veivalg.class));
        java.lang.reflect.Field field = AssessmentController.class.getDeclaredField("veivalg");
        field.setAccessible(true);
        assertThat(field.get(controller)).isSameAs(veivalg);
        // Boot registered the module with the mapper of its converters.
        assertThat(context.getBean(ObjectMapper.class).getRegisteredModuleIds()).contains("veivalg");
    }

    @Test
    void everySampleGetsTheLibrarysOwnAnswer() throws Exception {
        Map<String, String> bands = Map.of("small-paid-pilot.json", "PART_I_ONLY", "grant-that-is-a-purchase.json", "",
                "canteen-work-integration.json", "", "health-social-ideell-foundation.json", "PART_IV_CH30");
        for (Map.Entry<String, String> s : bands.entrySet()) {
            String body = sample(s.getKey());
            HttpResponse<String> response = post(body, "en");

            assertThat(response.statusCode()).as(s.getKey()).isEqualTo(200);
            JsonNode answer = PLAIN.readTree(response.body());
            AssessmentRequest request = CONTRACT.readValue(body, AssessmentRequest.class);
            assertThat(answer).as(s.getKey())
                    .isEqualTo(PLAIN.readTree(PLAIN.writeValueAsString(JsonContract.responseToMap(veivalg.assess(request, Locale.ENGLISH)))));
            if (!s.getValue().isEmpty()) {
                assertThat(answer.get("band").asText()).as(s.getKey()).isEqualTo(s.getValue());
            }
        }
    }
}
