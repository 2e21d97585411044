package io.github.veivalg.examples;

import io.github.veivalg.examples.cli.VeivalgCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's edges: honest exit codes, no Error escaping, files as people have them, exact JSON Lines. */
class CliHardeningTest {

    static final String GOOD = "{\"evaluationDate\":\"2025-06-01\",\"purchase\":{\"estimatedValueNok\":%d}}";

    private static CliTest.Run run(InputStream in, OutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VeivalgCli.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliTest.Run(exit, out instanceof ByteArrayOutputStream b ? b.toString(StandardCharsets.UTF_8) : "",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anErrorFromBelow_exitsOne_withoutAStackTrace_andTheProgramStaysUsable() {
        for (Error error : List.of(new OutOfMemoryError("Java heap space"), new StackOverflowError())) {
            InputStream failing = new InputStream() {
                @Override
                public int read() {
                    throw error;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    throw error;
                }
            };
            CliTest.Run r = run(failing, new ByteArrayOutputStream(), "assess", "-");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).startsWith("veivalg: intern feil").doesNotContain("\tat ").doesNotContain("Error");
        }
        CliTest.Run after = CliTest.run(String.format(GOOD, 50_000).getBytes(StandardCharsets.UTF_8), "assess", "--format", "json", "-");
        assertThat(after.exit()).isEqualTo(0);
        assertThat(after.out()).contains("\"paths\"");
    }

    /** Standard output as a full disk has it: every write fails. */
    private static OutputStream full() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
    }

    @Test
    void aWriteError_isExitOne_forAnAnswer() {
        CliTest.Run r = run(new ByteArrayInputStream(String.format(GOOD, 1).getBytes(StandardCharsets.UTF_8)), full(), "assess", "--lang", "en", "-");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("the output cannot be written");
    }

    @Test
    void aWriteError_stopsTheBatchAtOnce() {
        long[] lines = {0};
        byte[] line = (String.format(GOOD, 7) + "\n").getBytes(StandardCharsets.UTF_8);
        // An endless batch: only a stop on the write error ends it.
        InputStream endless = new InputStream() {
            int at;

            @Override
            public int read() {
                if (at == line.length) {
                    at = 0;
                    lines[0]++;
                }
                return line[at++];
            }
        };
        CliTest.Run r = run(endless, full(), "assess-batch", "--lang", "en", "-");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("the output cannot be written").doesNotContain("\tat ");
        assertThat(lines[0]).as("lines read before the stop").isLessThan(2_000);
    }

    @Test
    void exitCodes_ofABatch_zeroWhenAllAnswered_twoWhenAnyRefused() {
        String all = String.format(GOOD, 1) + "\n" + String.format(GOOD, 2) + "\n";
        CliTest.Run ok = CliTest.run(all.getBytes(StandardCharsets.UTF_8), "assess-batch", "--lang", "en", "-");
        assertThat(ok.exit()).isEqualTo(0);
        assertThat(ok.err()).contains("2 lines: 2 assessed, 0 refused").doesNotContain("exit code");
        CliTest.Run none = CliTest.run("{\n[\n".getBytes(StandardCharsets.UTF_8), "assess-batch", "--lang", "en", "-");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("2 lines: 0 assessed, 2 refused (exit code 2: some lines were refused)");
        CliTest.Run tooLong = CliTest.run(("{\"x\":\"" + " ".repeat(1 << 20) + "\"}\n" + String.format(GOOD, 3)).getBytes(StandardCharsets.UTF_8),
                "assess-batch", "--lang", "en", "-");
        assertThat(tooLong.out().lines().toList()).hasSize(2).first().asString().contains("is larger than 1048576 bytes").contains("\"line\":1");
    }

