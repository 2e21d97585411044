package io.github.veivalg.examples;

import io.github.veivalg.examples.service.VeivalgHttpService;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP example answers the contract: 200 with an answer, 400 with every error. */
class HttpServiceTest {

    @Test
    void assess_answers200_andRefusesBadInputWith400() throws Exception {
        try (VeivalgHttpService service = new VeivalgHttpService(0)) {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + service.port();
            String sample = Files.readString(CliTest.CASES.resolve("small-paid-pilot.json"));
            HttpResponse<String> ok = client.send(HttpRequest.newBuilder(URI.create(base + "/assess?lang=en"))
                    .POST(HttpRequest.BodyPublishers.ofString(sample)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).contains("\"band\":\"PART_I_ONLY\"").contains("\"PILOT_DEVELOPMENT_CONTRACT\"");
            HttpResponse<String> bad = client.send(HttpRequest.newBuilder(URI.create(base + "/assess"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"evaluationDate\":\"2025-06-01\",\"purchase\":{\"estimatedValueNok\":-1}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("purchase.estimatedValueNok");
            HttpResponse<String> get = client.send(HttpRequest.newBuilder(URI.create(base + "/assess")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).isEqualTo(405);
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"status\":\"UP\"").contains("FOA consolidated");
        }
    }
}
