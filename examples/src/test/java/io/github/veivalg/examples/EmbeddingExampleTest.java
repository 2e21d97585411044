package io.github.veivalg.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedding example runs and prints the reserved competition it is about. */
class EmbeddingExampleTest {

    @Test
    void embeddingExample_printsTheOpenPaths() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Band: SPECIAL_SERVICES_PART_II_PLUS")
                .contains("RESERVED_WORK_INTEGRATION OPEN").contains("FOA § 8-8");
    }
}
