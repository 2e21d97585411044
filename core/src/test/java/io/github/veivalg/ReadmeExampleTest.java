package io.github.veivalg;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Java snippet, as it stands in the README: taken out, compiled against the library
 * and run, so that the first code a newcomer reads cannot drift from the API.
 */
class ReadmeExampleTest {

    @Test
    void theReadmesJavaSnippet_compilesAndRuns_andPrintsTheOpenPaths(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("veivalg.readme", "../README.md")));
        String section = readme.substring(readme.indexOf("## Use it from Java"));
        int start = section.indexOf("```java\n") + "```java\n".length();
        String snippet = section.substring(start, section.indexOf("\n```", start));
        List<String> imports = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.split("\n")) {
            if (line.startsWith("import ")) {
                imports.add(line);
            } else {
                body.append("        ").append(line).append('\n');
            }
        }
        assertThat(imports).as("the snippet shows its imports").anyMatch(i -> i.contains("io.github.veivalg.vocabulary"));
        Path source = dir.resolve("ReadmeSnippet.java");
        Files.writeString(source, String.join("\n", imports) + "\n\npublic class ReadmeSnippet {\n"
                + "    public static void run() throws Exception {\n" + body + "    }\n}\n");
        ByteArrayOutputStream javac = new ByteArrayOutputStream();
        int exit = ToolProvider.getSystemJavaCompiler().run(null, new PrintStream(javac), new PrintStream(javac),
                "-cp", System.getProperty("java.class.path"), "-d", dir.toString(), source.toString());
        assertThat(exit).as("javac: %s", javac).isZero();

        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            loader.loadClass("ReadmeSnippet").getMethod("run").invoke(null);
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("SPECIAL_SERVICES_REGIME [FOA § 5-1 (4)")
                .contains("RESERVED_NONPROFIT_HEALTH_SOCIAL");
    }
}
