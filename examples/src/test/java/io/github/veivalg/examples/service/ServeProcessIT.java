package io.github.veivalg.examples.service;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar veivalg.jar serve --port 0} as a process: it prints where it listens, answers,
 * logs one access line a request, and on SIGTERM stops accepting, finishes the upload in flight,
 * and exits 0.
 */
class ServeProcessIT {

    private static final Path JAR = Path.of(System.getProperty("veivalg.jar", "target/veivalg.jar"));
    private static final Path CASES = Path.of(System.getProperty("veivalg.cases", "cases"));

    @Test
    void serve_answers_andOnSigtermFinishesTheRequestInFlight_andExits0() throws Exception {
        assertThat(JAR).exists();
        Path err = Files.createTempFile("veivalg-serve-err", ".txt");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "serve", "--port", "0", "--stop-timeout", "30"))
                .redirectError(err.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).as(Files.readString(err)).isNotNull();
            Matcher m = Pattern.compile("^Veivalg listening on (http://127\\.0\\.0\\.1:(\\d+)/)$").matcher(first);
            assertThat(m.matches()).as(first).isTrue();
            URI uri = URI.create(m.group(1));
            int port = Integer.parseInt(m.group(2));

            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> ready = client.send(HttpRequest.newBuilder(uri.resolve("/ready")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(200);
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<html");

            byte[] body = Files.readAllBytes(CASES.resolve("health-social-ideell-foundation.json"));
            try (Socket upload = new Socket("127.0.0.1", port)) {
                upload.setSoTimeout(60_000);
                OutputStream o = upload.getOutputStream();
                o.write(("POST /v1/assessments?lang=en HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                o.write(body, 0, body.length / 2);
                o.flush();
                Thread.sleep(300);
                // SIGTERM; Process.destroy() would also close our end of its standard output.
                process.toHandle().destroy();
                awaitRefused(port);
                assertThat(process.isAlive()).as("still finishing the upload in flight").isTrue();
                Thread.sleep(1_500);
                o.write(body, body.length / 2, body.length - body.length / 2);
                o.flush();
                String answer = new String(upload.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 200").contains("Connection: close").contains("\"band\":\"PART_IV_CH30\"");
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();
            assertThat(process.exitValue()).as(Files.readString(err)).isEqualTo(0);
            assertThat(out.readLine()).isEqualTo("Veivalg stopped");
            String log = Files.readString(err);
            assertThat(log.lines().filter(l -> l.contains(" veivalg.access - ")).toList())
                    .as("one access line a request").hasSize(3)
                    .anySatisfy(l -> assertThat(l).contains("\"POST /v1/assessments?lang=en HTTP/1.1\" 200"));
            assertThat(log).doesNotContain("Exception").doesNotContain("WARN");
        } finally {
            process.destroyForcibly();
        }
    }

    private static void awaitRefused(int port) throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                Thread.sleep(10);
            } catch (ConnectException e) {
                return;
            } catch (java.io.IOException e) {
                return;
            }
        }
        throw new AssertionError("still accepting 10 s after SIGTERM");
    }
}
