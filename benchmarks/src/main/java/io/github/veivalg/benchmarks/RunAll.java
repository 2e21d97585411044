package io.github.veivalg.benchmarks;

import io.github.veivalg.Veivalg;
import io.github.veivalg.internal.Engine;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.annotations.Mode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs every measurement and prints one markdown table: measure | result | target | met?.
 *
 * <pre>
 * ./mvnw -q -B -DskipTests install &amp;&amp; java -jar benchmarks/target/benchmarks.jar
 * </pre>
 *
 * <p>Run from the project root. {@code --quick} runs everything with tiny settings, to check the
 * harness itself; its numbers mean nothing. The JMH log and JSON results go beside the jar; the table
 * also goes to {@code benchmarks/results/latest.md}.
 */
public final class RunAll {

    // Targets of the performance issue.
    static final double TARGET_P50_MICROS = 10;
    static final double TARGET_RATIO = 40;
    static final double TARGET_THROUGHPUT_2_THREADS = 150_000;
    static final double TARGET_COLD_START_SECONDS = 0.8;
    static final double TARGET_RETAINED_MB = 16;
    /** Heap stability: heap in use after full collections may not grow by more than this from the first tenth to the end. */
    static final double STABLE_HEAP_GROWTH_MB = 1;

    /*
     * JMH settings for the knowledge base. It reaches its steady state after about 10-12 s of calls
     * on this 2-core machine (the JIT has much Drools code to compile), so 12 s of warm-up; then
     * 3 measured iterations of 2 s. One fork each.
     */
    static final int WARMUP_ITERATIONS = 6;
    static final int WARMUP_SECONDS = 2;
    static final int MEASUREMENT_ITERATIONS = 3;
    static final int MEASUREMENT_SECONDS = 2;

    /** Heap stability: the default strategy gets the full million; the others enough to show a trend and their correctness. */
    static final int SOAK_DEFAULT = 1_000_000;
    static final int SOAK_OTHERS = 100_000;
    /** The per-phase profile: calls measured after the warm-up (some 15 s more on this kind of machine). */
    static final int PROFILE_CALLS = 50_000;
    static final int PROFILE_WARMUP_SECONDS = 15;
    static final int SOAK_THREADS = 2;

    private static final double MB = 1024.0 * 1024.0;

    private final boolean quick;
    private final Path outDir;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int step;

    private RunAll(boolean quick, Path outDir) {
        this.quick = quick;
        this.outDir = outDir;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        Path jar = ownJar();
        new RunAll(quick, jar.getParent()).run(jar);
    }

    /** The number of progress(...) calls in run() below: keep the two in step. */
    private static final int STEPS = 9;

