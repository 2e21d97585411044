package io.github.veivalg.examples;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher {@code bin/veivalg}: the same answer, exit code and errors as {@code java -jar
 * veivalg.jar}; the first run writes a class-data archive, the next ones load their classes from
 * it, and an archive the JVM cannot use changes nothing but the speed.
 */
class LauncherIT {

    private static final Path JAR = Path.of(System.getProperty("veivalg.jar", "target/veivalg.jar"));
    private static final Path LAUNCHER = Path.of(System.getProperty("veivalg.launcher", "bin/veivalg"));
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String CASE = CliTest.CASES.resolve("small-paid-pilot.json").toString();

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Path out = Files.createTempFile("veivalg-out", ".txt");
        Path err = Files.createTempFile("veivalg-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished: " + command).isTrue();
        Run r = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private Run launcher(String extraJavaOpts, String... args) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "the launcher is a bash script");
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        return run(command, Map.of("JAVA", JAVA, "VEIVALG_JAR", JAR.toString(), "VEIVALG_CDS_DIR", dir.toString(),
                "VEIVALG_JAVA_OPTS", extraJavaOpts));
    }

    private static Run jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(command, Map.of());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void theFirstRunWritesTheArchive_theNextLoadsItsClassesFromIt_andBothAnswerAsTheJarDoes() throws Exception {
        Run plain = jar("assess", CASE);
        assertThat(plain.exit()).as(plain.err()).isZero();

        Run first = launcher("", "assess", CASE);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo(plain.out());
        assertThat(files()).as("one whole archive, no partial one left").singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).endsWith(".jsa"))
                .satisfies(p -> assertThat(Files.size(p)).isPositive());

        Path classes = dir.resolve("classes.log");
        Run second = launcher("-Xlog:class+load=info:file=" + classes, "assess", CASE);
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo(plain.out());
        assertThat(Files.readString(classes)).as("the CLI's own classes come from the archive")
                .contains("io.github.veivalg.examples.cli.VeivalgCli source: shared objects file");
    }

    @Test
    void anArchiveTheJvmCannotUse_changesNothingButTheSpeed() throws Exception {
        Run first = launcher("", "assess", "--format", "json", CASE);
        assertThat(first.exit()).as(first.err()).isZero();
        Path archive = files().get(0);
        archive.toFile().setWritable(true);
        Files.write(archive, "not an archive".getBytes(StandardCharsets.US_ASCII));
        Run broken = launcher("", "assess", "--format", "json", CASE);
        assertThat(broken.exit()).as(broken.err()).isZero();
        assertThat(broken.out()).isEqualTo(first.out());
        assertThat(broken.err()).doesNotContainIgnoringCase("cds").doesNotContainIgnoringCase("archive");
    }

    @Test
    void aRefusal_hasTheJarsExitCodeAndMessage() throws Exception {
        String missing = dir.resolve("no-such-case.json").toString();
        Run plain = jar("assess", missing);
        Run launched = launcher("", "assess", missing);
        assertThat(plain.exit()).isNotZero();
        assertThat(launched.exit()).isEqualTo(plain.exit());
        assertThat(launched.out()).isEqualTo(plain.out());
        assertThat(plain.err()).contains("no-such-case.json");
        assertThat(launched.err()).contains("no-such-case.json");
    }

    @Test
    void serve_runsAsJavaItself_stopsOnSigterm_andWritesNoArchive() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "the launcher is a bash script");
        ProcessBuilder builder = new ProcessBuilder("bash", LAUNCHER.toString(), "serve", "--port", "0").redirectErrorStream(true);
        builder.environment().putAll(Map.of("JAVA", JAVA, "VEIVALG_JAR", JAR.toString(), "VEIVALG_CDS_DIR", dir.toString()));
        Process process = builder.start();
        try {
            java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            java.net.URI uri = null;
            for (String line; uri == null && (line = out.readLine()) != null; ) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("listening on (http://\\S+/)").matcher(line);
                if (m.find()) {
                    uri = java.net.URI.create(m.group(1));
                }
            }
            assertThat(uri).as("the service said where it listens").isNotNull();
            Thread drain = new Thread(() -> {
                try {
                    out.transferTo(java.io.Writer.nullWriter());
                } catch (IOException ignored) {
                    // The process is gone.
                }
            });
            drain.setDaemon(true);
            drain.start();
            java.net.http.HttpResponse<String> health = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(uri.resolve("/health")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            // SIGTERM to the launcher's process is SIGTERM to java (exec): the service stops gracefully.
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped by SIGTERM").isTrue();
            // And nothing is left listening: a shell that died while java went on would leave it there.
            final java.net.URI listening = uri;
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new java.net.Socket(listening.getHost(), listening.getPort()).close())
                    .isInstanceOf(java.net.ConnectException.class);
        } finally {
            process.destroyForcibly();
        }
        assertThat(files()).as("serve writes no archive").isEmpty();
    }

    @Test
    void aMissingJar_isNamed_withTheCommandThatBuildsIt() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "the launcher is a bash script");
        Run r = run(List.of("bash", LAUNCHER.toString(), "assess", CASE),
                Map.of("JAVA", JAVA, "VEIVALG_JAR", dir.resolve("gone.jar").toString(), "VEIVALG_CDS_DIR", dir.toString()));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("gone.jar is missing").contains("./mvnw -q -B -DskipTests install");
    }
}
