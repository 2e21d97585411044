package io.github.veivalg.benchmarks;

import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.Veivalg;
import io.github.veivalg.examples.JsonFuzz;
import io.github.veivalg.examples.JsonIo;
import io.github.veivalg.examples.RawHttp;
import io.github.veivalg.examples.service.ServerConfig;
import io.github.veivalg.examples.service.VeivalgServer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The JSON fuzzer at scale: {@code JsonFuzz}'s hostile inputs (valid, mutated, random trees,
 * oversized, 10 000 levels deep, huge numbers, binary) through the reader, and every request it
 * reads through the knowledge base. Each input must be answered completely (a status for every
 * path) or refused with listed problems in the project's words; anything else is a failure, printed
 * with its seed. Prints the tally and the heap after the largest refused input.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.github.veivalg.benchmarks.FuzzHarness [tries] [seed] [--service]}
 * (default 100 000 tries, seed 1). With {@code --service} the same inputs go over HTTP to an
 * in-process {@code VeivalgServer} ({@code POST /v1/assessments}) instead: each must be a 200 with
 * every path, or a 400 or 413 with listed problems ({@code JsonFuzz.checkServiceAnswer}); a 500,
 * another status, a partial answer or no answer within 2 minutes is a failure.
 */
public final class FuzzHarness {

    private FuzzHarness() {
    }

    public static void main(String[] args) throws java.io.IOException {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        if (arguments.remove("--service")) {
            service(arguments.size() > 0 ? Long.parseLong(arguments.get(0)) : 100_000, arguments.size() > 1 ? Long.parseLong(arguments.get(1)) : 1);
            return;
        }
        long tries = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Map<String, Long> answered = new TreeMap<>();
        Map<String, Long> refused = new TreeMap<>();
        Map<String, Long> inputs = new TreeMap<>();
        long failures = 0;
        int largestRefused = 0;
        long heapAfterLargest = 0;
        long start = System.nanoTime();
        try (Veivalg veivalg = Veivalg.create()) {
            for (long i = 0; i < tries; i++) {
                Random random = new Random(seed * 1_000_003L + i);
                JsonFuzz.Input input = JsonFuzz.next(random);
                inputs.merge(input.kind().name(), 1L, Long::sum);
                try {
                    AssessmentRequest request = JsonIo.readRequest(input.bytes());
                    Assessment answer = veivalg.assess(request, i % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("nb"));
                    if (answer.paths().size() != PathId.values().length) {
                        throw new AssertionError("an answer without every path: " + answer.paths().size());
                    }
                    answered.merge(input.kind().name(), 1L, Long::sum);
                } catch (InvalidRequestException e) {
                    try {
                        JsonFuzz.checkRefusal(e);
                        refused.merge(JsonFuzz.refusalKind(e), 1L, Long::sum);
                        if (input.bytes().length > largestRefused) {
                            largestRefused = input.bytes().length;
                            heapAfterLargest = usedHeapAfterGc();
                        }
                    } catch (AssertionError bad) {
                        failures++;
                        System.out.println("FAILURE seed " + (seed * 1_000_003L + i) + " " + input.kind() + ": " + bad.getMessage());
                    }
                } catch (Throwable t) {
                    failures++;
                    System.out.println("FAILURE seed " + (seed * 1_000_003L + i) + " " + input.kind() + ": " + t);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long answeredTotal = answered.values().stream().mapToLong(Long::longValue).sum();
        long refusedTotal = refused.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "tries %d (seed %d): answered %d, refused %d, failures %d, %.1f s%n",
                tries, seed, answeredTotal, refusedTotal, failures, seconds);
        System.out.println("inputs by kind:   " + inputs);
        System.out.println("answered by kind: " + answered);
        System.out.println("refused by kind:  " + refused);
        System.out.printf(Locale.ROOT, "largest refused input %.1f MiB; used heap after it (after GC) %.1f MiB; max heap %.0f MiB%n",
                largestRefused / 1048576.0, heapAfterLargest / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
        if (failures > 0) {
            System.exit(1);
        }
    }

    /** The fuzzer through the service: the same inputs over HTTP, each answer checked as the service's. */
    private static void service(long tries, long seed) throws java.io.IOException {
        Map<String, Long> outcomes = new TreeMap<>();
        Map<String, Long> inputs = new TreeMap<>();
        long failures = 0;
        long start = System.nanoTime();
        try (Veivalg veivalg = Veivalg.create();
             VeivalgServer server = VeivalgServer.start(ServerConfig.defaults().withPort(0), veivalg);
             RawHttp http = new RawHttp("127.0.0.1", server.port())) {
            for (long i = 0; i < tries; i++) {
                Random random = new Random(seed * 1_000_003L + i);
                JsonFuzz.Input input = JsonFuzz.next(random);
                inputs.merge(input.kind().name(), 1L, Long::sum);
                try {
                    RawHttp.Response r = http.post(i % 2 == 0 ? "/v1/assessments?lang=en" : "/v1/assessments", "application/json", input.bytes());
                    String outcome = JsonFuzz.checkServiceAnswer(r.status(), r.body());
                    outcomes.merge(outcome.startsWith("ANSWERED") ? "ANSWERED " + input.kind() : outcome, 1L, Long::sum);
                } catch (AssertionError | java.io.IOException bad) {
                    failures++;
                    System.out.println("FAILURE seed " + (seed * 1_000_003L + i) + " " + input.kind() + ": " + bad.getMessage());
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long answeredTotal = outcomes.entrySet().stream().filter(e -> e.getKey().startsWith("ANSWERED")).mapToLong(Map.Entry::getValue).sum();
        long refusedTotal = outcomes.entrySet().stream().filter(e -> e.getKey().startsWith("REFUSED")).mapToLong(Map.Entry::getValue).sum();
        System.out.printf(Locale.ROOT, "service: tries %d (seed %d): answered %d, refused %d, failures %d, %.1f s%n",
                tries, seed, answeredTotal, refusedTotal, failures, seconds);
        System.out.println("inputs by kind:   " + inputs);
        System.out.println("outcomes:         " + outcomes);
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