    @Test
    void aByteOrderMark_andALiteralReplacementCharacter_areAccepted(@TempDir Path dir) throws IOException {
        byte[] json = "{\"evaluationDate\":\"2025-06-01\",\"purchase\":{\"isDividedIntoLots\":true,\"lots\":[{\"id\":\"Del \uFFFD\",\"valueNok\":1,\"subjectType\":\"GOODS\"}]}}"
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(json);
        Path file = Files.write(dir.resolve("notepad.json"), bom.toByteArray());
        CliTest.Run r = CliTest.run("assess", "--format", "json", file.toString());
        assertThat(r.exit()).as(r.err() + r.out()).isEqualTo(0);
        bom.write('\n');
        bom.write(json);
        Path batch = Files.write(dir.resolve("notepad.jsonl"), bom.toByteArray());
        CliTest.Run b = CliTest.run("assess-batch", batch.toString());
        assertThat(b.exit()).as(b.err() + b.out()).isEqualTo(0);
        assertThat(b.out().lines()).hasSize(2).allMatch(l -> l.contains("\"paths\""));
    }

    @Test
    void aRefusalUnderANorwegianHeading_isInNorwegian_andEnglishInEnglish() {
        String bad = "{\"evaluationDate\":\"2025-13-01\",\"buyer\":{\"kind\":1},\"purchase\":{\"estimatedValueNok\":\"much\","
                + "\"cpvCodes\":[\"x\"],\"contractDurationMonths\":0,\"subjectType\":\"FOOD\"},\"extra\":true}";
        CliTest.Run nb = CliTest.run(bad.getBytes(StandardCharsets.UTF_8), "assess", "-");
        assertThat(nb.exit()).isEqualTo(2);
        assertThat(nb.err()).startsWith("Forespørselen ble avvist").contains("er ikke et felt i forespørselen")
                .contains("er ikke en ISO-dato").contains("er ikke et felt i buyer").contains("må være et helt antall kroner")
                .contains("må være en av");
        for (String english : List.of("must ", "is not", " was ", "is required")) {
            assertThat(nb.err()).as("no English under the Norwegian heading").doesNotContain(english);
        }
        CliTest.Run en = CliTest.run(bad.getBytes(StandardCharsets.UTF_8), "assess", "--lang", "en", "-");
        assertThat(en.err()).contains("is not a field of the request").contains("must be a whole number of kroner");
    }

    @Test
    void aRefusalOfManyProblems_listsTheFirst_andSaysHowManyMore() {
        StringBuilder json = new StringBuilder("{\"evaluationDate\":\"2025-06-01\",\"purchase\":{");
        for (int i = 0; i < 199; i++) {
            json.append(i > 0 ? "," : "").append("\"u").append(i).append("\":1");
        }
        CliTest.Run r = CliTest.run(json.append("}}").toString().getBytes(StandardCharsets.UTF_8), "assess", "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().filter(l -> l.startsWith("  - "))).hasSize(25);
        assertThat(r.err()).contains("… og 174 til");
        CliTest.Run j = CliTest.run(json.toString().getBytes(StandardCharsets.UTF_8), "assess", "--format", "json", "-");
        assertThat(j.out()).contains("\"moreErrors\" : 174");
    }

    @Test
    void aBatchWithCarriageReturnsAndBadLines_answersEveryLine_inItsPlace() {
        int n = 2_000;
        List<String> expected = new ArrayList<>();
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            switch (i % 5) {
                case 0 -> { in.append("{\"evaluationDate\":\"2025-06-01\",\r\"purchase\":{\"estimatedValueNok\":").append(i).append("}}\r\n"); expected.add("\"assessedValueNok\":" + i + ","); }
                case 1 -> { in.append("{\"evaluationDate\":\"2025\r-06-01\"}\n"); expected.add("\"line\":" + i); }
                case 2 -> { in.append("{\"purchase\":{\"lots\":[{\"id\":\"a\u2028b\u2029\"}]},\"x\":\r1}\n"); expected.add("\"line\":" + i); }
                case 3 -> { in.append("\r\n"); expected.add("\"line\":" + i); }
                default -> { in.append(String.format(GOOD, i)).append('\n'); expected.add("\"assessedValueNok\":" + i + ","); }
            }
        }
        CliTest.Run r = CliTest.run(in.toString().getBytes(StandardCharsets.UTF_8), "assess-batch", "--lang", "en", "-");
        List<String> out = r.out().lines().toList();
        assertThat(out).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(out.get(i)).as("line " + (i + 1)).contains(expected.get(i));
        }
        assertThat(r.exit()).isEqualTo(2);
    }
}
