package io.github.veivalg.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the shaded jar as a separate process: a complete answer proves that the knowledge base
 * survived shading, and a 10 000-line batch runs through.
 */
class ShadedJarIT {

    private static final Path JAR = Path.of(System.getProperty("veivalg.jar", "target/veivalg.jar"));

    private static CliTest.Run java(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Path out = Files.createTempFile("veivalg-out", ".txt");
        Path err = Files.createTempFile("veivalg-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the jar finished").isTrue();
        return new CliTest.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
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
        CliTest.Run r = java(input, "assess-batch", "--lang", "en", "-");
        assertThat(r.exit()).as("some lines were refused: " + r.err()).isEqualTo(2);
        assertThat(r.out().lines().count()).isEqualTo(10_000);
        assertThat(r.err()).contains("10000 lines: 9990 assessed, 10 refused (exit code 2: some lines were refused)");
    }
}
