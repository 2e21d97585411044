package io.github.veivalg.examples.notice;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing the reader with mutated real notices: every input is read or refused with at least one
 * problem; no other exception ever escapes, and a notice that is read gives a request or a refusal.
 */
class NoticeReaderFuzzTest {

    static final List<byte[]> SEEDS = seeds();

    static List<byte[]> seeds() {
        try (Stream<Path> files = Stream.concat(Files.list(NoticeScenarioTest.NOTICES.resolve("dfo-national-e")),
                Files.list(NoticeScenarioTest.NOTICES.resolve("ours")))) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8).replace("${ISSUEDATE}", "2025-06-01").getBytes(StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        Arbitrary<byte[]> seed = Arbitraries.of(SEEDS);
        Arbitrary<String> snippets = Arbitraries.of("<", ">", "&", "&amp;", "<!DOCTYPE x>", "]]>", "<![CDATA[", "\u0000", "\uFFFD", "-1", "1e400",
                "NaN", "EUR", "NOK", "${ISSUEDATE}", "2017-13-40", "<cbc:ID schemeName=\"ELI\">x</cbc:ID>", "body-pl", "neg-wo-call",
                "<cbc:ProcessReasonCode listName=\"direct-award-justification\">technical</cbc:ProcessReasonCode>", "</cac:ProcurementProject>",
                "<cac:ProcurementProjectLot><cbc:ID>L</cbc:ID></cac:ProcurementProjectLot>", "99999999999999999999999", "Del 1 og 2", "Del 9");
        return Arbitraries.oneOf(
                // flip bytes
                seed.flatMap(s -> Arbitraries.integers().between(0, s.length - 1).list().ofMaxSize(8)
                        .flatMap(positions -> Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
                            byte[] copy = s.clone();
                            for (int i = 0; i < positions.size(); i++) {
                                copy[positions.get(i)] = values.get(i);
                            }
                            return copy;
                        }))),
                // truncate
                seed.flatMap(s -> Arbitraries.integers().between(0, s.length).map(n -> java.util.Arrays.copyOf(s, n))),
                // insert a snippet
                seed.flatMap(s -> Arbitraries.integers().between(0, s.length).flatMap(at -> snippets.map(snippet -> {
                    byte[] ins = snippet.getBytes(StandardCharsets.UTF_8);
                    byte[] out = new byte[s.length + ins.length];
                    System.arraycopy(s, 0, out, 0, at);
                    System.arraycopy(ins, 0, out, at, ins.length);
                    System.arraycopy(s, at, out, at + ins.length, s.length - at);
                    return out;
                }))),
                // replace the text between two tags
                seed.flatMap(s -> snippets.map(snippet -> new String(s, StandardCharsets.UTF_8)
                        .replaceFirst(">[^<]{1,40}</cbc:", ">" + java.util.regex.Matcher.quoteReplacement(snippet) + "</cbc:")
                        .getBytes(StandardCharsets.UTF_8))),
                // random bytes
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000));
    }

    @Property(tries = 400)
    void a_mutated_notice_is_read_or_refused_never_an_exception(@ForAll("mutated") byte[] input) {
        Notice notice;
        try {
            notice = new NoticeReader().read("fuzz.xml", input);
        } catch (NoticeRefusal r) {
            assertThat(r.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).isNotBlank());
            return;
        }
        try {
            assertThat(NoticeRequest.of(notice, notice.issueDate().orElse(LocalDate.of(2025, 6, 1)))).isNotNull();
        } catch (NoticeRefusal r) {
            assertThat(r.problems()).isNotEmpty();
        }
    }
}
