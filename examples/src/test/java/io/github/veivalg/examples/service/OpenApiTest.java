package io.github.veivalg.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.json.JsonLimits;
import io.github.veivalg.vocabulary.PathStatus;
import io.github.veivalg.Veivalg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document: the one served at /openapi.json is the checked-in docs/openapi.json, and
 * every endpoint's real responses, answers and refusals alike, are as it documents them.
 */
class OpenApiTest {

    static Veivalg veivalg;
    static VeivalgServer server;
    static HttpClient client;
    static final OpenApiDocument OPENAPI = new OpenApiDocument();
    static final com.fasterxml.jackson.databind.ObjectMapper OPENAPI_JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @BeforeAll
    static void start() {
        veivalg = Veivalg.create();
        server = VeivalgServer.start(ServerConfig.defaults().withPort(0).withAssessments(1, 1), veivalg);
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
        veivalg.close();
    }

    @Test
    void theServedDocument_isTheCheckedInOne() throws Exception {
        HttpResponse<String> served = client.send(HttpRequest.newBuilder(server.uri().resolve("/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(OPENAPI.text);
        assertThat(OPENAPI.doc.get("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void theDocumentsEnums_areTheLibrarys() {
        JsonNode schemas = OPENAPI.doc.get("components").get("schemas");
        assertThat(texts(schemas.get("PathStatus").get("enum"))).containsExactlyElementsOf(
                Arrays.stream(PathStatus.values()).map(Enum::name).toList());
        assertThat(texts(schemas.get("Band").get("enum"))).containsExactlyElementsOf(
                Arrays.stream(Band.values()).map(Enum::name).toList());
    }

    record Call(String template, String method, String path, String contentType, byte[] body) {
    }

    static Call get(String template, String path) {
        return new Call(template, "GET", path, null, null);
    }

    static Call post(String template, String path, String body) {
        return new Call(template, "POST", path, "application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void everyEndpointsRealResponses_validateAgainstTheDocument() throws Exception {
        List<Call> calls = new ArrayList<>();
        try (Stream<Path> files = Files.list(ServiceTest.CASES)) {
            for (Path file : files.sorted().toList()) {
                String body = Files.readString(file);
                calls.add(post("/v1/assessments", "/v1/assessments?lang=en", body));
                calls.add(post("/v1/assessments", "/v1/assessments", body.replaceFirst("\\{", "{\"whatIf\": true,")));
                calls.add(post("/v1/questions", "/v1/questions?lang=nb", body));
            }
        }
        String big = " ".repeat(JsonLimits.MAX_REQUEST_BYTES + 1);
        for (String op : new String[] {"/v1/assessments", "/v1/questions"}) {
            calls.add(post(op, op, "{\"evaluationDate\": \"x\", \"unknown\": 1}"));
            calls.add(post(op, op + "?lang=de", "{broken"));
            calls.add(post(op, op, big));
            calls.add(new Call(op, "POST", op, "text/plain", "{}".getBytes()));
            calls.add(get(op, op));
        }
        calls.add(get("/v1/thresholds", "/v1/thresholds?date=2025-06-01"));
        calls.add(get("/v1/thresholds", "/v1/thresholds?date=2025-06-01&lang=en"));
        calls.add(get("/v1/thresholds", "/v1/thresholds?date=nope"));
        calls.add(new Call("/v1/thresholds", "POST", "/v1/thresholds", "application/json", "{}".getBytes()));
        calls.add(get("/v1/paths/{id}", "/v1/paths/PART_III_OPEN"));
        calls.add(get("/v1/paths/{id}", "/v1/paths/reserved_work_integration?lang=en"));
        calls.add(get("/v1/paths/{id}", "/v1/paths/NOPE"));
        calls.add(get("/v1/paths/{id}", "/v1/paths/DIRECT_AWARD?lang=sv"));
        calls.add(new Call("/v1/paths/{id}", "POST", "/v1/paths/DIRECT_AWARD", "application/json", "{}".getBytes()));
        calls.add(get("/health", "/health"));
        calls.add(get("/ready", "/ready"));
        calls.add(get("/openapi.json", "/openapi.json"));
        calls.add(get("/", "/"));
        calls.add(get("/wizard/{file}", "/wizard/veivalg.svg"));
        calls.add(get("/wizard/{file}", "/wizard/nothing-here.js"));

        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        int withProtocolText = 0;
        int withQuestions = 0;
        for (Call call : calls) {
            HttpResponse<String> r = send(call);
            seen.add(call.method() + " " + call.template() + " " + r.statusCode());
            problems.addAll(OPENAPI.problems(call.template(), call.method(), r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(null), r.body()));
            if (call.template().equals("/v1/assessments") && r.statusCode() == 200) {
                // The fields added for the wizard are in the answers validated, not only in the document.
                JsonNode answer = OPENAPI_JSON.readTree(r.body());
                assertThat(answer.has("nextQuestions")).as(call.path()).isTrue();
                answer.get("paths").forEach(p -> assertThat(p.has("protocolText")).as(p.get("id").asText())
                        .isEqualTo(PathStatus.valueOf(p.get("status").asText()).isOpen() || p.get("status").asText().equals("RECOMMENDED")));
                withProtocolText += answer.findValues("protocolText").size();
                withQuestions += answer.get("nextQuestions").size();
            }
        }
        assertThat(withProtocolText).as("protocol texts among the answers validated").isPositive();
        assertThat(withQuestions).as("next questions among the answers validated").isPositive();
        // The 503 of a full pool, documented too.
        CountDownLatch release = new CountDownLatch(1);
        try {
            CountDownLatch started = new CountDownLatch(1);
            ServiceLimitsTest.block(server, release, started);
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(server.assessmentPool().getQueue().offer(() -> { })).as("the queue's one place taken").isTrue();
            HttpResponse<String> busy = send(post("/v1/assessments", "/v1/assessments", Files.readString(ServiceTest.CASES.resolve("small-paid-pilot.json"))));
            assertThat(busy.statusCode()).isEqualTo(503);
            problems.addAll(OPENAPI.problems("/v1/assessments", "POST", 503, busy.headers().firstValue("Content-Type").orElse(null), busy.body()));
        } finally {
            release.countDown();
        }
        assertThat(problems).isEmpty();
        assertThat(seen).contains("POST /v1/assessments 200", "POST /v1/assessments 400", "POST /v1/assessments 413",
                "POST /v1/assessments 415", "GET /v1/assessments 405", "POST /v1/questions 200", "GET /v1/thresholds 200",
                "GET /v1/thresholds 400", "GET /v1/paths/{id} 200", "GET /v1/paths/{id} 404", "GET /health 200", "GET /ready 200",
                "GET /wizard/{file} 200", "GET /wizard/{file} 404");
        // Every operation the document lists was called.
        Set<String> documented = new TreeSet<>();
        for (Iterator<String> it = OPENAPI.doc.get("paths").fieldNames(); it.hasNext(); ) {
            String template = it.next();
            OPENAPI.doc.get("paths").get(template).fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + template));
        }
        Set<String> called = seen.stream().map(s -> s.substring(0, s.lastIndexOf(' '))).collect(Collectors.toCollection(TreeSet::new));
        assertThat(called).containsAll(documented);
    }

    @Test
    void theCheckerItself_findsAnAnswerThatBreaksTheDocument() {
        assertThat(OPENAPI.problems("/health", "GET", 200, "application/json", "{\"status\":\"DOWN\"}")).isNotEmpty();
        assertThat(OPENAPI.problems("/v1/assessments", "POST", 200, "application/json", "{\"formatVersion\":1}")).isNotEmpty();
        assertThat(OPENAPI.problems("/v1/assessments", "POST", 418, "application/json", "{}")).isNotEmpty();
        assertThat(OPENAPI.problems("/v1/paths/{id}", "GET", 200, "application/json", "{}")).isNotEmpty();
        assertThat(OPENAPI.problems("/health", "GET", 200, "application/json", "{\"status\":\"UP\"}")).isEmpty();
    }

    static HttpResponse<String> send(Call call) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(call.path())).timeout(java.time.Duration.ofSeconds(60));
        if (call.contentType() != null) {
            b.header("Content-Type", call.contentType());
        }
        b.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
