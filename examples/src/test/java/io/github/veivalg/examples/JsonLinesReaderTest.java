package io.github.veivalg.examples;

import io.github.veivalg.json.JsonLimits;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON Lines exactly: a line ends at \n, with an optional \r before it, and nowhere else. */
class JsonLinesReaderTest {

    private static List<JsonLinesReader.Line> lines(byte[] bytes) throws IOException {
        JsonLinesReader reader = new JsonLinesReader(new ByteArrayInputStream(bytes));
        List<JsonLinesReader.Line> out = new ArrayList<>();
        for (JsonLinesReader.Line l; (l = reader.next()) != null; ) {
            out.add(l);
        }
        return out;
    }

    private static List<String> texts(String input) throws IOException {
        return lines(input.getBytes(StandardCharsets.UTF_8)).stream().map(l -> new String(l.bytes(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void carriageReturns_u2028_andU2029_areNotLineEnds() throws IOException {
        String input = "{\"a\":\r1}\n{\"b\":\"x\u2028y\u2029z\"}\r\n\u2028{}\u2029\n{\"c\":\"\r\"}\r\r\n";
        assertThat(texts(input)).containsExactly("{\"a\":\r1}", "{\"b\":\"x\u2028y\u2029z\"}", "\u2028{}\u2029", "{\"c\":\"\r\"}\r");
        // JSON reads a CR as whitespace and U+2028 inside a string as a character.
        assertThat(JsonIo.readObject(texts(input).get(0))).containsKey("a");
        assertThat(JsonIo.readObject(texts(input).get(1))).containsEntry("b", "x\u2028y\u2029z");
    }

    @Test
    void blankLines_aLastLineWithoutNewline_andAByteOrderMark() throws IOException {
        assertThat(texts("a\n\n\r\nb")).containsExactly("a", "", "", "b");
        assertThat(texts("a\n")).containsExactly("a");
        assertThat(texts("")).isEmpty();
        assertThat(texts("\uFEFFa\n\uFEFFb")).containsExactly("a", "\uFEFFb");
        assertThat(lines("x\ny\nz".getBytes(StandardCharsets.UTF_8))).extracting(JsonLinesReader.Line::number).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aLineAtTheLimit_isKept_andOnePast_isSkippedToItsEnd() throws IOException {
        String at = "a".repeat(JsonLimits.MAX_REQUEST_BYTES);
        String past = "b".repeat(JsonLimits.MAX_REQUEST_BYTES + 1);
        List<JsonLinesReader.Line> read = lines((at + "\r\n" + past + "\nc\n").getBytes(StandardCharsets.UTF_8));
        assertThat(read).hasSize(3);
        assertThat(read.get(0).tooLong()).isFalse();
        assertThat(read.get(0).bytes()).hasSize(JsonLimits.MAX_REQUEST_BYTES);
        assertThat(read.get(1).tooLong()).isTrue();
        assertThat(read.get(1).bytes()).isEmpty();
        assertThat(new String(read.get(2).bytes(), StandardCharsets.UTF_8)).isEqualTo("c");
    }
}
