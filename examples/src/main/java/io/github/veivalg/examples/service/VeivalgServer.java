package io.github.veivalg.examples.service;

import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.json.JsonContract;
import io.github.veivalg.json.JsonLimits;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.Problem;
import io.github.veivalg.ThresholdsInForce;
import io.github.veivalg.Veivalg;
import io.github.veivalg.examples.ContractAnswers;
import io.github.veivalg.examples.JsonIo;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The Veivalg service: the JSON contract over HTTP, on an embedded Jetty 12 (its core API, no
 * servlets), with the wizard page at {@code /}.
 *
 * <pre>
 * POST /v1/assessments      the answer for a request (the JSON contract, with each recordable path's protocolText
 *                           and the nextQuestions; "whatIf": true adds wouldChange)
 * POST /v1/questions        the questions to ask next
 * GET  /v1/thresholds?date= the threshold row in force on a date
 * GET  /v1/paths/{id}       what a path is and its legal basis
 * GET  /health              alive; GET /ready: the knowledge base is loaded and the service not stopping
 * GET  /openapi.json        the OpenAPI 3.1 document of all this
 * GET  /, /wizard/{file}    the wizard page and its files
 * </pre>
 *
 * <p>Language: {@code ?lang=nb|en}, else {@code Accept-Language}, else bokmål. Limits: a body over
 * {@link JsonLimits#MAX_REQUEST_BYTES} is refused with 413 as soon as it is known (from
 * {@code Content-Length}, or while reading: never more is held); a body that is not
 * {@code application/json} with 415; a wrong method with 405; bad JSON or a request that breaks the
 * contract with 400 and every problem listed. Bodies are read without holding a thread, within a
 * read timeout; assessments run on a bounded pool with a bounded queue, and past it are refused with
 * 503 and {@code Retry-After}. No response carries a stack trace; each request is one line on the
 * SLF4J logger {@code veivalg.access}. A body answered before it was read closes its connection;
 * what the client goes on sending of it is read and dropped first, within bounds, so that the close
 * never costs it the answer.
 *
 * <p>Every request is answered exactly once: each path through the handler ends in one
 * {@code Exchange.send} or {@code Exchange.abort}, both guarded, so that Jetty's callback is
 * always completed and a shutdown never waits for a request nobody will finish. {@link #close()}
 * stops accepting, waits for the requests in flight (within {@link ServerConfig#stopTimeout()}),
 * closes the idle keep-alive connections, and only then stops Jetty, with nothing left to wait for.
 */
public final class VeivalgServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VeivalgServer.class);
    /** How much of a refused body is read and dropped before its connection is closed. */
    private static final long LINGER_BYTES = 8L * JsonLimits.MAX_REQUEST_BYTES;
    /** The access log: one line a request. */
    public static final String ACCESS_LOGGER = "veivalg.access";

    static final String RESOURCES = "io/github/veivalg/examples/service/";
    static final String WIZARD = RESOURCES + "wizard/";
    static final String OPENAPI = RESOURCES + "openapi.json";
    private static final Pattern WIZARD_FILE = Pattern.compile("[a-z0-9-]+\\.(css|js|svg|png)");
    private static final String JSON = "application/json; charset=utf-8";
    /** The wizard asks this host only: its scripts and styles come from /wizard/, its requests go to /v1/. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private final ServerConfig config;
    private final Veivalg veivalg;
    private final boolean ownsVeivalg;
    private final Server server;
    private final ServerConnector connector;
    private final ThreadPoolExecutor assessments;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** The connections with a request being answered, and how many (one, but for a pipelining client). */
    private final Map<EndPoint, Integer> busy = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private volatile boolean draining;
    /** The port listened on, kept: Jetty forgets it once the connector is closed. */
    private volatile int port = -1;

    private VeivalgServer(ServerConfig config, Veivalg veivalg, boolean ownsVeivalg) {
        this.config = config;
        this.veivalg = veivalg;
        this.ownsVeivalg = ownsVeivalg;
        // Jetty's threads only route and write: bodies are read without holding one, assessments run on
        // their own bounded pool. The number of connections is what is bounded (below).
        QueuedThreadPool threads = new QueuedThreadPool(64, 4, 60_000);
        threads.setName("veivalg-http");
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(config.idleTimeout().toMillis());
        // On shutdown Jetty would shorten the idle timeout of every connection, a slow upload in flight
        // included; close() closes the idle ones itself and lets the busy ones finish.
        connector.setShutdownIdleTimeout(config.idleTimeout().toMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(1024, connector));
        server.setHandler(new Router());
        server.setErrorHandler(new JsonErrors());
        Slf4jRequestLogWriter accessLog = new Slf4jRequestLogWriter();
        accessLog.setLoggerName(ACCESS_LOGGER);
        server.setRequestLog(new CustomRequestLog(accessLog, "%{client}a \"%r\" %s %O %{ms}Tms"));
        // close() drains the requests itself; Jetty's own stop then has nothing left to wait for.
        server.setStopTimeout(0);
        server.setStopAtShutdown(false);
        AtomicInteger n = new AtomicInteger();
        this.assessments = new ThreadPoolExecutor(config.assessmentThreads(), config.assessmentThreads(), 0, TimeUnit.MILLISECONDS,
                config.assessmentQueue() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(config.assessmentQueue()), r -> {
                    Thread t = new Thread(r, "veivalg-assess-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Loads the knowledge base and starts listening. The knowledge base is closed with the server.
     *
     * @throws UncheckedIOException if the address cannot be listened on (a port in use, say)
     */
    public static VeivalgServer start(ServerConfig config) {
        Veivalg veivalg = Veivalg.create();
        try {
            return start(config, veivalg, true);
        } catch (RuntimeException | Error e) {
            veivalg.close();
            throw e;
        }
    }

    /** Starts listening with a knowledge base the caller owns (and closes): shared, not closed by {@link #close()}. */
    public static VeivalgServer start(ServerConfig config, Veivalg veivalg) {
        return start(config, veivalg, false);
    }

    private static VeivalgServer start(ServerConfig config, Veivalg veivalg, boolean owns) {
        VeivalgServer service = new VeivalgServer(config, veivalg, owns);
        try {
            service.server.start();
            service.port = service.connector.getLocalPort();
        } catch (Exception e) {
            service.stopQuietly();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot listen on " + config.host() + ":" + config.port() + ": " + io.getMessage(), io);
            }
            throw new IllegalStateException("the service did not start: " + e.getMessage(), e);
        }
        LOG.info("Veivalg service listening on {} ({})", service.uri(), veivalg.knowledgeBaseVersion());
        return service;
    }

    /** The port listened on: the one picked when started on port 0. */
    public int port() {
        return port;
    }

    /** The address of the wizard page, {@code http://host:port/}. */
    public URI uri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Requests being answered right now. */
    int inFlight() {
        return inFlight.get();
    }

    /** The assessment pool, for the tests that fill it. */
    ThreadPoolExecutor assessmentPool() {
        return assessments;
    }

    /**
     * Stops gracefully: stops accepting connections, lets the requests in flight finish (at most
     * {@link ServerConfig#stopTimeout()}), closes the idle connections, stops Jetty and the
     * assessment pool. Idempotent: a second caller waits for the first one's stop to end. Never throws.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        try {
            stop();
        } finally {
            stopped.countDown();
        }
    }

    private void stop() {
        draining = true;
        long deadline = System.nanoTime() + config.stopTimeout().toNanos();
        try {
            // Closes the listening socket: new connections are refused from here on.
            connector.shutdown();
        } catch (RuntimeException e) {
            LOG.warn("Stopping to accept failed: {}", e.toString());
        }
        // Idle keep-alive connections would hold the stop until their client speaks: close them now.
        // A busy one gets "Connection: close" with its answer, and Jetty closes it after that.
        closeConnections(false);
        // The pool stays open while requests are in flight: one whose body is still arriving is assessed too.
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            sleep(10);
        }
        if (inFlight.get() > 0) {
            LOG.warn("Stopping with {} request(s) unfinished after {}", inFlight.get(), config.stopTimeout());
        }
        assessments.shutdown();
        // What is still open now is idle, or past the stop timeout: close it rather than wait for its client.
        closeConnections(true);
        stopQuietly();
        try {
            if (!assessments.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                assessments.shutdownNow();
            }
        } catch (InterruptedException e) {
            assessments.shutdownNow();
            Thread.currentThread().interrupt();
        }
        if (ownsVeivalg) {
            veivalg.close();
        }
        LOG.info("Veivalg service stopped");
    }

    private void closeConnections(boolean busyToo) {
        for (EndPoint endPoint : new ArrayList<>(connector.getConnectedEndPoints())) {
            if (busyToo || !busy.containsKey(endPoint)) {
                endPoint.close();
            }
        }
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Jetty stopped with a failure: {}", e.toString());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- routing

    /** Routes every request; whatever happens, the exchange is answered. */
    private final class Router extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Exchange exchange = new Exchange(request, response, callback);
            try {
                route(exchange);
            } catch (InvalidRequestException e) {
                exchange.refuse(400, e);
            } catch (Throwable e) {
                exchange.internalFailure(e);
            }
            return true;
        }
    }

    private void route(Exchange ex) {
        String path = ex.request.getHttpURI().getPath();
        if (path == null) {
            path = "/";
        }
        switch (path) {
            case "/" -> {
                if (ex.allow("GET")) {
                    file(ex, WIZARD + "index.html", "text/html; charset=utf-8");
                }
            }
            case "/openapi.json" -> {
                if (ex.allow("GET")) {
                    file(ex, OPENAPI, JSON);
                }
            }
            case "/health" -> {
                if (ex.allow("GET")) {
                    ex.json(200, Map.of("status", "UP"));
                }
            }
            case "/ready" -> {
                if (ex.allow("GET")) {
                    ready(ex);
                }
            }
            case "/v1/assessments" -> {
                if (ex.allow("POST")) {
                    assess(ex, false);
                }
            }
            case "/v1/questions" -> {
                if (ex.allow("POST")) {
                    assess(ex, true);
                }
            }
            case "/v1/thresholds" -> {
                if (ex.allow("GET")) {
                    thresholds(ex);
                }
            }
            default -> {
                if (path.startsWith("/wizard/")) {
                    String name = path.substring("/wizard/".length());
                    if (!WIZARD_FILE.matcher(name).matches()) {
                        ex.notFound();
                    } else if (ex.allow("GET")) {
                        file(ex, WIZARD + name, contentType(name));
                    }
                } else if (path.startsWith("/v1/paths/") && path.indexOf('/', "/v1/paths/".length()) < 0) {
                    if (ex.allow("GET")) {
                        explain(ex, path.substring("/v1/paths/".length()));
                    }
                } else {
                    ex.notFound();
                }
            }
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "image/png";
    }

    private void file(Exchange ex, String resource, String contentType) {
        byte[] bytes = files.computeIfAbsent(resource, VeivalgServer::readResource);
        if (bytes == null) {
            ex.notFound();
            return;
        }
        ex.send(200, contentType, bytes, "Cache-Control", "no-cache",
                "Content-Security-Policy", CONTENT_SECURITY_POLICY, "Referrer-Policy", "no-referrer");
    }

    /** A resource of the service's folder on the class path, or {@code null} (not cached then) when it is missing. */
    private static byte[] readResource(String resource) {
        try (InputStream in = VeivalgServer.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ready(Exchange ex) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (draining) {
            body.put("status", "STOPPING");
            ex.json(503, body);
            return;
        }
        body.put("status", "READY");
        body.put("knowledgeBaseVersion", veivalg.knowledgeBaseVersion());
        ex.json(200, body);
    }

    // ---------------------------------------------------------------- the endpoints

    /** The language asked for: {@code ?lang=} first, else the first of nb or en in {@code Accept-Language}, else bokmål. */
    private static Locale locale(Exchange ex, List<Problem> problems) {
        String lang = ex.query("lang");
        if (lang != null) {
            if (lang.equalsIgnoreCase("en")) {
                return Locale.ENGLISH;
            }
            if (!lang.equalsIgnoreCase("nb")) {
                problems.add(new Problem("lang", "must be nb or en, was " + JsonLimits.quote(lang)));
            }
            return Veivalg.DEFAULT_LOCALE;
        }
        for (String range : ex.request.getHeaders().getQualityCSV(HttpHeader.ACCEPT_LANGUAGE)) {
            String primary = range.toLowerCase(Locale.ROOT);
            int dash = primary.indexOf('-');
            primary = dash < 0 ? primary : primary.substring(0, dash);
            if (primary.equals("en")) {
                return Locale.ENGLISH;
            }
            if (primary.equals("nb") || primary.equals("no") || primary.equals("nn")) {
                return Veivalg.DEFAULT_LOCALE;
            }
        }
        return Veivalg.DEFAULT_LOCALE;
    }

    private void assess(Exchange ex, boolean questions) {
        String contentType = ex.request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (!isJson(contentType)) {
            ex.errors(415, List.of(new Problem("Content-Type", "must be application/json (UTF-8), was "
                    + (contentType == null ? "missing" : JsonLimits.quote(contentType)))));
            return;
        }
        long length = ex.request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (length > JsonLimits.MAX_REQUEST_BYTES) {
            ex.refuse(413, JsonIo.tooLarge());
            return;
        }
        List<Problem> problems = new ArrayList<>();
        Locale locale = locale(ex, problems);
        new BodyReader(ex, length, body -> {
            try {
                assessments.execute(() -> answer(ex, body, locale, problems, questions));
            } catch (RejectedExecutionException e) {
                ex.errors(503, List.of(new Problem("request", draining ? "the service is stopping; send it again elsewhere or later"
                        : "the service is busy; send it again in a moment")), "Retry-After", "1");
            }
        }).start();
    }

    /** On an assessment thread: reads, assesses and answers, or refuses with every problem. */
    private void answer(Exchange ex, byte[] body, Locale locale, List<Problem> queryProblems, boolean questions) {
        try {
            Map<String, Object> json;
            AssessmentRequest request;
            try {
                json = JsonIo.readObject(body);
                request = JsonContract.requestFromMap(json);
            } catch (InvalidRequestException e) {
                if (queryProblems.isEmpty()) {
                    throw e;
                }
                List<Problem> all = new ArrayList<>(queryProblems);
                all.addAll(e.problems());
                throw new InvalidRequestException(all, e.unlistedProblems());
            }
            if (!queryProblems.isEmpty()) {
                throw new InvalidRequestException(queryProblems);
            }
            Map<String, Object> answer;
            if (questions) {
                answer = ContractAnswers.questions(veivalg.assess(request, locale));
            } else if (JsonContract.whatIfRequested(json)) {
                answer = ContractAnswers.assessment(veivalg, veivalg.whatIf(request, locale));
            } else {
                answer = ContractAnswers.assessment(veivalg, veivalg.assess(request, locale));
            }
            ex.json(200, answer);
        } catch (InvalidRequestException e) {
            ex.refuse(400, e);
        } catch (Throwable e) {
            ex.internalFailure(e);
        }
    }

    private void thresholds(Exchange ex) {
        List<Problem> problems = new ArrayList<>();
        Locale locale = locale(ex, problems);
        String date = ex.query("date");
        LocalDate day = null;
        if (date == null || date.isBlank()) {
            problems.add(new Problem("date", "is missing: give ?date=YYYY-MM-DD"));
        } else {
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add(new Problem("date", "is not an ISO date (YYYY-MM-DD): " + JsonLimits.quote(date)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Optional<ThresholdsInForce> row = veivalg.thresholdsOn(day, locale);
        if (row.isEmpty()) {
            throw new InvalidRequestException(List.of(new Problem("date", "is unsupported: before " + AssessmentRequest.FIRST_SUPPORTED_DATE)));
        }
        ex.json(200, ContractAnswers.thresholds(row.get()));
    }

    private void explain(Exchange ex, String id) {
        List<Problem> problems = new ArrayList<>();
        Locale locale = locale(ex, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        PathId path;
        try {
            path = PathId.valueOf(id.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            ex.errors(404, List.of(new Problem("id", "is not a path id: " + JsonLimits.quote(id) + " (one of "
                    + Arrays.toString(PathId.values()) + ")")));
            return;
        }
        ex.json(200, ContractAnswers.path(veivalg.explain(path, locale)));
    }

    private static boolean hasBody(Request request) {
        HttpFields headers = request.getHeaders();
        return headers.getLongField(HttpHeader.CONTENT_LENGTH) > 0 || headers.contains(HttpHeader.TRANSFER_ENCODING);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].trim().split("=", 2);
            if (param[0].trim().equalsIgnoreCase("charset")
                    && (param.length < 2 || !param[1].trim().replace("\"", "").equalsIgnoreCase("utf-8"))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- one request, answered once

    /**
     * One request and its answer. {@link #send} and {@link #abort} each complete Jetty's callback,
     * and only the first of them does anything: a request is answered exactly once, and counted in
     * flight until then.
     */
    private final class Exchange {
        final Request request;
        final Response response;
        private final Callback callback;
        private final AtomicBoolean answered = new AtomicBoolean();
        private final AtomicBoolean completed = new AtomicBoolean();
        private final EndPoint endPoint;
        /** Set when the body has been read to its end; until then an answer closes the connection. */
        private volatile boolean bodyRead;
        private Fields query;

        Exchange(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
            inFlight.incrementAndGet();
            busy.merge(endPoint, 1, Integer::sum);
        }

        String query(String name) {
            if (query == null) {
                try {
                    query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
                } catch (RuntimeException e) {
                    throw new InvalidRequestException(List.of(new Problem("query", "is not a valid query string")));
                }
            }
            return query.getValue(name);
        }

        /** Whether the method is the one allowed here; answers 405 when it is not. */
        boolean allow(String method) {
            if (request.getMethod().equals(method)) {
                return true;
            }
            errors(405, List.of(new Problem("method", JsonLimits.quote(request.getMethod()) + " is not allowed here: use " + method)),
                    "Allow", method);
            return false;
        }

        void notFound() {
            errors(404, List.of(new Problem("path", "there is nothing at " + JsonLimits.quote(request.getHttpURI().getPath())
                    + "; see /openapi.json")));
        }

        void json(int status, Object body) {
            send(status, JSON, JsonIo.write(body, false).getBytes(StandardCharsets.UTF_8));
        }

        void errors(int status, List<Problem> problems, String... headers) {
            send(status, JSON, JsonIo.errors(problems, false).getBytes(StandardCharsets.UTF_8), headers);
        }

        void refuse(int status, InvalidRequestException refusal) {
            // A body refused for its size is not read to its end: the connection goes with the answer.
            String[] headers = status == 413 ? new String[] {"Connection", "close"} : new String[0];
            send(status, JSON, JsonIo.errors(refusal, false).getBytes(StandardCharsets.UTF_8), headers);
        }

        /** A failure of ours: logged with its stack trace under an incident id; the client gets the id, never the trace. */
        void internalFailure(Throwable e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            try {
                LOG.error("Internal failure {} answering {} {}", incident, request.getMethod(), request.getHttpURI().getPath(), e);
            } catch (Throwable ignored) {
                // The answer below still says it.
            }
            errors(500, List.of(new Problem("server", "internal failure; nothing was answered (incident " + incident + ")")));
        }

        void send(int status, String contentType, byte[] body, String... headers) {
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            try {
                response.setStatus(status);
                HttpFields.Mutable fields = response.getHeaders();
                fields.put(HttpHeader.CONTENT_TYPE, contentType);
                fields.put(HttpHeader.CONTENT_LENGTH, body.length);
                fields.put("X-Content-Type-Options", "nosniff");
                if (contentType.startsWith("application/json")) {
                    fields.put(HttpHeader.CACHE_CONTROL, "no-store");
                }
                for (int i = 0; i + 1 < headers.length; i += 2) {
                    fields.put(headers[i], headers[i + 1]);
                }
                boolean unread = !bodyRead && hasBody(request);
                if (unread) {
                    // Answered before its body was read (405, 415, 413, 408...): Jetty will not read the rest
                    // after the answer, so the connection goes, and the client must know before it reuses it.
                    fields.put(new HttpField(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString()));
                } else if (draining) {
                    // Stopping: the client is to open its next connection elsewhere.
                    fields.put(new HttpField(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString()));
                }
                // A client still sending a body answered before it was read would have its connection reset
                // by a close with that body unread, and could lose the answer already sent: what it sends
                // is read and dropped first (bounded), whatever the answer. Not after a timeout (the client
                // is too slow to wait for), nor when stopping. A client waiting for 100-continue is never
                // sent it, and Jetty ends its body at once (ServiceLimitsTest).
                boolean linger = unread && status != 408 && !draining;
                response.write(true, ByteBuffer.wrap(body), new Callback() {
                    @Override
                    public void succeeded() {
                        if (linger) {
                            new Dropper(Exchange.this).start();
                        } else {
                            complete(null);
                        }
                    }

                    @Override
                    public void failed(Throwable x) {
                        complete(x);
                    }

                    @Override
                    public InvocationType getInvocationType() {
                        return callback.getInvocationType();
                    }
                });
            } catch (Throwable e) {
                complete(e);
            }
        }

        /** Gives up on a request whose client is gone or broke it: no answer can reach it. */
        void abort(Throwable cause) {
            if (answered.compareAndSet(false, true)) {
                complete(cause);
            }
        }

        private void complete(Throwable failure) {
            if (!completed.compareAndSet(false, true)) {
                return;
            }
            try {
                if (failure == null) {
                    callback.succeeded();
                } else {
                    callback.failed(failure);
                }
            } finally {
                // Counted until Jetty has the completion: a stop that sees zero has nothing to cut short.
                busy.computeIfPresent(endPoint, (e, n) -> n == 1 ? null : n - 1);
                inFlight.decrementAndGet();
            }
        }
    }

    /**
     * Reads a request body as it arrives, without holding a thread while waiting for it, and within
     * {@link ServerConfig#readTimeout()} in all: each chunk goes to {@link #take} until the reading is
     * over. {@link #finish()} ends it; of the chunk that ends it, the timeout and a failure of ours,
     * only the first to call it acts.
     */
    private abstract class ChunkReader implements Runnable {
        final Exchange ex;
        private final AtomicBoolean over = new AtomicBoolean();
        private volatile Scheduler.Task timeout;

        ChunkReader(Exchange ex) {
            this.ex = ex;
        }

        final void start() {
            timeout = server.getScheduler().schedule(this::timedOut, config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            run();
        }

        @Override
        public final void run() {
            try {
                while (!over.get()) {
                    Content.Chunk chunk = ex.request.read();
                    if (chunk == null) {
                        ex.request.demand(this);
                        return;
                    }
                    try {
                        if (!take(chunk)) {
                            return;
                        }
                    } finally {
                        chunk.release();
                    }
                }
            } catch (Throwable e) {
                failed(e);
            }
        }

        /** Takes one chunk (released afterwards); whether to read on. */
        abstract boolean take(Content.Chunk chunk);

        /** The read timeout has passed. */
        abstract void timedOut();

        /** Reading failed with an exception of ours. */
        abstract void failed(Throwable e);

        /** Ends the reading; whether this call did (and so is the one to answer). */
        final boolean finish() {
            if (!over.compareAndSet(false, true)) {
                return false;
            }
            Scheduler.Task t = timeout;
            if (t != null) {
                t.cancel();
            }
            return true;
        }
    }

    /**
     * Reads a request body: at most {@link JsonLimits#MAX_REQUEST_BYTES} bytes are held, a body past
     * that is refused with 413 at the chunk that passes it, and reading that takes longer than
     * {@link ServerConfig#readTimeout()} in all is refused with 408. Exactly one of the body, a
     * refusal or an abort comes out.
     */
    private final class BodyReader extends ChunkReader {
        private final java.util.function.Consumer<byte[]> then;
        private byte[] buffer;
        private int size;

        BodyReader(Exchange ex, long length, java.util.function.Consumer<byte[]> then) {
            super(ex);
            this.then = then;
            this.buffer = new byte[(int) Math.min(JsonLimits.MAX_REQUEST_BYTES, length >= 0 ? length : 16 * 1024)];
        }

        @Override
        boolean take(Content.Chunk chunk) {
            if (Content.Chunk.isFailure(chunk)) {
                if (finish()) {
                    if (chunk.getFailure() instanceof TimeoutException) {
                        ex.errors(408, List.of(new Problem("request", "the body did not arrive in time: the connection was silent too long")),
                                "Connection", "close");
                    } else {
                        ex.abort(chunk.getFailure());
                    }
                }
                return false;
            }
            ByteBuffer bytes = chunk.getByteBuffer();
            int n = bytes.remaining();
            if ((long) size + n > JsonLimits.MAX_REQUEST_BYTES) {
                if (finish()) {
                    ex.refuse(413, JsonIo.tooLarge());
                }
                return false;
            }
            if (size + n > buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(JsonLimits.MAX_REQUEST_BYTES, Math.max(size + n, 2L * buffer.length)));
            }
            bytes.get(buffer, size, n);
            size += n;
            if (chunk.isLast()) {
                ex.bodyRead = true;
                if (finish()) {
                    then.accept(size == buffer.length ? buffer : Arrays.copyOf(buffer, size));
                }
                return false;
            }
            return true;
        }

        @Override
        void timedOut() {
            if (finish()) {
                ex.errors(408, List.of(new Problem("request", "the body did not arrive within " + config.readTimeout().toMillis()
                        + " ms")), "Connection", "close");
            }
        }

        @Override
        void failed(Throwable e) {
            if (finish()) {
                ex.internalFailure(e);
            }
        }
    }

    /**
     * Reads and drops the rest of a body refused before it was read, then completes its exchange,
     * so that the connection is closed with nothing unread in it: at most {@link #LINGER_BYTES} bytes,
     * within {@link ServerConfig#readTimeout()}; past either, the connection is closed as it is.
     * The answer is already sent: whatever ends the reading only completes the exchange.
     */
    private final class Dropper extends ChunkReader {
        private long dropped;

        Dropper(Exchange ex) {
            super(ex);
        }

        @Override
        boolean take(Content.Chunk chunk) {
            dropped += chunk.remaining();
            if (chunk.isLast() || Content.Chunk.isFailure(chunk) || dropped > LINGER_BYTES) {
                end();
                return false;
            }
            return true;
        }

        @Override
        void timedOut() {
            end();
        }

        @Override
        void failed(Throwable e) {
            end();
        }

        private void end() {
            if (finish()) {
                ex.complete(null);
            }
        }
    }

    /** Jetty's own refusals (a malformed request line, headers too large) in the contract's error shape, without a trace. */
    private static final class JsonErrors extends ErrorHandler {
        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                        Callback callback) {
            String reason = HttpStatus.getMessage(code);
            byte[] body = JsonIo.errors(List.of(new Problem("request", "refused: " + code + " " + reason)), false)
                    .getBytes(StandardCharsets.UTF_8);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
        }
    }
}
