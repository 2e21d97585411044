package io.github.veivalg.examples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedding example as a user runs it: on the class path, and as a named module of its own on
 * the module path that {@code requires io.github.veivalg}. Both print the same answer; and on the
 * module path the engine is out of reach: a module that uses {@code io.github.veivalg.internal} does
 * not compile.
 */
class ModulePathIT {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final String USER_MODULE = "module io.github.veivalg.embedding {\n    requires io.github.veivalg;\n}\n";

    private static String libraries;

    @BeforeAll
    static void readTheRuntimeClasspath() throws IOException {
        libraries = Files.readString(Path.of(System.getProperty("veivalg.runtimeClasspath", "target/runtime-classpath.txt"))).trim();
        assertThat(libraries).contains("veivalg-core").contains("veivalg-vocabulary").contains("veivalg-rules-kb");
    }

    @Test
    void theEmbeddingExample_printsTheSameAnswer_onTheClassPathAndAsANamedModule(@TempDir Path dir) throws Exception {
        String examplesJar = System.getProperty("veivalg.examplesJar", "target/veivalg-examples-" + version() + ".jar");
        String onClassPath = run(List.of(JAVA.toString(), "-cp", libraries + File.pathSeparator + examplesJar,
                EmbeddingExample.class.getName()));

        Path classes = compileUserModule(dir, Files.readString(embeddingSource()), null);
        String onModulePath = run(List.of(JAVA.toString(), "-p", libraries + File.pathSeparator + classes,
                "-m", "io.github.veivalg.embedding/" + EmbeddingExample.class.getName()));

        assertThat(onClassPath).contains("Band: ").contains("RESERVED_WORK_INTEGRATION OPEN");
        assertThat(onModulePath).isEqualTo(onClassPath);
    }

    @Test
    void onTheModulePath_theEngineIsOutOfReach(@TempDir Path dir) throws Exception {
        String reachingIn = """
                package io.github.veivalg.examples;

                public final class ReachingIn {
                    Object engine = io.github.veivalg.internal.Engine.class;
                }
                """;
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        compileUserModule(dir, Files.readString(embeddingSource()), new Source("ReachingIn.java", reachingIn, errors));
        assertThat(errors.toString(StandardCharsets.UTF_8))
                .contains("package io.github.veivalg.internal is not visible")
                .contains("does not export it");
    }

    private record Source(String name, String text, ByteArrayOutputStream errors) {
    }

    /** Compiles the example as module io.github.veivalg.embedding; with {@code extra}, expects that class to fail. */
    private static Path compileUserModule(Path dir, String example, Source extra) throws IOException {
        Path src = dir.resolve("src");
        Path pkg = src.resolve("io/github/veivalg/examples");
        Files.createDirectories(pkg);
        Files.writeString(src.resolve("module-info.java"), USER_MODULE);
        Files.writeString(pkg.resolve("EmbeddingExample.java"), example);
        List<String> args = new ArrayList<>(List.of("-p", libraries, "-d", dir.resolve("classes").toString(),
                src.resolve("module-info.java").toString(), pkg.resolve("EmbeddingExample.java").toString()));
        if (extra != null) {
            Files.writeString(pkg.resolve(extra.name()), extra.text());
            args.add(pkg.resolve(extra.name()).toString());
        }
        ByteArrayOutputStream out = extra != null ? extra.errors() : new ByteArrayOutputStream();
        int exit = ToolProvider.getSystemJavaCompiler().run(null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
        if (extra == null) {
            assertThat(exit).as("javac: %s", out.toString(StandardCharsets.UTF_8)).isZero();
        } else {
            assertThat(exit).as("javac accepted a module that reaches into the engine").isNotZero();
        }
        return dir.resolve("classes");
    }

    private static Path embeddingSource() {
        return Path.of(System.getProperty("veivalg.embeddingSource", "src/main/java/io/github/veivalg/examples/EmbeddingExample.java"));
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished within two minutes").isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit of %s: %s", command, text).isZero();
        return text;
    }

    private static String version() {
        return System.getProperty("project.version", "0.1.0-SNAPSHOT");
    }
}
