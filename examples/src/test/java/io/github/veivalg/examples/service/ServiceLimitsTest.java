package io.github.veivalg.examples.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.veivalg.Veivalg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The limits that need a server of their own: a full assessment pool (503 with Retry-After), a body
 * that trickles (408), and graceful shutdown: requests in flight finish, idle keep-alive connections
 * and a stalled upload do not hold the stop, and every request is completed (none left in flight).
 */
class ServiceLimitsTest {

    static Veivalg veivalg;
    static final ObjectMapper JSON = new ObjectMapper();
    static String sample;

    @BeforeAll
    static void load() throws IOException {
        veivalg = Veivalg.create();
        sample = Files.readString(ServiceTest.CASES.resolve("small-paid-pilot.json"));
    }

    @AfterAll
    static void unload() {
        veivalg.close();
    }

    static ServerConfig config(int threads, int queue, Duration idle, Duration read, Duration stop) {
        return ServerConfig.defaults().withPort(0).withAssessments(threads, queue).withTimeouts(idle, read, stop);
    }

    static HttpRequest assessment(VeivalgServer server) {
        return HttpRequest.newBuilder(server.uri().resolve("/v1/assessments")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(sample)).build();
    }

    /** Occupies the pool's only thread until the latch opens. */
    static void block(VeivalgServer server, CountDownLatch release, CountDownLatch started) {
        server.assessmentPool().execute(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Test
    void pastTheQueue_assessmentsGet503WithRetryAfter_andTheQueuedOneIsStillAnswered() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        try (VeivalgServer server = VeivalgServer.start(config(1, 1, Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(10)), veivalg)) {
            HttpClient client = HttpClient.newHttpClient();
            block(server, release, started);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<HttpResponse<String>> queued = client.sendAsync(assessment(server), HttpResponse.BodyHandlers.ofString());
            // Wait until it is in the queue: then the pool is full.
            for (int i = 0; i < 500 && server.assessmentPool().getQueue().isEmpty(); i++) {
                Thread.sleep(10);
            }
            assertThat(server.assessmentPool().getQueue()).hasSize(1);
            HttpResponse<String> refused = client.send(assessment(server), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(JSON.readTree(refused.body()).get("errors").get(0).get("message").asText()).contains("busy");
            release.countDown();
            assertThat(queued.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        } finally {
            release.countDown();
        }
    }

    @Test
    void aBodyThatTrickles_is408_afterTheReadTimeout() throws Exception {
        try (VeivalgServer server = VeivalgServer.start(config(2, 4, Duration.ofSeconds(30), Duration.ofMillis(500), Duration.ofSeconds(10)), veivalg);
             Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"eval")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 408").contains("\"errors\"").contains("did not arrive").contains("onnection: close");
            // Counted until Jetty has taken the completion, a moment after the client has read it.
            for (int i = 0; i < 500 && server.inFlight() > 0; i++) {
                Thread.sleep(10);
            }
            assertThat(server.inFlight()).isZero();
        }
    }

    /**
     * A client that sends its whole body without waiting for 100-continue gets the 413 every time
     * (a CI run lost one in OpenApiTest).
     * The server answers from Content-Length before reading the body; it then reads and drops what
     * the client goes on sending before it closes, so the close never resets a connection whose
     * answer the client has not read yet ("header parser received no bytes" in the JDK client).
     */
    @Test
    void anOversizedBodySentWhole_getsIts413EveryTime_onAConnectionClosedCleanly() throws Exception {
        byte[] justOver = new byte[io.github.veivalg.json.JsonLimits.MAX_REQUEST_BYTES + 1];
        byte[] fourTimes = new byte[4 * io.github.veivalg.json.JsonLimits.MAX_REQUEST_BYTES];
        java.util.Arrays.fill(justOver, (byte) ' ');
        java.util.Arrays.fill(fourTimes, (byte) ' ');
        try (VeivalgServer server = VeivalgServer.start(config(1, 1, Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(10)), veivalg)) {
            HttpClient client = HttpClient.newHttpClient();
            for (int i = 0; i < 40; i++) {
                byte[] body = i % 2 == 0 ? justOver : fourTimes;
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri().resolve(i % 4 < 2 ? "/v1/assessments" : "/v1/questions"))
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as("round %d, %d bytes", i, body.length).isEqualTo(413);
                assertThat(r.headers().firstValue("Connection")).as("round %d", i).hasValue("close");
                assertThat(JSON.readTree(r.body()).get("errors").get(0).get("message").asText()).contains("larger than 1048576 bytes");
            }
            // Any answer given before the body was read, not only a refusal for its size: a path that does not
            // exist, a wrong method (with the drop limited to 405, 413 and 415, a 404 was lost within 60 rounds).
            for (int i = 0; i < 40; i++) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.uri().resolve(i % 2 == 0 ? "/v1/nothing-here" : "/v1/thresholds"))
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(fourTimes)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as("round %d", i).isEqualTo(i % 2 == 0 ? 404 : 405);
            }
            // The connection stays usable for what follows: the next request on the same client is answered.
            assertThat(client.send(assessment(server), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            // Every refused exchange ends (its lingering too): none is left for a stop to wait for.
            // (An exchange is counted until Jetty has its completion, a moment after the client has the answer.)
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (server.inFlight() > 0 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertThat(server.inFlight()).isZero();
        }
    }

    /**
     * A client that waits for 100-continue is refused at once and sends nothing: the connection is
     * closed straight after the 413, not held (up to the read timeout) by the reading and dropping of
     * a refused body, which will not come. (The JDK 17 client, asked to expect 100-continue, waited
     * forever for this answer in a trial, though curl gets it: a socket speaks here.)
     */
    @Test
    void anOversizedBodyAnnouncedWith100Continue_gets413AtOnce_andTheConnectionCloses() throws Exception {
        try (VeivalgServer server = VeivalgServer.start(config(1, 1, Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(10)), veivalg);
             Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                    + "Content-Length: " + (4L * io.github.veivalg.json.JsonLimits.MAX_REQUEST_BYTES) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Everything up to the end of the stream, within the 10 s socket timeout: a server that waited for
            // the body would hold the connection for the 30 s read timeout and fail this with a timeout.
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 413 ").doesNotContain("100 Continue").contains("larger than 1048576 bytes");
        }
    }

    @Test
    void close_letsTheRequestInFlightFinish_andRefusesNewConnections() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        VeivalgServer server = VeivalgServer.start(config(1, 4, Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30)), veivalg);
        try {
            HttpClient client = HttpClient.newHttpClient();
            block(server, release, started);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(assessment(server), HttpResponse.BodyHandlers.ofString());
            for (int i = 0; i < 500 && server.inFlight() == 0; i++) {
                Thread.sleep(10);
            }
            assertThat(server.inFlight()).isEqualTo(1);
            CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
            // Stopped accepting at once, while the request in flight waits for its thread.
            awaitRefused(server.port());
            assertThat(closing).isNotDone();
            release.countDown();
            HttpResponse<String> answered = inFlight.get(60, TimeUnit.SECONDS);
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(answered.body()).contains("\"paths\"");
            closing.get(60, TimeUnit.SECONDS);
            assertThat(server.inFlight()).isZero();
        } finally {
            release.countDown();
            server.close();
        }
    }

    @Test
    void close_isNotHeldByIdleKeepAliveConnections() throws Exception {
        // Idle and stop timeouts far longer than the test: only closing the idle connections lets it end.
        VeivalgServer server = VeivalgServer.start(config(2, 8, Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(10)), veivalg);
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 8; i++) {
            assertThat(client.send(assessment(server), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        try (Socket idle = new Socket("127.0.0.1", server.port())) {
            idle.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            idle.getOutputStream().flush();
            readHeadersAndBody(idle.getInputStream());
            assertTimeoutPreemptively(Duration.ofSeconds(60), server::close);
        }
        assertThat(server.inFlight()).isZero();
    }

    @Test
    void close_endsAStalledUpload_afterTheStopTimeout_withoutFailing() throws Exception {
        VeivalgServer server = VeivalgServer.start(config(2, 8, Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMillis(500)), veivalg);
        try (Socket stalled = new Socket("127.0.0.1", server.port())) {
            stalled.getOutputStream().write(("POST /v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            stalled.getOutputStream().flush();
            for (int i = 0; i < 500 && server.inFlight() == 0; i++) {
                Thread.sleep(10);
            }
            assertThat(server.inFlight()).isEqualTo(1);
            assertTimeoutPreemptively(Duration.ofSeconds(60), server::close);
            assertThat(server.inFlight()).isZero();
            stalled.setSoTimeout(10_000);
            // Stopping shortens its idle timeout: it gets a 408 if anything, and is closed.
            String answer = new String(stalled.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).satisfiesAnyOf(a -> assertThat(a).isEmpty(), a -> assertThat(a).startsWith("HTTP/1.1 408").contains("\"errors\""));
        }
    }

    private static void awaitRefused(int port) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                Thread.sleep(10);
            } catch (ConnectException e) {
                return;
            } catch (IOException e) {
                return;
            }
        }
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }

    /** Reads one HTTP/1.1 answer with a Content-Length. */
    private static void readHeadersAndBody(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("closed early: " + head);
            }
            head.append((char) c);
        }
        String h = head.toString().toLowerCase();
        int at = h.indexOf("content-length:");
        int length = Integer.parseInt(h.substring(at + 15, h.indexOf('\r', at)).trim());
        assertThat(in.readNBytes(length)).hasSize(length);
    }
}
