package io.github.veivalg.examples;

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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line program, in process: answers, refusals with every error listed, and no stack traces. */
class CliTest {

    static final Path CASES = Path.of(System.getProperty("veivalg.cases", "cases"));

    record Run(int exit, String out, String err) {
    }

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VeivalgCli.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(new byte[0], args);
    }

    @Test
    void assess_sampleCase_printsTheExplainedAnswerInBokmal() {
        Run r = run("assess", CASES.resolve("health-social-ideell-foundation.json").toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("ÅPNE VEIER").contains("SPECIAL_SERVICES_REGIME").contains("FOA § 30-2a")
                .contains("RESERVED_NONPROFIT_HEALTH_SOCIAL").contains("ikke juridisk rådgivning");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void assess_inEnglishAsJson_followsTheContract() {
        Run r = run("assess", "--lang", "en", "--format", "json", CASES.resolve("canteen-work-integration.json").toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("\"formatVersion\" : 1").contains("\"band\" : \"SPECIAL_SERVICES_PART_II_PLUS\"")
                .contains("\"id\" : \"RESERVED_WORK_INTEGRATION\"").contains("FOA § 8-8");
    }

    @Test
    void assess_fromStandardInput() {
        Run r = run("{\"evaluationDate\":\"2025-06-01\",\"purchase\":{\"estimatedValueNok\":50000}}".getBytes(StandardCharsets.UTF_8),
                "assess", "--format", "json", "-");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("\"paths\"");
    }

    @Test
    void malformedJson_isRefusedWithItsPlace_andNoStackTrace() {
        Run r = run("{\"evaluationDate\": \"2025-06-01\",".getBytes(StandardCharsets.UTF_8), "assess", "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("request: slutter før JSON-teksten er fullstendig, på linje 1").doesNotContain("Exception").doesNotContain("\tat ");
        Run en = run("{\"evaluationDate\": \"2025-06-01\",".getBytes(StandardCharsets.UTF_8), "assess", "--lang", "en", "-");
        assertThat(en.err()).contains("request: ends before the JSON is complete at line 1");
        Run bad = run("{\"evaluationDate\": 2025-06-01}".getBytes(StandardCharsets.UTF_8), "assess", "-");
        assertThat(bad.err()).contains("request: er ikke gyldig JSON på linje 1, kolonne ");
    }

    @Test
    void unknownField_wrongType_andHugeNumber_areAllListed() {
        String json = "{\"evaluationDate\":\"2025-06-01\",\"buyer\":{\"kind\":\"STATE\"},"
                + "\"purchase\":{\"estimatedValueNok\":\"much\",\"relatedPurchasesValueNok\":1e400}}";
        Run r = run(json.getBytes(StandardCharsets.UTF_8), "assess", "--format", "json", "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("\"buyer.kind\"").contains("\"purchase.estimatedValueNok\"").contains("\"purchase.relatedPurchasesValueNok\"")
                .contains("\"errors\"");
    }

    @Test
    void emptyFile_binaryGarbage_andMissingFile_areRefused(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        Path garbage = Files.write(dir.resolve("garbage.bin"), new byte[] {(byte) 0xC3, (byte) 0x28, 0, 1, 2, (byte) 0xFF});
        assertThat(run("assess", empty.toString())).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("er tom");
        });
        assertThat(run("assess", garbage.toString())).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("ugyldig UTF-8");
        });
        assertThat(run("assess", dir.resolve("nowhere.json").toString())).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("finnes ikke");
        });
        assertThat(run("[1,2]".getBytes(StandardCharsets.UTF_8), "assess", "-").err()).contains("må være et JSON-objekt, ikke en liste");
        assertThat(run("assess", "--lang", "de", empty.toString()).err()).contains("--lang");
    }

    @Test
    void assessBatch_answersEveryLineInOrder_andKeepsGoingAfterABadLine(@TempDir Path dir) throws IOException {
        String good = "{\"evaluationDate\":\"2025-06-01\",\"purchase\":{\"estimatedValueNok\":50000}}";
        Path input = Files.write(dir.resolve("in.jsonl"), List.of(good, "{not json", "", good));
        Run r = run("assess-batch", input.toString());
        assertThat(r.exit()).as("a refused line makes the batch exit 2").isEqualTo(2);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("\"formatVersion\":1").contains("\"paths\"");
        assertThat(lines.get(1)).contains("\"errors\"").contains("\"line\":2");
        assertThat(lines.get(2)).contains("\"errors\"").contains("\"line\":3");
        assertThat(lines.get(3)).contains("\"paths\"");
        assertThat(r.err()).contains("4 linjer: 2 vurdert, 2 avvist (avslutningskode 2");
    }

    @Test
    void questions_listTheNextFacts() {
        Run r = run("{\"evaluationDate\":\"2025-06-01\",\"purchase\":{\"estimatedValueNok\":3000000}}".getBytes(StandardCharsets.UTF_8),
                "questions", "--lang", "en", "-");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("ASK ABOUT THESE NEXT").contains("?").contains("decides");
        Run json = run("{\"evaluationDate\":\"2025-06-01\"}".getBytes(StandardCharsets.UTF_8), "questions", "--format", "json", "-");
        assertThat(json.out()).contains("\"fact\"").contains("\"decidesPaths\"");
    }

    @Test
    void thresholds_showTheRowInForce_withSources() {
        Run r = run("thresholds", "--date", "2024-03-14", "--lang", "en");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("T5").contains("EEA-O").contains("2,300,000");
        assertThat(run("thresholds", "--date", "2016-01-01").exit()).isEqualTo(2);
        assertThat(run("thresholds", "--date", "yesterday").exit()).isEqualTo(2);
        assertThat(run("thresholds", "--date", "2022-06-01", "--format", "json").out()).contains("\"row\" : \"T4\"").contains("THRESHOLDS_SECONDARY_SOURCES");
    }

    @Test
    void explain_tellsWhatAPathIs() {
        Run r = run("explain", "reserved_work_integration", "--lang", "en");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("RESERVED_WORK_INTEGRATION").contains("FOA § 8-8").contains("Conditions");
        assertThat(run("explain", "NO_SUCH_PATH").exit()).isEqualTo(2);
        assertThat(run("explain", "LOTS", "--format", "json").out()).contains("\"legalBasis\"");
    }

    @Test
    void help_andVersion() {
        assertThat(run("--help").out()).contains("assess-batch").contains("thresholds");
        assertThat(run("--version").out()).contains("FOA consolidated");
        assertThat(run().out()).contains("Usage");
        assertThat(run("frobnicate").exit()).isEqualTo(2);
    }
}
