package io.github.veivalg.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.veivalg.JsonContract;
import io.github.veivalg.Veivalg;
import io.github.veivalg.examples.JsonIo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
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
            String own = JsonIo.write(JsonContract.responseToMap(veivalg.assess(JsonIo.readRequest(sample), locale)), false);
            HttpResponse<String> byQuery = post("/v1/assessments?lang=" + locale.getLanguage(), sample);
            assertThat(byQuery.statusCode()).isEqualTo(200);
            assertThat(json(byQuery)).isEqualTo(JSON.readTree(own));
            HttpResponse<String> byHeader = post("/v1/assessments", sample, "Accept-Language",
                    locale.getLanguage().equals("en") ? "de;q=1, en-GB;q=0.9, nb;q=0.5" : "nb-NO, en;q=0.5");
            assertThat(json(byHeader)).isEqualTo(JSON.readTree(own));
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
}
