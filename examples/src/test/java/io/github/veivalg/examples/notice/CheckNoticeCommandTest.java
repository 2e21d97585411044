package io.github.veivalg.examples.notice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.veivalg.examples.cli.VeivalgCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code veivalg check-notice}: one verdict per notice, in file-name order, honest exit codes, no stack traces. */
class CheckNoticeCommandTest {

    static final Path DFO = NoticeScenarioTest.NOTICES.resolve("dfo-national-e");
    static final Path OURS = NoticeScenarioTest.NOTICES.resolve("ours");

    record Run(int exit, String out, String err) {
        List<JsonNode> lines() throws IOException {
            List<JsonNode> out = new ArrayList<>();
            for (String line : this.out.split("\n")) {
                if (!line.isBlank()) {
                    out.add(new ObjectMapper().readTree(line));
                }
            }
            return out;
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VeivalgCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_folder_gives_one_json_line_per_notice_in_file_name_order_and_exit_2_when_one_is_refused() throws IOException {
        Run r = run("check-notice", DFO.toString(), "--format", "json", "--lang", "en", "--date", "2025-06-01", "--no-progress");
        List<String> names;
        try (Stream<Path> files = Files.list(DFO)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted().toList();
        }
        List<JsonNode> lines = r.lines();
        assertThat(lines).extracting(l -> l.get("file").asText()).containsExactlyElementsOf(names);
        assertThat(r.exit()).as("two notices are in EUR").isEqualTo(2);
        JsonNode hs = lines.stream().filter(l -> l.get("file").asText().contains("health-social")).findFirst().orElseThrow();
        assertThat(hs.get("verdict").asText()).isEqualTo("INCONSISTENT");
        assertThat(hs.get("reasons").toString()).contains("FOA § 5-1 (2) a");
        assertThat(hs.get("evaluationDate").asText()).isEqualTo("2025-06-01");
        assertThat(hs.get("issueDateIsPlaceholder").asBoolean()).isTrue();
        assertThat(hs.get("chose").get("foaParts").toString()).isEqualTo("[1,2]");
        assertThat(lines).filteredOn(l -> !l.get("read").asBoolean())
                .allSatisfy(l -> assertThat(l.get("refusedFor").asText()).isEqualTo("NOT_NORWEGIAN")).hasSize(2);
        assertThat(lines).filteredOn(l -> l.get("read").asBoolean()).allSatisfy(l -> assertThat(l.get("verdict").asText())
                .isIn("CONSISTENT", "INCONSISTENT", "CANNOT_TELL"));
        assertThat(r.err()).contains("20 notices").doesNotContain("Exception");
    }

    @Test
    void every_notice_read_is_exit_0_and_the_text_names_the_verdict_in_bokmal() {
        Run r = run("check-notice", OURS.resolve("e3-health-social-9m-part1and2.xml").toString(), "--date", "2025-06-01");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("INCONSISTENT").contains("helse- og sosialtjenester til NOK 9 000 000").contains("FOA § 5-1 (4)")
                .contains("Forutsetninger:");
    }

    @Test
    void a_file_that_is_not_xml_is_exit_2_with_the_reason_and_no_stack_trace(@TempDir Path dir) throws IOException {
        Path junk = dir.resolve("junk.xml");
        Files.writeString(junk, "not xml at all");
        Run r = run("check-notice", junk.toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.lines().get(0).get("refusedFor").asText()).isEqualTo("NOT_XML");
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void wrong_options_and_missing_input_are_exit_2_each_named() {
        Run r = run("check-notice", "/no/such/notice.xml", "--lang", "de", "--format", "yaml", "--date", "soon");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--lang").contains("--format").contains("--date");
        Run missing = run("check-notice", "/no/such/notice.xml");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");
    }

    @Test
    void an_empty_folder_is_refused(@TempDir Path dir) {
        Run r = run("check-notice", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no .xml notices");
    }
}
