package io.github.veivalg.benchmarks;

import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.PathId;
import io.github.veivalg.Veivalg;
import io.github.veivalg.examples.JsonFuzz;
import io.github.veivalg.examples.JsonIo;

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
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.github.veivalg.benchmarks.FuzzHarness [tries] [seed]}
 * (default 100 000 tries, seed 1).
 */
public final class FuzzHarness {

    private FuzzHarness() {
    }

    public static void main(String[] args) {
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

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
