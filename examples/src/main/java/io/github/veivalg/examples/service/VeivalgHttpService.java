package io.github.veivalg.examples.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.veivalg.Assessment;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.Problem;
import io.github.veivalg.Veivalg;
import io.github.veivalg.examples.JsonIo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;

/**
 * A small HTTP service speaking the JSON contract, on the JDK's own HTTP server:
 * {@code POST /assess} (optional {@code ?lang=en}) answers 200 with the response, or 400 with the
 * errors; {@code GET /health} answers 200 with the knowledge-base version. One {@link Veivalg}
 * serves every request thread.
 */
public final class VeivalgHttpService implements AutoCloseable {

    private final Veivalg veivalg;
    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor;

    public VeivalgHttpService(int port) throws IOException {
        this.veivalg = Veivalg.create();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        this.executor = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        server.setExecutor(executor);
        server.createContext("/assess", this::assess);
        server.createContext("/health", exchange -> send(exchange, 200, "{\"status\":\"UP\",\"knowledgeBaseVersion\":"
                + JsonIo.write(veivalg.knowledgeBaseVersion(), false) + "}"));
        server.start();
    }

    /** The port the service listens on (useful when started on port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    private void assess(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            send(exchange, 405, JsonIo.errors(List.of(new Problem("method", "use POST")), false));
            return;
        }
        String query = exchange.getRequestURI().getQuery();
        Locale locale = query != null && query.contains("lang=en") ? Locale.ENGLISH : Veivalg.DEFAULT_LOCALE;
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            Assessment assessment = veivalg.assess(JsonIo.readRequest(body), locale);
            send(exchange, 200, JsonIo.response(assessment, false));
        } catch (InvalidRequestException e) {
            send(exchange, 400, JsonIo.errors(e.problems(), false));
        } catch (RuntimeException e) {
            send(exchange, 500, JsonIo.errors(List.of(new Problem("server", "internal failure: " + e.getClass().getSimpleName())), false));
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        veivalg.close();
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        VeivalgHttpService service = new VeivalgHttpService(port);
        System.out.println("Veivalg listens on http://127.0.0.1:" + service.port() + "/assess");
    }
}
