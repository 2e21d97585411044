package io.github.veivalg.examples;

import io.github.veivalg.examples.CliTest.Run;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.github.veivalg.examples.ShadedJarIT.JAR;
import static io.github.veivalg.examples.ShadedJarIT.JAVA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The launcher {@code bin/veivalg}: the same answer, exit code and errors as {@code java -jar
 * veivalg.jar}; the first run writes a class-data archive, the next ones load their classes from
 * it, and an archive the JVM cannot use changes nothing but the speed.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("veivalg.launcher", "bin/veivalg"));
    private static final String CASE = CliTest.CASES.resolve("small-paid-pilot.json").toString();

    @TempDir
    Path dir;

    private static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        return ShadedJarIT.collect(ShadedJarIT.run(command, env, null));
    }

    private static void assumeBash() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "the launcher is a bash script");
    }

    private Run launcher(String extraJavaOpts, String... args) throws IOException, InterruptedException {
        assumeBash();
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
        assumeBash();
        Path err = Files.createTempFile("veivalg-serve-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder("bash", LAUNCHER.toString(), "serve", "--port", "0").redirectError(err.toFile());
        builder.environment().putAll(Map.of("JAVA", JAVA, "VEIVALG_JAR", JAR.toString(), "VEIVALG_CDS_DIR", dir.toString()));
        Process process = builder.start();
        List<ProcessHandle> children = new ArrayList<>();
        try {
            // Its first line says where it listens (the log goes to stderr), as with java -jar (ServeProcessIT).
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            Matcher m = Pattern.compile("^Veivalg listening on (http://127\\.0\\.0\\.1:(\\d+)/)$").matcher(String.valueOf(first));
            assertThat(m.matches()).as(first + "\n" + Files.readString(err)).isTrue();
            URI uri = URI.create(m.group(1));
            int port = Integer.parseInt(m.group(2));
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            children.addAll(process.descendants().toList());
            // SIGTERM to the launcher's process is SIGTERM to java (exec): the service stops gracefully.
            // (Process.destroy() would also close our end of its standard output.)
            process.toHandle().destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped by SIGTERM").isTrue();
            // And nothing is left listening: a shell that died while java went on would leave it there
            // (and the line below would wait for it).
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
            assertThat(out.readLine()).isEqualTo("Veivalg stopped");
        } finally {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Files.delete(err);
        }
        assertThat(files()).as("serve writes no archive").isEmpty();
    }

    @Test
    void aMissingJar_isNamed_withTheCommandThatBuildsIt() throws Exception {
        assumeBash();
        Run r = run(List.of("bash", LAUNCHER.toString(), "assess", CASE),
                Map.of("JAVA", JAVA, "VEIVALG_JAR", dir.resolve("gone.jar").toString(), "VEIVALG_CDS_DIR", dir.toString()));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("gone.jar is missing").contains("./mvnw -q -B -DskipTests install");
    }
}