    private void run(Path jar) throws Exception {
        long started = System.nanoTime();
        String loadBefore = loadAverage();
        Inputs.locateScenarios();
        Path cliJar = Path.of(System.getProperty("veivalg.cliJar", "examples/target/veivalg.jar"));
        Path cliCase = Path.of(System.getProperty("veivalg.cliCase", "examples/cases/small-paid-pilot.json"));
        if (!Files.isRegularFile(cliJar) || !Files.isRegularFile(cliCase)) {
            throw new IllegalStateException("Run from the project root after ./mvnw -q -B -DskipTests install: "
                    + cliJar + " or " + cliCase + " is missing");
        }
        // Fail early, and clearly, on a knowledge base that does not load.
        try (Veivalg probe = Veivalg.create()) {
            System.out.println("Knowledge base " + probe.knowledgeBaseVersion() + ", default session strategy "
                    + Engine.DEFAULT_STRATEGY + (quick ? " (--quick: these numbers mean nothing)" : ""));
        }
        int mixSize = Inputs.mix().length;
        int subsetSize = Inputs.twinSubset(PlainJavaTwin.load()).length;
        System.out.println("Inputs: " + mixSize + " valid scenario requests; the plain-Java twin handles " + subsetSize);

        // (a) Warm latency: SampleTime, one thread, every strategy.
        progress("JMH: warm assess latency (SampleTime, 1 thread), 3 strategies");
        Map<Engine.Strategy, Result<?>> latency = byStrategy(jmh(AssessBenchmark.class.getName() + ".assess$", Mode.SampleTime, TimeUnit.MICROSECONDS, 1, "latency"));
        // (b) Throughput on one and on two threads.
        progress("JMH: throughput, 1 thread, 3 strategies");
        Map<Engine.Strategy, Result<?>> throughput1 = byStrategy(jmh(AssessBenchmark.class.getName() + ".assess$", Mode.Throughput, TimeUnit.SECONDS, 1, "throughput-1"));
        progress("JMH: throughput, 2 threads, 3 strategies");
        Map<Engine.Strategy, Result<?>> throughput2 = byStrategy(jmh(AssessBenchmark.class.getName() + ".assess$", Mode.Throughput, TimeUnit.SECONDS, 2, "throughput-2"));
        // (c) The plain-Java twin on its subset against the knowledge base on the same subset.
        progress("JMH: knowledge base against the plain-Java twin, same " + subsetSize + " inputs");
        Map<Engine.Strategy, Result<?>> kbOnSubset = byStrategy(jmh(TwinComparisonBenchmark.class.getName() + ".knowledgeBase$",
                Mode.AverageTime, TimeUnit.MICROSECONDS, 1, "twin-kb"));
        // Plain Java reaches its steady state within a second: shorter iterations, the same method.
        Result<?> twin = jmh(PlainJavaTwinBenchmark.class.getName() + ".plainJava$", Mode.AverageTime, TimeUnit.MICROSECONDS, 1,
                "twin-java", 3, 1, 5, 1).iterator().next().getPrimaryResult();
        // (d) Cold start of the CLI jar, and the load time of the knowledge base.
        int coldRuns = quick ? 3 : 10;
        progress("cold start: " + coldRuns + " runs of java -jar " + cliJar + " assess " + cliCase);
        ColdStart cold = coldStart(List.of(java(), "-jar", cliJar.toString(), "assess", cliCase.toString()), Map.of(), coldRuns);
        // The same through the launcher, which keeps a class-data archive and runs C1 only: one
        // run first writes the archive (not timed), as a user's first run does.
        Path launcher = Path.of(System.getProperty("veivalg.launcher", "examples/bin/veivalg"));
        ColdStart launched = null;
        if (Files.isRegularFile(launcher)) {
            progress("cold start: " + coldRuns + " runs of " + launcher + " assess " + cliCase + ", after one that writes its archive");
            Path cds = jar.getParent().resolve("cds");
            deleteTree(cds);
            List<String> command = List.of("bash", launcher.toString(), "assess", cliCase.toString());
            Map<String, String> env = Map.of("JAVA", java(), "VEIVALG_JAR", cliJar.toString(), "VEIVALG_CDS_DIR", cds.toString());
            coldStart(command, env, 1);
            launched = coldStart(command, env, coldRuns);
        } else {
            progress("cold start through the launcher: skipped, " + launcher + " is missing");
        }
        int loadRuns = quick ? 2 : 5;
        progress("knowledge-base load time and retained heap: " + loadRuns + " fresh JVMs");
        List<Map<String, String>> loads = new ArrayList<>();
        for (int i = 0; i < loadRuns; i++) {
            loads.add(child(jar, "load"));
        }
        // Heap stability and correctness under threads, per strategy.
        progress(String.format(Locale.ROOT, "heap stability: %,d assessments on %d threads with %s, %,d with each other strategy",
                quick ? SOAK_DEFAULT / 10 : SOAK_DEFAULT, SOAK_THREADS, Engine.DEFAULT_STRATEGY, quick ? SOAK_OTHERS / 10 : SOAK_OTHERS));
        Map<Engine.Strategy, Map<String, String>> soaks = new EnumMap<>(Engine.Strategy.class);
        for (Engine.Strategy s : Engine.Strategy.values()) {
            int count = (s == Engine.DEFAULT_STRATEGY ? SOAK_DEFAULT : SOAK_OTHERS) / (quick ? 10 : 1);
            soaks.put(s, child(jar, "soak", s.name(), Integer.toString(count), Integer.toString(SOAK_THREADS)));
        }

        // Where one call's time goes, per phase, with the default strategy (a fresh JVM, one thread).
        int profileCalls = quick ? 5_000 : PROFILE_CALLS;
        progress(String.format(Locale.ROOT, "per-phase profile: %,d assessments with %s, 1 thread, after %d s of warm-up",
                profileCalls, Engine.DEFAULT_STRATEGY, quick ? 2 : PROFILE_WARMUP_SECONDS));
        PhaseProfile.Result profile = PhaseProfile.decode(child(jar, "profile", Engine.DEFAULT_STRATEGY.name(),
                Integer.toString(quick ? 2 : PROFILE_WARMUP_SECONDS), Integer.toString(profileCalls)));

        // The table.
        for (Engine.Strategy s : Engine.Strategy.values()) {
            Result<?> r = latency.get(s);
            double p50 = r.getStatistics().getPercentile(50);
            double p99 = r.getStatistics().getPercentile(99);
            row("Warm `assess` latency, " + s + " (SampleTime, 1 thread, " + mixSize + "-input mix)",
                    String.format(Locale.ROOT, "p50 %.1f µs; avg %.1f µs; p99 %.1f µs", p50, r.getScore(), p99),
                    "p50 ≤ " + fmt(TARGET_P50_MICROS) + " µs", p50 <= TARGET_P50_MICROS);
        }
        for (Engine.Strategy s : Engine.Strategy.values()) {
            row("Throughput, " + s + ", 1 thread", String.format(Locale.ROOT, "%,.0f assessments/s", throughput1.get(s).getScore()), "—", null);
        }
        for (Engine.Strategy s : Engine.Strategy.values()) {
            double t = throughput2.get(s).getScore();
            row("Throughput, " + s + ", 2 threads on " + Runtime.getRuntime().availableProcessors() + " cores",
                    String.format(Locale.ROOT, "%,.0f assessments/s", t),
                    String.format(Locale.ROOT, "≥ %,.0f/s", TARGET_THROUGHPUT_2_THREADS), t >= TARGET_THROUGHPUT_2_THREADS);
        }
        double twinMicros = twin.getScore() / subsetSize;
        row("Plain-Java twin: band + 5 path statuses (" + subsetSize + "-input subset)",
                String.format(Locale.ROOT, "%.3f µs per request", twinMicros), "—", null);
        for (Engine.Strategy s : Engine.Strategy.values()) {
            double kbMicros = kbOnSubset.get(s).getScore() / subsetSize;
            double ratio = kbMicros / twinMicros;
            row("Knowledge base ÷ plain-Java twin, " + s + " (same subset)",
                    String.format(Locale.ROOT, "%.0f× (%.1f µs ÷ %.3f µs)", ratio, kbMicros, twinMicros),
                    "≤ " + fmt(TARGET_RATIO) + "×", ratio <= TARGET_RATIO);
        }
        coldStartRow("CLI jar (", cold, coldRuns);
        if (launched != null) {
            coldStartRow("CLI through `examples/bin/veivalg` (class-data archive, C1 only; ", launched, coldRuns);
        }
        double loadMillis = median(loads.stream().mapToDouble(m -> Double.parseDouble(m.get("loadMillis"))).toArray());
        double retainedMb = median(loads.stream().mapToDouble(m -> Double.parseDouble(m.get("retainedBytes")) / MB).toArray());
        String loadStrategy = loads.get(0).get("strategy");
        row("Knowledge-base load, `Veivalg.create()` first in a fresh JVM (median of " + loadRuns + ")",
                String.format(Locale.ROOT, "%.0f ms", loadMillis), "—", null);
        row("Heap retained after load (" + loadStrategy + ", after full GCs, median of " + loadRuns + ")",
                String.format(Locale.ROOT, "%.1f MB", retainedMb), "≤ " + fmt(TARGET_RETAINED_MB) + " MB", retainedMb <= TARGET_RETAINED_MB);
        Engine.Strategy kept = null;
        for (Engine.Strategy s : Engine.Strategy.values()) {
            Map<String, String> soak = soaks.get(s);
            long[] heap = Arrays.stream(soak.get("heapBytes").split(",")).mapToLong(Long::parseLong).toArray();
            double growth = (heap[heap.length - 1] - heap[0]) / MB;
            int mismatches = Integer.parseInt(soak.get("mismatches"));
            int[] live = Arrays.stream(soak.get("liveSessions").split(",")).mapToInt(Integer::parseInt).toArray();
            // A pool keeps its sessions alive by design, at most its size; a per-call strategy keeps none.
            int bound = s == Engine.Strategy.POOLED ? Engine.POOL_SIZE : 0;
            boolean bounded = Arrays.stream(live).allMatch(n -> n <= bound);
            boolean stable = growth <= STABLE_HEAP_GROWTH_MB && mismatches == 0 && bounded;
            row("Heap stability, " + s + ": " + String.format(Locale.ROOT, "%,d", Long.parseLong(soak.get("assessments")))
                            + " assessments on " + soak.get("threads") + " threads (" + soak.get("seconds") + " s)",
                    String.format(Locale.ROOT, "heap after GC %.1f MB at 1/10, %.1f MB at the end (%+.2f MB); %d answers differ from serial; live sessions %d at 1/10, %d at the end",
                            heap[0] / MB, heap[heap.length - 1] / MB, growth, mismatches, live[0], live[live.length - 1]),
                    "growth ≤ " + fmt(STABLE_HEAP_GROWTH_MB) + " MB, 0 differ, live sessions ≤ " + bound, stable);
            if (stable
                    && (kept == null || throughput2.get(s).getScore() > throughput2.get(kept).getScore())) {
                kept = s;
            }
        }
        row("Fastest strategy correct under threads (2-thread throughput)", kept == null ? "none" : kept.name(),
                "is the default (" + Engine.DEFAULT_STRATEGY + ")", kept == Engine.DEFAULT_STRATEGY);

        String table = table() + "\nPer-phase profile, " + Engine.DEFAULT_STRATEGY + " (mean per call over the scenario mix; "
                + "`PhaseProfile`):\n\n" + PhaseProfile.table(profile);
        String machine = machine() + " Load average before the run: " + loadBefore + ".";
        double minutes = (System.nanoTime() - started) / 60e9;
        System.out.println();
        System.out.println(table);
        System.out.println(machine);
        System.out.printf(Locale.ROOT, "Whole run: %.1f min. JMH log and JSON results: %s%n", minutes, outDir);
        writeResults(table + "\n" + machine + String.format(Locale.ROOT, "\nWhole run: %.1f min.\n", minutes));
    }

