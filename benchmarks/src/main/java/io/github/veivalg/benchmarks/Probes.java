package io.github.veivalg.benchmarks;

import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.PathResult;
import io.github.veivalg.Veivalg;
import io.github.veivalg.internal.Assembler;
import io.github.veivalg.internal.Engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measurements that need a fresh JVM each, started by {@link RunAll} as child processes. Each prints
 * one line {@code RESULT key=value …} on standard output.
 *
 * <ul>
 *   <li>{@code load}: the time {@code Veivalg.create()} takes as the first thing in a JVM, and the
 *       heap it retains (heap in use after full collections, after the load minus before it).</li>
 *   <li>{@code soak STRATEGY COUNT THREADS}: COUNT assessments of the scenario mix on THREADS
 *       threads, each compared with the serial answer to the same input, with the heap in use after
 *       full collections and the rule sessions the knowledge base still tracks at every tenth.</li>
 *   <li>{@code profile STRATEGY WARMUP_SECONDS CALLS}: where one call's time goes, per phase
 *       ({@link PhaseProfile}).</li>
 * </ul>
 */
public final class Probes {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private Probes() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "load" -> load();
            case "soak" -> soak(Engine.Strategy.valueOf(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "profile" -> System.out.println("RESULT " + PhaseProfile.encode(
                    PhaseProfile.run(Engine.Strategy.valueOf(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]))));
            default -> throw new IllegalArgumentException("usage: Probes load | soak STRATEGY COUNT THREADS | profile STRATEGY WARMUP_SECONDS CALLS");
        }
    }

    private static void load() throws InterruptedException {
        long before = settledHeap();
        long start = System.nanoTime();
        Veivalg veivalg = Veivalg.create();
        long loadNanos = System.nanoTime() - start;
        long after = settledHeap();
        String strategy = strategyOf(veivalg).name();
        Reference.reachabilityFence(veivalg);
        System.out.printf(Locale.ROOT, "RESULT loadMillis=%.1f retainedBytes=%d strategy=%s%n", loadNanos / 1e6, after - before, strategy);
        veivalg.close();
    }

    private static void soak(Engine.Strategy strategy, int count, int threads) throws Exception {
        Veivalg veivalg = KnowledgeBaseState.create(strategy);
        AssessmentRequest[] mix = Inputs.mix();
        long[] serial = new long[mix.length];
        for (int i = 0; i < mix.length; i++) {
            serial[i] = fingerprint(veivalg.assess(mix[i]));
        }
        int checkpoints = 10;
        int perThreadPerCheckpoint = count / checkpoints / threads;
        AtomicInteger mismatches = new AtomicInteger();
        List<Long> heap = new ArrayList<>();
        List<Integer> sessions = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long done = 0;
        try {
            // One cursor per thread, as in the JMH benchmarks; a thread's next task goes on where
            // its last stopped (Future.get() below orders the hand-over).
            Cursor[] cursors = new Cursor[threads];
            for (int t = 0; t < threads; t++) {
                cursors[t] = new Cursor(t);
            }
            for (int c = 0; c < checkpoints; c++) {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Cursor cursor = cursors[t];
                    futures.add(pool.submit(() -> {
                        int local = 0;
                        for (int i = 0; i < perThreadPerCheckpoint; i++) {
                            int k = cursor.next(mix.length);
                            if (fingerprint(veivalg.assess(mix[k])) != serial[k]) {
                                local++;
                            }
                        }
                        mismatches.addAndGet(local);
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                done += (long) perThreadPerCheckpoint * threads;
                heap.add(settledHeap());
                sessions.add(liveSessions(veivalg));
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "RESULT strategy=%s assessments=%d threads=%d seconds=%.1f mismatches=%d liveSessions=%s heapBytes=%s%n",
                strategy, done, threads, seconds, mismatches.get(), join(sessions), join(heap));
        veivalg.close();
    }

    /**
     * What an answer decided, folded into one number: the band, and for every path its status, the
     * rule that decided it and the missing facts; the warnings; the number of rules that fired.
     */
    static long fingerprint(Assessment a) {
        long h = a.band().ordinal();
        for (PathResult p : a.paths()) {
            h = h * 31 + p.id().ordinal();
            h = h * 31 + p.status().ordinal();
            h = h * 31 + p.decidedBy().hashCode();
            h = h * 31 + p.missingFacts().hashCode();
        }
        for (io.github.veivalg.Warning w : a.warnings()) {
            h = h * 31 + w.code().hashCode();
        }
        return h * 31 + a.firedRules().size();
    }

    private static String join(List<? extends Number> values) {
        StringBuilder b = new StringBuilder();
        for (Number v : values) {
            b.append(b.length() == 0 ? "" : ",").append(v);
        }
        return b.toString();
    }

    /** Heap in use after full collections, once it stops falling. */
    static long settledHeap() throws InterruptedException {
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 8; i++) {
            System.gc();
            Thread.sleep(50);
            long used = MEMORY.getHeapMemoryUsage().getUsed();
            if (used >= last - 64 * 1024 && i >= 2) {
                return Math.min(used, last);
            }
            last = Math.min(last, used);
        }
        return last;
    }

    /** The rule sessions the knowledge base still tracks: a session leak shows here first. */
    static int liveSessions(Veivalg veivalg) throws ReflectiveOperationException {
        return engineOf(veivalg).knowledgeBase().kieBase().getKieSessions().size();
    }

    static Engine.Strategy strategyOf(Veivalg veivalg) {
        try {
            return engineOf(veivalg).strategy();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The engine behind the facade; the harness may look, the API does not show it. */
    private static Engine engineOf(Veivalg veivalg) throws ReflectiveOperationException {
        return assemblerOf(veivalg).engine();
    }

    /** The facade behind {@link Veivalg}, whose {@code assess} takes a per-phase clock. */
    static Assembler assemblerOf(Veivalg veivalg) throws ReflectiveOperationException {
        Field field = Veivalg.class.getDeclaredField("assembler");
        field.setAccessible(true);
        return (Assembler) field.get(veivalg);
    }
}
