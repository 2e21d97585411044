package io.github.veivalg.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.veivalg.Assessment;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.Veivalg;
import io.github.veivalg.examples.JsonIo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.veivalg.json.JsonLimits;
import io.github.veivalg.examples.ContractAnswers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The service answers every endpoint of its contract, and refuses with the right status and every problem listed. */
class ServiceTest {

    static final Path CASES = Path.of(System.getProperty("veivalg.cases", "cases"));
    static final ObjectMapper JSON = new ObjectMapper();

    static Veivalg veivalg;
    static VeivalgServer server;
    static HttpClient client;

    @BeforeAll
    static void start() {
        veivalg = Veivalg.create();
        server = VeivalgServer.start(ServerConfig.defaults().withPort(0), veivalg);
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
        veivalg.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return JSON.readTree(response.body());
    }

    @Test
    void assessments_answerAsTheLibraryDoes_inTheLanguageAskedFor() throws Exception {
        String sample = Files.readString(CASES.resolve("health-social-ideell-foundation.json"));
        for (Locale locale : new Locale[] {Locale.ENGLISH, Veivalg.DEFAULT_LOCALE}) {
            Assessment library = veivalg.assess(JsonIo.readRequest(sample), locale);
            String own = JsonIo.write(ContractAnswers.assessment(veivalg, library), false);
            HttpResponse<String> byQuery = post("/v1/assessments?lang=" + locale.getLanguage(), sample);
            assertThat(byQuery.statusCode()).isEqualTo(200);
            assertThat(json(byQuery)).isEqualTo(JSON.readTree(own));
            HttpResponse<String> byHeader = post("/v1/assessments", sample, "Accept-Language",
                    locale.getLanguage().equals("en") ? "de;q=1, en-GB;q=0.9, nb;q=0.5" : "nb-NO, en;q=0.5");
            assertThat(json(byHeader)).isEqualTo(JSON.readTree(own));
            // What the wizard needs comes with the answer, in the library's words: no second request.
            JsonNode answer = json(byQuery);
            for (JsonNode path : answer.get("paths")) {
                PathId id = PathId.valueOf(path.get("id").asText());
                if (ContractAnswers.recordable(library.path(id).status())) {
                    assertThat(path.get("protocolText").asText()).as(id.name()).isEqualTo(veivalg.protocolText(library, id));
                } else {
                    assertThat(path.has("protocolText")).as(id.name()).isFalse();
                }
            }
            assertThat(library.openPaths()).isNotEmpty();
            assertThat(answer.get("nextQuestions")).isEqualTo(JSON.readTree(JsonIo.write(ContractAnswers.questions(library), false)).get("questions"));
        }
    }

