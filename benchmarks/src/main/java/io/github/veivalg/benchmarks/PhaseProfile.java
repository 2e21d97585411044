package io.github.veivalg.benchmarks;

import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.PathResult;
import io.github.veivalg.Presumption;
import io.github.veivalg.Question;
import io.github.veivalg.Veivalg;
import io.github.veivalg.Warning;
import io.github.veivalg.internal.Assembler;
import io.github.veivalg.internal.Engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where one assessment's time goes: each phase of a call (request mapping, date facts, session,
 * insert, fire, reset, collect, answer assembly) timed on the engine's own {@link Engine.Clock}, and
 * then the rendering of every text of the answer (what a JSON or text writer reads), one thread,
 * round-robin over the scenario mix.
 *
 * <p>The clock costs two {@code System.nanoTime()} readings per phase (some 25 ns each), so the sum
 * is a little above a plain call's time; the shares are what it is for.
 */
public final class PhaseProfile {

    /**
     * Per-phase means in microseconds, in the order of the phases, then {@code TEXT}; the p50 and mean
     * of whole calls; the thread's CPU time and heap allocated (KiB) per call; the rules fired per call.
     */
    public record Result(Map<String, Double> meanMicros, double p50Micros, double callMeanMicros, double cpuMicros,
                         double allocatedKb, double rulesFired, int calls) {
    }

    private PhaseProfile() {
    }

    public static void main(String[] args) throws Exception {
        int warmupSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        Engine.Strategy strategy = args.length > 2 ? Engine.Strategy.valueOf(args[2]) : Engine.DEFAULT_STRATEGY;
        Result r = run(strategy, warmupSeconds, calls);
        System.out.println(table(r));
    }

    /** Runs the profile in this JVM with the given strategy. */
    public static Result run(Engine.Strategy strategy, int warmupSeconds, int calls) throws Exception {
        Veivalg veivalg = KnowledgeBaseState.create(strategy);
        try {
            Assembler assembler = Probes.assemblerOf(veivalg);
            AssessmentRequest[] mix = Inputs.mix();
            Marks clock = new Marks();
            long until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
            int i = 0;
            long sink = 0;
            while (System.nanoTime() < until) {
                clock.start();
                Assessment a = assembler.assess(mix[i++ % mix.length], Locale.ENGLISH, clock);
                sink += renderAll(a);
            }
            clock.reset();
            long[] perCall = new long[calls];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long allocatedStart = allocatedBytes();
            long fired = 0;
            for (int n = 0; n < calls; n++) {
                long start = clock.start();
                Assessment a = assembler.assess(mix[i++ % mix.length], Locale.ENGLISH, clock);
                long assessed = System.nanoTime();
                perCall[n] = assessed - start;
                sink += renderAll(a);
                fired += a.firedRules().size();
                clock.text += System.nanoTime() - assessed;
            }
            double cpuMicros = (threads.getCurrentThreadCpuTime() - cpuStart) / 1000.0 / calls;
            double allocatedKb = (allocatedBytes() - allocatedStart) / 1024.0 / calls;
            if (sink == 42) {
                System.out.print("");
            }
            Arrays.sort(perCall);
            Map<String, Double> means = new LinkedHashMap<>();
            for (Engine.Phase phase : Engine.Phase.values()) {
                means.put(phase.name(), clock.nanos[phase.ordinal()] / 1000.0 / calls);
            }
            means.put("TEXT", clock.text / 1000.0 / calls);
            double mean = Arrays.stream(perCall).average().orElse(0) / 1000.0;
            return new Result(means, perCall[calls / 2] / 1000.0, mean, cpuMicros, allocatedKb, (double) fired / calls, calls);
        } finally {
            veivalg.close();
        }
    }

    /** The result as the {@code key=value} pairs of a probe's {@code RESULT} line. */
    static String encode(Result r) {
        StringBuilder out = new StringBuilder();
        r.meanMicros().forEach((phase, micros) -> out.append(phase).append('=').append(micros).append(' '));
        return out.append("p50=").append(r.p50Micros()).append(" mean=").append(r.callMeanMicros()).append(" cpu=").append(r.cpuMicros()).append(" allocatedKb=").append(r.allocatedKb()).append(" rulesFired=").append(r.rulesFired()).append(" calls=").append(r.calls()).toString();
    }

