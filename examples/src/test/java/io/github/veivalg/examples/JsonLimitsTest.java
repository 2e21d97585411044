package io.github.veivalg.examples;

import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.json.JsonLimits;
import io.github.veivalg.Problem;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every limit of {@link JsonLimits}: a request at the limit is read, one past it is refused, while parsing. */
class JsonLimitsTest {

    private static Problem refusal(String json) {
        return refusal(() -> JsonIo.readObject(json));
    }

    private static Problem refusal(Runnable read) {
        try {
            read.run();
        } catch (InvalidRequestException e) {
            JsonFuzz.checkRefusal(e);
            return e.problems().get(0);
        }
        throw new AssertionError("was not refused");
    }

    private static String list(String item, int n) {
        return "[" + String.join(",", java.util.Collections.nCopies(n, item)) + "]";
    }

    @Test
    void requestBytes_atTheLimit_andOnePast() {
        String head = "{\"evaluationDate\":\"2025-06-01\"";
        String at = head + " ".repeat(JsonLimits.MAX_REQUEST_BYTES - head.length() - 1) + "}";
        assertThat(at.getBytes(StandardCharsets.UTF_8)).hasSize(JsonLimits.MAX_REQUEST_BYTES);
        assertThat(JsonIo.readObject(at.getBytes(StandardCharsets.UTF_8))).containsKey("evaluationDate");
        String past = head + " ".repeat(JsonLimits.MAX_REQUEST_BYTES - head.length()) + "}";
        assertThat(refusal(() -> JsonIo.readObject(past.getBytes(StandardCharsets.UTF_8))).message())
                .isEqualTo("is larger than 1048576 bytes");
        assertThat(refusal(past).message()).isEqualTo("is larger than 1048576 bytes");
        // Multi-byte characters count as bytes, not chars.
        String wide = "{\"x\":\"" + "é".repeat(600) + "\"}" + " ".repeat(JsonLimits.MAX_REQUEST_BYTES - 700);
        assertThat(refusal(wide).message()).startsWith("is larger than");
    }