    @Test
    void wizard_isServedAtTheRoot_andItsFilesUnderWizard() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(page.body()).contains("<html lang=\"nb\">");
        HttpResponse<String> icon = get("/wizard/veivalg.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        for (String bad : new String[] {"/wizard/missing.css", "/wizard/Veivalg.svg", "/wizard/index.html", "/wizard/a.b.js",
                "/wizard/%2e%2e%2fopenapi.json", "/wizard/", "/nothing"}) {
            HttpResponse<String> refused = get(bad);
            assertThat(refused.statusCode()).as(bad).isIn(400, 404);
            assertThat(json(refused).get("errors")).as(bad).isNotEmpty();
        }
    }

    @Test
    void health_ready_thresholds_andPaths_answer() throws Exception {
        assertThat(json(get("/health")).get("status").asText()).isEqualTo("UP");
        JsonNode ready = json(get("/ready"));
        assertThat(ready.get("status").asText()).isEqualTo("READY");
        assertThat(ready.get("knowledgeBaseVersion").asText()).isEqualTo(veivalg.knowledgeBaseVersion());
        HttpResponse<String> thresholds = get("/v1/thresholds?date=2025-06-01&lang=en");
        assertThat(thresholds.statusCode()).isEqualTo(200);
        assertThat(json(thresholds).get("figures")).isNotEmpty();
        HttpResponse<String> path = get("/v1/paths/reserved_work_integration?lang=en");
        assertThat(path.statusCode()).isEqualTo(200);
        assertThat(json(path).get("legalBasis").toString()).contains("FOA");
    }

    @Test
    void badRequests_areRefusedWith400_listingEveryProblem_andBadLangAmongThem() throws Exception {
        HttpResponse<String> bad = post("/v1/assessments?lang=fr", "{\"evaluationDate\":\"2025-13-01\",\"purchase\":{\"estimatedValueNok\":-1},\"colour\":\"red\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode errors = json(bad).get("errors");
        assertThat(errors.findValuesAsText("field")).contains("lang", "evaluationDate", "purchase.estimatedValueNok", "colour");
        HttpResponse<String> malformed = post("/v1/assessments", "{\"evaluationDate\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("errors").get(0).get("message").asText()).contains("ends before the JSON is complete");
        assertThat(post("/v1/questions", "").statusCode()).isEqualTo(400);
        assertThat(post("/v1/assessments", "[1]").statusCode()).isEqualTo(400);
    }

    @Test
    void aBodyOverOneMebibyte_is413_whetherItsLengthIsDeclaredOrChunked() throws Exception {
        byte[] big = new byte[JsonLimits.MAX_REQUEST_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        // Refused from Content-Length alone, before the body is read; the server drops what the client
        // still sends before it closes, so the client gets the answer (ServiceLimitsTest, 40 times over).
        HttpResponse<String> declared = client.send(HttpRequest.newBuilder(server.uri().resolve("/v1/assessments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(json(declared).get("errors").get(0).get("message").asText()).contains("larger than 1048576 bytes");
        // No Content-Length: the limit is found while reading, at the chunk that passes it.
        HttpResponse<String> chunked = client.send(HttpRequest.newBuilder(server.uri().resolve("/v1/questions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        // Exactly at the limit is read (and refused for what it is, not for its size).
        byte[] atLimit = Arrays.copyOf(big, JsonLimits.MAX_REQUEST_BYTES);
        HttpResponse<String> full = client.send(HttpRequest.newBuilder(server.uri().resolve("/v1/assessments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(atLimit))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(full.statusCode()).isEqualTo(400);
        assertThat(full.body()).doesNotContain("larger than");
    }

    @Test
    void wrongContentType_is415_wrongMethod405WithAllow_unknownPath404() throws Exception {
        String sample = Files.readString(CASES.resolve("small-paid-pilot.json"));
        for (String type : new String[] {"text/plain", "application/json; charset=iso-8859-1", "application/x-www-form-urlencoded"}) {
            HttpResponse<String> r = post("/v1/assessments", sample, "Content-Type", type);
            assertThat(r.statusCode()).as(type).isEqualTo(415);
            assertThat(json(r).get("errors").get(0).get("field").asText()).isEqualTo("Content-Type");
        }
        assertThat(post("/v1/assessments", sample, "Content-Type", "application/json; charset=UTF-8").statusCode()).isEqualTo(200);
        HttpResponse<String> noType = client.send(HttpRequest.newBuilder(server.uri().resolve("/v1/assessments"))
                .POST(HttpRequest.BodyPublishers.ofString(sample)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noType.statusCode()).isEqualTo(415);
        HttpResponse<String> getAssess = get("/v1/assessments");
        assertThat(getAssess.statusCode()).isEqualTo(405);
        assertThat(getAssess.headers().firstValue("Allow")).hasValue("POST");
        HttpResponse<String> postHealth = post("/health", "{}");
        assertThat(postHealth.statusCode()).isEqualTo(405);
        assertThat(postHealth.headers().firstValue("Allow")).hasValue("GET");
        HttpResponse<String> delete = client.send(HttpRequest.newBuilder(server.uri().resolve("/v1/paths/DIRECT_AWARD")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(json(get("/v2/assessments")).get("errors")).isNotEmpty();
        assertThat(get("/v1/paths/NO_SUCH_PATH").statusCode()).isEqualTo(404);
        assertThat(get("/v1/paths/DIRECT_AWARD/more").statusCode()).isEqualTo(404);
    }

    @Test
    void thresholds_refuseAMissingMalformedOrUnsupportedDate() throws Exception {
        for (String query : new String[] {"", "?date=", "?date=2025-02-30", "?date=1999-01-01", "?date=2025-06-01&lang=xx"}) {
            HttpResponse<String> r = get("/v1/thresholds" + query);
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            assertThat(json(r).get("errors").get(0).get("field").asText()).as(query).isIn("date", "lang");
        }
    }

    @Test
    void questions_andWhatIf_answerAsTheLibraryDoes() throws Exception {
        String sample = Files.readString(CASES.resolve("canteen-work-integration.json"));
        var request = JsonIo.readRequest(sample);
        String questions = JsonIo.write(ContractAnswers.questions(veivalg.assess(request, Locale.ENGLISH)), false);
        assertThat(json(post("/v1/questions?lang=en", sample))).isEqualTo(JSON.readTree(questions));
        String whatIfRequest = sample.replaceFirst("\\{", "{\"whatIf\": true,");
        String whatIf = JsonIo.write(ContractAnswers.assessment(veivalg, veivalg.whatIf(request, Veivalg.DEFAULT_LOCALE)), false);
        JsonNode answer = json(post("/v1/assessments", whatIfRequest));
        assertThat(answer).isEqualTo(JSON.readTree(whatIf));
        assertThat(answer.get("paths").get(0).has("wouldChange")).isTrue();
    }

    @Test
    void jettysOwnRefusals_areJsonWithoutATrace() throws Exception {
        String garbage = raw("GARBAGE / HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(garbage).startsWith("HTTP/1.1 4");
        String hugeHeader = raw("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(hugeHeader).startsWith("HTTP/1.1 431");
        for (String r : new String[] {garbage, hugeHeader}) {
            assertThat(r).contains("application/json").contains("\"errors\"").doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    /** Sends raw bytes and reads the answer until the server closes or 5 s of silence. */
    static String raw(String request) throws IOException {
        try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
                // What came so far is the answer.
            }
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
