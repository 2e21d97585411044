package io.github.veivalg.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the shaded jar as a separate process: a complete answer proves that the knowledge base
 * survived shading, and a 10 000-line batch runs through.
 */
class ShadedJarIT {

    static final Path JAR = Path.of(System.getProperty("veivalg.jar", "target/veivalg.jar"));
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private static CliTest.Run java(Path stdin, String... args) throws IOException, InterruptedException {
        return collect(run(stdin, args));
    }

    /** A finished process whose output stays in its file: a batch's answers can run to a gigabyte. */
    record Finished(int exit, Path out, Path err) {
    }

    /** A finished process's exit code and output, its files deleted. */
    static CliTest.Run collect(Finished f) throws IOException {
        CliTest.Run r = new CliTest.Run(f.exit(), Files.readString(f.out(), StandardCharsets.UTF_8), Files.readString(f.err(), StandardCharsets.UTF_8));
        Files.delete(f.out());
        Files.delete(f.err());
        return r;
    }

    private static Finished run(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(command, Map.of(), stdin);
    }

    /** Runs a command to its end (five minutes at most), with more environment and, if not null, a file as its input. */
    static Finished run(List<String> command, Map<String, String> env, Path stdin) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Path out = Files.createTempFile("veivalg-out", ".txt");
        Path err = Files.createTempFile("veivalg-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished: " + command).isTrue();
        return new Finished(process.exitValue(), out, err);
    }

    @Test
    void theShadedJar_givesACompleteAnswer() throws Exception {
        assertThat(JAR).exists();
        CliTest.Run r = java(null, "assess", "--format", "json", CliTest.CASES.resolve("health-social-ideell-foundation.json").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        long paths = r.out().lines().filter(l -> l.contains("\"id\" :")).count();
        assertThat(paths).as("a status for every one of the 44 paths").isEqualTo(44);
        assertThat(r.out()).contains("\"band\" : \"PART_IV_CH30\"").contains("\"status\" : \"OPEN\"");
    }

    @Test
    void theShadedJar_opensTheTextAnswerWithItsSummary_inBokmal() throws Exception {
        CliTest.Run r = java(null, "assess", CliTest.CASES.resolve("health-social-ideell-foundation.json").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("SAMMENDRAG").contains("1. Kapittel 30 for helse- og sosialtjenester – åpen")
                .contains("EEA-HS (EØS-terskelverdien");
        assertThat(r.out().indexOf("SAMMENDRAG")).isLessThan(r.out().indexOf("ÅPNE VEIER"));
    }

    @Test
    void theShadedJar_assessesTenThousandLines() throws Exception {
        List<String> lines = new ArrayList<>();
        String[] cases = {"health-social-ideell-foundation.json", "canteen-work-integration.json", "small-paid-pilot.json",
                "grant-that-is-a-purchase.json"};
        // Each case is read and flattened to one line once, not once per line of the batch.
        String[] flat = new String[cases.length];
        for (int c = 0; c < cases.length; c++) {
            flat[c] = Files.readString(CliTest.CASES.resolve(cases[c]), StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", "");
        }
        for (int i = 0; i < 10_000; i++) {
            lines.add(i % 1000 == 999 ? "{broken" : flat[i % flat.length]);
        }
        Path input = Files.createTempFile("veivalg-batch", ".jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        Finished f = run(input, "assess-batch", "--lang", "en", "-");
        String err = Files.readString(f.err(), StandardCharsets.UTF_8);
        assertThat(f.exit()).as("some lines were refused: " + err).isEqualTo(2);
        try (var answers = Files.lines(f.out(), StandardCharsets.UTF_8)) {
            assertThat(answers.count()).isEqualTo(10_000);
        } finally {
            Files.delete(f.out());
            Files.delete(f.err());
            Files.delete(input);
        }
        assertThat(err).contains("10000 lines: 9990 assessed, 10 refused (exit code 2: some lines were refused)");
    }

    @Test
    void aFullDisk_isExitOne() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "assess", "--lang", "en", CliTest.CASES.resolve("small-paid-pilot.json").toString()));
        Path err = Files.createTempFile("veivalg-err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(new java.io.File("/dev/full")).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(Files.readString(err)).contains("the output cannot be written").doesNotContain("\tat ");
    }

    /** 100 000 lines with CRs inside and at the ends, and bad lines interleaved: 100 000 answers, each in its place. */
    @Test
    void aHundredThousandLines_withCarriageReturnsAndBadLines_giveAHundredThousandAnswersInPlace() throws Exception {
        int n = 100_000;
        StringBuilder in = new StringBuilder();
        List<String> expected = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            switch (i % 4) {
                case 0 -> {
                    in.append("{\"evaluationDate\":\"2025-06-01\",\r\"purchase\":{\"estimatedValueNok\":").append(i).append("}}\r\n");
                    expected.add("\"assessedValueNok\":" + i + ",");
                }
                case 1 -> {
                    in.append("{\"evaluationDate\":\"2025\r-06-01\",\"note\":\"\u2028\"}\n");
                    expected.add("\"line\":" + i + "}");
                }
                case 2 -> {
                    in.append("{\"evaluationDate\":\"2025-06-01\",\"purchase\":{\"estimatedValueNok\":").append(i).append("}}\n");
                    expected.add("\"assessedValueNok\":" + i + ",");
                }
                default -> {
                    in.append("\r{\"bad\u2029\":1\r}\r\n");
                    expected.add("\"line\":" + i + "}");
                }
            }
        }
        Path input = Files.writeString(Files.createTempFile("veivalg-100k", ".jsonl"), in, StandardCharsets.UTF_8);
        Path output = Files.createTempFile("veivalg-100k-out", ".jsonl");
        Path err = Files.createTempFile("veivalg-100k-err", ".txt");
        try {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                    "assess-batch", "--lang", "en", input.toString());
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
            System.out.printf("assess-batch, %d lines: %.1f s%n", n, (System.nanoTime() - start) / 1e9);
            // The answers are about 1 GB: read them a line at a time.
            long count = 0;
            try (java.io.BufferedReader reader = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
                for (String line; (line = reader.readLine()) != null; count++) {
                    if (count < n && !line.contains(expected.get((int) count))) {
                        throw new AssertionError("line " + (count + 1) + " is not the answer to its input: " + line.substring(0, Math.min(200, line.length())));
                    }
                }
            }
            assertThat(count).isEqualTo(n);
            assertThat(process.exitValue()).isEqualTo(2);
            assertThat(Files.readString(err)).contains("100000 lines: 50000 assessed, 50000 refused (exit code 2");
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void aClosedPipe_stopsTheBatchAtOnce_withANonZeroExit() throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            in.append("{\"evaluationDate\":\"2025-06-01\",\"purchase\":{\"estimatedValueNok\":").append(i).append("}}\n");
        }
        Path input = Files.writeString(Files.createTempFile("veivalg-pipe", ".jsonl"), in, StandardCharsets.UTF_8);
        input.toFile().deleteOnExit();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "assess-batch", "--lang", "en", input.toString()));
        Path err = Files.createTempFile("veivalg-err", ".txt");
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        // As `| head -c 100`: read 100 bytes, then close the pipe.
        byte[] first = process.getInputStream().readNBytes(100);
        process.getInputStream().close();
        long closed = System.nanoTime();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        System.out.printf("stopped %.2f s after the pipe closed%n", (System.nanoTime() - closed) / 1e9);
        assertThat(first).hasSize(100);
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(Files.readString(err)).contains("the output cannot be written").doesNotContain("100000 lines");
    }

    @Test
    void everyPublishedJar_carriesTheLicence() throws Exception {
        List<Path> jars = new ArrayList<>(List.of(JAR, JAR.resolveSibling("veivalg-examples-" + version() + ".jar")));
        for (Class<?> c : List.of(io.github.veivalg.Veivalg.class)) {
            jars.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        for (Path jar : jars) {
            if (Files.isDirectory(jar)) {
                assertThat(jar.resolve("META-INF/LICENSE")).as(jar.toString()).exists();
                continue;
            }
            try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
                assertThat(file.getEntry("META-INF/LICENSE")).as(jar + " has META-INF/LICENSE").isNotNull();
            }
        }
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(JAR.toFile())) {
            String licence = new String(file.getInputStream(file.getEntry("META-INF/LICENSE")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(licence).contains("Apache License").contains("Version 2.0");
        }
    }

    private static String version() {
        String name = JAR.getParent().getParent().toAbsolutePath().toString();
        try (var files = Files.list(JAR.getParent())) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.startsWith("veivalg-examples-") && f.endsWith(".jar") && !f.endsWith("-tests.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no thin jar in " + name))
                    .replace("veivalg-examples-", "").replace(".jar", "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