    @Test
    void anEndlessStream_isRefusedAfterOneBytePastTheLimit_andTheHeapStaysSmall() throws Exception {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return read[0] == 1 ? '[' : '"';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        };
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        assertThat(refusal(() -> {
            try {
                JsonIo.readRequest(endless);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).message()).isEqualTo("is larger than 1048576 bytes");
        assertThat(read[0]).isEqualTo(JsonLimits.MAX_REQUEST_BYTES + 1L);
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("heap after refusing an endless stream: %d MiB used (%+d MiB)%n", after >> 20, (after - before) >> 20);
        assertThat(after - before).as("heap growth after the refusal").isLessThan(64L << 20);
    }

    @Test
    void nesting_atTheLimit_andOnePast() {
        // The request is level 1: MAX - 1 nested objects inside it.
        int inner = JsonLimits.MAX_NESTING_DEPTH - 1;
        String at = "{" + "\"x\":{".repeat(inner) + "}".repeat(inner) + "}";
        assertThat(JsonIo.readObject(at)).containsKey("x");
        String past = "{" + "\"x\":{".repeat(inner + 1) + "}".repeat(inner + 1) + "}";
        Problem p = refusal(past);
        assertThat(p.message()).isEqualTo("is nested deeper than 16 levels");
        assertThat(p.field()).isEqualTo("x" + ".x".repeat(inner));
        assertThat(refusal("[".repeat(10_000) + "]".repeat(10_000)).message()).isEqualTo("must be a JSON object, not an array");
        assertThat(refusal("{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}").message()).isEqualTo("is nested deeper than 16 levels");
    }

    @Test
    void cpvCodesAndLots_atTheLimit_andOnePast() {
        String cpv = "{\"purchase\":{\"cpvCodes\":%s}}";
        assertThat(JsonIo.readObject(String.format(cpv, list("\"85312000\"", JsonLimits.MAX_ARRAY_ITEMS)))).containsKey("purchase");
        Problem p = refusal(String.format(cpv, list("\"85312000\"", JsonLimits.MAX_ARRAY_ITEMS + 1)));
        assertThat(p).isEqualTo(new Problem("purchase.cpvCodes", "has more than 1000 items"));
        String lot = "{\"id\":\"A\",\"valueNok\":1,\"subjectType\":\"SERVICES\"}";
        String lots = "{\"purchase\":{\"lots\":%s}}";
        assertThat(JsonIo.readObject(String.format(lots, list(lot, JsonLimits.MAX_ARRAY_ITEMS)))).containsKey("purchase");
        assertThat(refusal(String.format(lots, list(lot, JsonLimits.MAX_ARRAY_ITEMS + 1))))
                .isEqualTo(new Problem("purchase.lots", "has more than 1000 items"));
        // A 200 MB array of CPV codes is refused by its size before it is parsed.
        assertThat(refusal(String.format(cpv, list("\"85312000\"", 200_000))).message()).startsWith("is larger than");
    }

    @Test
    void fields_values_strings_names_andNumbers_atTheLimit_andOnePast() {
        assertThat(JsonIo.readObject(object(JsonLimits.MAX_OBJECT_FIELDS))).hasSize(JsonLimits.MAX_OBJECT_FIELDS);
        assertThat(refusal(object(JsonLimits.MAX_OBJECT_FIELDS + 1))).isEqualTo(new Problem("request", "has more than 200 fields"));

        // 1 (the request) + 19 arrays of 1 + 1000 + one array of 1 + n values.
        int rest = JsonLimits.MAX_VALUES - 1 - 19 * (1 + JsonLimits.MAX_ARRAY_ITEMS) - 1;
        StringBuilder values = new StringBuilder("{");
        for (int a = 0; a < 19; a++) {
            values.append("\"a").append(a).append("\":").append(list("0", JsonLimits.MAX_ARRAY_ITEMS)).append(',');
        }
        assertThat(JsonIo.readObject(values + "\"b\":" + list("0", rest) + "}")).hasSize(20);
        assertThat(refusal(values + "\"b\":" + list("0", rest + 1) + "}")).isEqualTo(new Problem("request", "has more than 20000 values"));

        String s = "{\"x\":\"%s\"}";
        assertThat(JsonIo.readObject(String.format(s, "é".repeat(JsonLimits.MAX_STRING_CHARS)))).containsKey("x");
        assertThat(refusal(String.format(s, "é".repeat(JsonLimits.MAX_STRING_CHARS + 1))))
                .isEqualTo(new Problem("x", "is a string longer than 1000 characters"));
        assertThat(refusal(String.format(s, "A".repeat(10_000_000 / 20)))).isEqualTo(new Problem("x", "is a string longer than 1000 characters"));

        String n = "{\"%s\":1}";
        assertThat(JsonIo.readObject(String.format(n, "k".repeat(JsonLimits.MAX_FIELD_NAME_CHARS)))).hasSize(1);
        assertThat(refusal(String.format(n, "k".repeat(JsonLimits.MAX_FIELD_NAME_CHARS + 1))).message())
                .isEqualTo("has a field name longer than 100 characters");
        assertThat(refusal(String.format(n, "k".repeat(100_000))).message()).isEqualTo("has a field name longer than 100 characters");

        String number = "{\"purchase\":{\"estimatedValueNok\":%s}}";
        assertThat(JsonIo.readObject(String.format(number, "9".repeat(JsonLimits.MAX_NUMBER_CHARS)))).containsKey("purchase");
        assertThat(refusal(String.format(number, "9".repeat(JsonLimits.MAX_NUMBER_CHARS + 1))))
                .isEqualTo(new Problem("purchase.estimatedValueNok", "is a number longer than 40 characters"));
        assertThat(refusal(String.format(number, "9".repeat(100_000))).message()).isEqualTo("is a number longer than 40 characters");
        assertThat(refusal(() -> JsonIo.readRequest("{\"evaluationDate\":\"2025-06-01\"," + String.format(number, "1e999999999").substring(1)))
                .message()).startsWith("is too large");
    }

    private static String object(int fields) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < fields; i++) {
            out.append(i > 0 ? "," : "").append("\"f").append(i).append("\":").append(i);
        }
        return out.append('}').toString();
    }

    @Test
    void aRefusal_listsTheFirstProblems_andCountsTheRest_quotingOnlyAPrefix() {
        StringBuilder purchase = new StringBuilder("{\"evaluationDate\":\"2025-06-01\",\"purchase\":{");
        for (int i = 0; i < 150; i++) {
            purchase.append(i > 0 ? "," : "").append("\"unknown").append(i).append("\":1");
        }
        InvalidRequestException e = (InvalidRequestException) org.assertj.core.api.Assertions.catchThrowable(
                () -> JsonIo.readRequest(purchase + "}}"));
        assertThat(e.problems()).hasSize(JsonLimits.MAX_LISTED_PROBLEMS);
        assertThat(e.unlistedProblems()).isEqualTo(150 - JsonLimits.MAX_LISTED_PROBLEMS);
        assertThat(e.getMessage()).startsWith("The request has 150 problems: ").endsWith("; and 125 more");
        assertThat(JsonIo.errors(e, false)).contains("\"moreErrors\":125");

        String longValue = "Z".repeat(JsonLimits.MAX_STRING_CHARS);
        Problem p = refusal(() -> JsonIo.readRequest("{\"evaluationDate\":\"2025-06-01\",\"buyer\":{\"authorityKind\":\"" + longValue + "\"}}"));
        assertThat(p.message()).contains("\"" + "Z".repeat(JsonLimits.MAX_QUOTED_CHARS - 1) + "…\"").doesNotContain("Z".repeat(JsonLimits.MAX_QUOTED_CHARS));
    }

    @Test
    void exactlyTheListedNumber_hasNoMore_andOneMoreIsCounted() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < JsonLimits.MAX_LISTED_PROBLEMS; i++) {
            problems.add(new Problem("f" + i, "is wrong"));
        }
        assertThat(new InvalidRequestException(problems).unlistedProblems()).isZero();
        problems.add(new Problem("last", "is wrong"));
        InvalidRequestException one = new InvalidRequestException(problems);
        assertThat(one.problems()).hasSize(JsonLimits.MAX_LISTED_PROBLEMS);
        assertThat(one.unlistedProblems()).isEqualTo(1);
        assertThat(new Problem("x".repeat(10_000), "y".repeat(10_000_000))).satisfies(big -> {
            assertThat(big.field()).hasSize(JsonLimits.MAX_FIELD_PATH_CHARS).endsWith("…");
            assertThat(big.message()).hasSize(JsonLimits.MAX_MESSAGE_CHARS).endsWith("…");
        });
    }

    @Test
    void aByteOrderMark_isSkipped_andALiteralReplacementCharacter_isText() {
        byte[] json = "{\"evaluationDate\":\"2025-06-01\",\"purchase\":{\"lots\":[{\"id\":\"A\uFFFD\",\"valueNok\":1,\"subjectType\":\"GOODS\"}]}}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        Map<String, Object> read = JsonIo.readObject(withBom);
        assertThat(read).containsKeys("evaluationDate", "purchase");
        assertThat(JsonIo.readObject("\uFEFF{\"a\":\"\uFFFD\"}")).containsEntry("a", "\uFFFD");
        assertThat(refusal(() -> JsonIo.readObject(new byte[] {'{', (byte) 0xC3, '}'})).message()).isEqualTo(JsonIo.NOT_TEXT);
    }

    @Test
    void parseErrors_speakOurWords_notTheLibrarys() {
        for (String bad : List.of("{\"a\":NaN}", "{\"a\":01}", "{\"a\":tru}", "{\"a\" 1}", "{\"a\":\"\\q\"}", "{\"a\":1]",
                "{\"a\":1}{", "{\"a\":\"x\u0001\"}", "{\"a\":1,\"a\":2}", "{\"a\":-}", "\u2028{}")) {
            Problem p = refusal(bad);
            assertThat(p.field()).isNotBlank();
            assertThat(ProblemText.bokmal(p.message())).as("translated: " + p.message()).isNotEqualTo(p.message());
        }
        assertThatThrownBy(() -> JsonIo.readObject("{\"a\":1,\"a\":2}")).hasMessageContaining("a: is given twice");
    }
}
