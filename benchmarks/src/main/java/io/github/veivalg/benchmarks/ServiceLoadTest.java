package io.github.veivalg.benchmarks;

import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.Veivalg;
import io.github.veivalg.examples.ContractAnswers;
import io.github.veivalg.examples.JsonIo;
import io.github.veivalg.legal.Scenarios;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The service under a bounded load, on 127.0.0.1: starts {@code java -jar examples/target/veivalg.jar
 * serve --port 0} as its own process, sends N requests, C at a time, over the sample cases and the
 * legal test suite's valid requests (alternately in bokmål and English) to
 * {@code POST /v1/assessments}, and checks every answer: status 200 and the very JSON the library
 * gives for the same request and language ({@code ContractAnswers.assessment} of
 * {@code Veivalg.assess}, written by the same writer). Prints errors, mismatches, p50/p90/p99/max
 * latency, throughput, and the server's RSS before, after a warm-up, and after the run; exits 1 on
 * any error or mismatch.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.github.veivalg.benchmarks.ServiceLoadTest [requests] [concurrency] [jar]}
 * (defaults 20 000, 16, examples/target/veivalg.jar), from the project root.
 */
public final class ServiceLoadTest {

    private ServiceLoadTest() {
    }

    record Case(String name, byte[] body, String lang, String expected) {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        Path jar = Path.of(args.length > 2 ? args[2] : "examples/target/veivalg.jar");
        List<Case> cases = cases();
        System.out.printf(Locale.ROOT, "%d requests, %d at a time, over %d cases (sample cases and scenario requests, nb and en)%n",
                requests, concurrency, cases.size());

        Process server = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "serve", "--port", "0", "--threads", "2", "--queue", "256"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            Matcher m = Pattern.compile("^Veivalg listening on (\\S+)$").matcher(String.valueOf(out.readLine()));
            if (!m.matches()) {
                throw new IllegalStateException("the service did not start");
            }
            URI uri = URI.create(m.group(1)).resolve("/v1/assessments");
            long rssStart = rssKiB(server.pid());
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(10)).build();
            run(client, uri, cases, Math.min(2_000, requests), concurrency, new long[Math.min(2_000, requests)]);
            long rssWarm = rssKiB(server.pid());

            long[] latencies = new long[requests];
            long start = System.nanoTime();
            long[] failures = run(client, uri, cases, requests, concurrency, latencies);
            double seconds = (System.nanoTime() - start) / 1e9;
            long rssEnd = rssKiB(server.pid());
            Arrays.sort(latencies);
            System.out.printf(Locale.ROOT, "errors %d, answers differing from the library's %d%n", failures[0], failures[1]);
            System.out.printf(Locale.ROOT, "latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    pct(latencies, 0.50), pct(latencies, 0.90), pct(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
            System.out.printf(Locale.ROOT, "throughput %.0f requests/s (%.1f s)%n", requests / seconds, seconds);
            System.out.printf(Locale.ROOT, "server RSS: %.0f MiB at start, %.0f MiB after %d warm-up requests, %.0f MiB after the run%n",
                    rssStart / 1024.0, rssWarm / 1024.0, Math.min(2_000, requests), rssEnd / 1024.0);
            System.out.printf(Locale.ROOT, "machine: %d cores, load average before %s%n", Runtime.getRuntime().availableProcessors(),
                    Files.readString(Path.of("/proc/loadavg")).trim());
            server.toHandle().destroy(); // SIGTERM, leaving its standard output open
            boolean stopped = server.waitFor(60, TimeUnit.SECONDS);
            System.out.println("SIGTERM: " + (stopped ? "exit " + server.exitValue() : "did not stop within 60 s"));
            if (failures[0] + failures[1] > 0 || !stopped || server.exitValue() != 0) {
                System.exit(1);
            }
        } finally {
            server.destroyForcibly();
        }
    }

    /** Sends {@code requests} requests, {@code concurrency} at a time; returns {errors, mismatches}. */
    private static long[] run(HttpClient client, URI uri, List<Case> cases, int requests, int concurrency, long[] latencies)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong mismatches = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        for (int w = 0; w < concurrency; w++) {
            workers.execute(() -> {
                for (int i; (i = next.getAndIncrement()) < requests; ) {
                    Case c = cases.get(i % cases.size());
                    HttpRequest request = HttpRequest.newBuilder(URI.create(uri + "?lang=" + c.lang())).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(c.body())).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - t0;
                        if (r.statusCode() != 200) {
                            report(errors, c.name() + ": status " + r.statusCode() + " " + r.body());
                        } else if (!r.body().equals(c.expected())) {
                            report(mismatches, c.name() + ": the answer differs from the library's");
                        }
                    } catch (IOException | RuntimeException e) {
                        latencies[i] = System.nanoTime() - t0;
                        report(errors, c.name() + ": " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.HOURS);
        return new long[] {errors.get(), mismatches.get()};
    }

    private static void report(AtomicLong count, String what) {
        if (count.incrementAndGet() <= 5) {
            System.out.println("FAILURE " + what);
        }
    }

    /** The sample cases and every valid scenario request, each in both languages, with the library's own answer. */
    static List<Case> cases() throws IOException {
        List<String[]> bodies = new ArrayList<>();
        Path samples = Files.isDirectory(Path.of("examples/cases")) ? Path.of("examples/cases") : Path.of("../examples/cases");
        try (Stream<Path> files = Files.list(samples)) {
            for (Path f : files.sorted().toList()) {
                bodies.add(new String[] {f.getFileName().toString(), Files.readString(f)});
            }
        }
        Inputs.locateScenarios();
        for (Scenarios.Scenario s : Scenarios.all()) {
            if (s.expect().containsKey("invalid")) {
                continue;
            }
            bodies.add(new String[] {s.file().getFileName() + " " + s.name(), JsonIo.write(s.request(), false)});
        }
        List<Case> cases = new ArrayList<>();
        try (Veivalg veivalg = Veivalg.create()) {
            for (String[] b : bodies) {
                for (String lang : new String[] {"nb", "en"}) {
                    Locale locale = lang.equals("en") ? Locale.ENGLISH : Veivalg.DEFAULT_LOCALE;
                    try {
                        String expected = JsonIo.write(ContractAnswers.assessment(veivalg, veivalg.assess(JsonIo.readRequest(b[1]), locale)), false);
                        cases.add(new Case(b[0], b[1].getBytes(StandardCharsets.UTF_8), lang, expected));
                    } catch (InvalidRequestException e) {
                        // A scenario the contract refuses is the legal suite's test to report; the load is of answers.
                    }
                }
            }
        }
        return cases;
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
    }

    /** The resident set of a process, from /proc (Linux). */
    private static long rssKiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