    // --- JMH ---------------------------------------------------------------------------------

    private Collection<RunResult> jmh(String include, Mode mode, TimeUnit unit, int threads, String name) throws RunnerException {
        return jmh(include, mode, unit, threads, name, WARMUP_ITERATIONS, WARMUP_SECONDS, MEASUREMENT_ITERATIONS, MEASUREMENT_SECONDS);
    }

    private Collection<RunResult> jmh(String include, Mode mode, TimeUnit unit, int threads, String name,
                                      int warmups, int warmupSeconds, int measurements, int measurementSeconds) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .mode(mode)
                .timeUnit(unit)
                .threads(threads)
                .forks(1)
                .warmupIterations(quick ? 1 : warmups)
                .warmupTime(TimeValue.seconds(quick ? 1 : warmupSeconds))
                .measurementIterations(quick ? 1 : measurements)
                .measurementTime(TimeValue.seconds(quick ? 1 : measurementSeconds))
                .jvmArgs(childJvmArgs().toArray(String[]::new))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.NORMAL)
                .output(outDir.resolve("jmh-" + name + ".log").toString())
                .result(outDir.resolve("jmh-" + name + ".json").toString())
                .resultFormat(ResultFormatType.JSON);
        return new Runner(options.build()).run();
    }

    private static Map<Engine.Strategy, Result<?>> byStrategy(Collection<RunResult> runs) {
        Map<Engine.Strategy, Result<?>> out = new EnumMap<>(Engine.Strategy.class);
        for (RunResult r : runs) {
            out.put(Engine.Strategy.valueOf(r.getParams().getParam("strategy")), r.getPrimaryResult());
        }
        return out;
    }

    // --- child JVMs ----------------------------------------------------------------------------

    /**
     * The flags of every child JVM, the JMH forks and the {@link Probes} alike: load and
     * retained-heap numbers are comparable only while both run with the same heap and inputs.
     */
    private static List<String> childJvmArgs() {
        return List.of("-Xms1g", "-Xmx1g", "-D" + Inputs.SCENARIOS_PROPERTY + "=" + System.getProperty(Inputs.SCENARIOS_PROPERTY));
    }

    private record ColdStart(double medianFirstAnswerSeconds, double medianExitSeconds, double minSeconds, double maxSeconds) {
    }

    /** Runs the CLI {@code runs} times; the clock starts before the process is spawned and stops at its first line of output. */
    private static ColdStart coldStart(List<String> command, Map<String, String> env, int runs) throws IOException, InterruptedException {
        double[] firstAnswer = new double[runs];
        double[] exit = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(env);
            Process process = builder.start();
            String first;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                first = out.readLine();
                firstAnswer[i] = (System.nanoTime() - start) / 1e9;
                while (out.readLine() != null) {
                    // drain
                }
            }
            int code = process.waitFor();
            exit[i] = (System.nanoTime() - start) / 1e9;
            if (code != 0 || first == null) {
                throw new IllegalStateException("The CLI gave no answer (exit " + code + "): " + String.join(" ", command));
            }
        }
        double[] sorted = firstAnswer.clone();
        Arrays.sort(sorted);
        return new ColdStart(median(firstAnswer), median(exit), sorted[0], sorted[sorted.length - 1]);
    }

    /** Runs {@link Probes} in a fresh JVM and parses its {@code RESULT} line. */
    private static Map<String, String> child(Path jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(childJvmArgs());
        command.addAll(List.of("-cp", jar.toString(), Probes.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) {
                    result = line.substring("RESULT ".length());
                }
            }
        }
        int code = process.waitFor();
        if (code != 0 || result == null) {
            throw new IllegalStateException("Probe " + String.join(" ", args) + " failed (exit " + code + ")");
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : result.trim().split(" ")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return values;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path ownJar() throws URISyntaxException {
        Path location = Path.of(RunAll.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(location)) {
            throw new IllegalStateException("Run the shaded jar: java -jar benchmarks/target/benchmarks.jar (was " + location + ")");
        }
        return location;
    }

    /** Deletes a directory of files (the archives of an earlier run), if it is there. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    // --- output --------------------------------------------------------------------------------

    private void progress(String what) {
        step++;
        System.out.printf(Locale.ROOT, "[%d/%d] %s%n", step, STEPS, what);
    }

    private void coldStartRow(String how, ColdStart c, int runs) {
        row("JVM start → first answer, " + how + "median of " + runs + "; to exit: " + String.format(Locale.ROOT, "%.2f s", c.medianExitSeconds) + ")",
                String.format(Locale.ROOT, "%.2f s (min %.2f, max %.2f)", c.medianFirstAnswerSeconds, c.minSeconds, c.maxSeconds),
                "≤ " + TARGET_COLD_START_SECONDS + " s", c.medianFirstAnswerSeconds <= TARGET_COLD_START_SECONDS);
    }

    private void row(String measure, String result, String target, Boolean met) {
        rows.add(new String[] {measure, result, target, met == null ? "—" : met ? "yes" : "**no**"});
    }

    private String table() {
        StringBuilder b = new StringBuilder();
        b.append("| measure | result | target | met? |\n|---|---|---|---|\n");
        for (String[] r : rows) {
            b.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return b.toString();
    }

    private static String machine() throws IOException {
        String cpu = "unknown";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            for (String line : Files.readAllLines(cpuinfo)) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        }
        return String.format(Locale.ROOT, "Machine: %d cores, %s; %.1f GB physical memory; Java %s (%s).",
                Runtime.getRuntime().availableProcessors(), cpu, physicalMemoryGb(),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.name"));
    }

    /** The 1, 5 and 15 minute load averages: anything else running shows here. */
    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.isReadable(loadavg)) {
            return "unknown";
        }
        String[] parts = Files.readString(loadavg).trim().split("\\s+");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    private static double physicalMemoryGb() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getTotalMemorySize() / (1024.0 * 1024 * 1024);
        }
        return Double.NaN;
    }

    /** The table also goes to benchmarks/results/latest.md when run from the project root. */
    private void writeResults(String text) throws IOException {
        Path dir = Path.of("benchmarks");
        if (!Files.isDirectory(dir) || quick) {
            return;
        }
        Path results = Files.createDirectories(dir.resolve("results"));
        Path tmp = results.resolve("latest.md.tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, results.resolve("latest.md"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Table written to " + results.resolve("latest.md"));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value) : Double.toString(value);
    }
}