    /** The result from a probe's {@code RESULT} pairs. */
    static Result decode(Map<String, String> values) {
        Map<String, Double> means = new LinkedHashMap<>();
        for (Engine.Phase phase : Engine.Phase.values()) {
            means.put(phase.name(), Double.parseDouble(values.get(phase.name())));
        }
        means.put("TEXT", Double.parseDouble(values.get("TEXT")));
        return new Result(means, Double.parseDouble(values.get("p50")), Double.parseDouble(values.get("mean")), Double.parseDouble(values.get("cpu")),
                Double.parseDouble(values.get("allocatedKb")), Double.parseDouble(values.get("rulesFired")),
                Integer.parseInt(values.get("calls")));
    }

    /** The profile as a markdown table: phase, mean µs, share of the call (text rendering as its own row). */
    public static String table(Result r) {
        double engineAndAssembly = r.meanMicros().entrySet().stream().filter(e -> !e.getKey().equals("TEXT"))
                .mapToDouble(Map.Entry::getValue).sum();
        StringBuilder out = new StringBuilder();
        out.append("| phase | mean µs per call | share of `assess` |\n|---|---:|---:|\n");
        r.meanMicros().forEach((phase, micros) -> {
            String share = phase.equals("TEXT") ? "(after `assess`)" : String.format(Locale.ROOT, "%.0f %%", 100 * micros / engineAndAssembly);
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %s |%n", label(phase), micros, share));
        });
        out.append(String.format(Locale.ROOT, "| `assess` in all (p50 / mean of %,d calls) | %.1f / %.1f | |%n",
                r.calls(), r.p50Micros(), r.callMeanMicros()));
        out.append(String.format(Locale.ROOT, "| CPU time of the thread per call, text rendering included | %.1f | |%n",
                r.cpuMicros()));
        out.append(String.format(Locale.ROOT, "| heap allocated per call, text rendering included (KiB; a measure the machine's noise does not move) | %.1f | |%n",
                r.allocatedKb()));
        out.append(String.format(Locale.ROOT, "| rules fired per call (mean) | %.1f | |%n", r.rulesFired()));
        return out.toString();
    }

    private static String label(String phase) {
        return switch (phase) {
            case "MAPPING" -> "request mapping (request → `Case`)";
            case "DATE_FACTS" -> "date facts (threshold row, law calendar, CPV profile, open questions)";
            case "SESSION" -> "session get";
            case "INSERT" -> "insert";
            case "FIRE" -> "fire";
            case "RESET" -> "session reset / dispose";
            case "COLLECT" -> "collect the outcome";
            case "ASSEMBLY" -> "answer assembly";
            case "TEXT" -> "rendering every text of the answer";
            default -> phase;
        };
    }

    /** Every text a writer of the whole answer reads, so that none of it is left unrendered. */
    static long renderAll(Assessment a) {
        long n = a.bandText().length();
        for (PathResult p : a.paths()) {
            n += p.title().length() + p.statusText().length() + p.reason().length();
            for (String o : p.obligations()) {
                n += o.length();
            }
            for (String o : p.permissions()) {
                n += o.length();
            }
            for (Presumption pr : p.presumptions()) {
                n += pr.text().length();
            }
        }
        for (Warning w : a.warnings()) {
            n += w.message().length();
        }
        for (Question q : a.nextQuestions()) {
            n += q.text().length();
        }
        return n;
    }


    /** The bytes this thread has allocated so far (HotSpot's counter; -1 where the JVM has none). */
    private static long allocatedBytes() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads instanceof com.sun.management.ThreadMXBean hotspot ? hotspot.getCurrentThreadAllocatedBytes() : -1;
    }

    /** A clock that adds each phase's time to its total. */
    private static final class Marks implements Engine.Clock {
        final long[] nanos = new long[Engine.Phase.values().length];
        long text;
        private long last;

        long start() {
            last = System.nanoTime();
            return last;
        }

        void reset() {
            Arrays.fill(nanos, 0);
            text = 0;
        }

        @Override
        public void mark(Engine.Phase phase) {
            long now = System.nanoTime();
            nanos[phase.ordinal()] += now - last;
            last = now;
        }
    }
}
