package io.github.veivalg.examples;

import io.github.veivalg.InvalidRequestException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing as a test: every input, valid, mutated, random, oversized, 10 000 levels deep, huge
 * numbers or binary, is either answered completely or refused with listed problems in the
 * project's words, by the reader and by the command-line program. The benchmarks' FuzzHarness runs
 * the same inputs 100 000 times and more.
 */
class JsonFuzzTest {

    @Provide
    Arbitrary<JsonFuzz.Input> inputs() {
        return Arbitraries.of(JsonFuzz.Kind.values()).flatMap(kind -> Arbitraries.randomValue(random -> JsonFuzz.next(random, kind)));
    }

    @net.jqwik.api.Example
    void aBacktick_isNamedByItsCodePoint_notQuotedLikeALibrarysMessage() {
        // Found by FuzzHarness --service (seed 1006031): "unexpected character '`'" read as a library's words.
        try {
            JsonIo.readRequest("`");
            throw new AssertionError("a backtick is not JSON");
        } catch (InvalidRequestException e) {
            JsonFuzz.checkRefusal(e);
            assertThat(e.problems().get(0).message()).contains("unexpected character U+0060");
        }
    }

    @Property(tries = 400)
    void theReader_answersOrRefusesWithListedProblems(@ForAll("inputs") JsonFuzz.Input input) {
        JsonFuzz.Outcome outcome = JsonFuzz.check(input);
        if (input.kind() == JsonFuzz.Kind.VALID) {
            assertThat(outcome).isEqualTo(JsonFuzz.Outcome.ANSWERED);
        }
        if (input.kind() == JsonFuzz.Kind.OVERSIZED || input.kind() == JsonFuzz.Kind.DEEP) {
            assertThat(outcome).isEqualTo(JsonFuzz.Outcome.REFUSED);
        }
    }

    @Property(tries = 60)
    void theCli_exitsZeroOrTwo_neverWithAStackTrace(@ForAll("inputs") JsonFuzz.Input input) {
        CliTest.Run r = CliTest.run(input.bytes(), "assess", "--format", "json", "-");
        assertThat(r.exit()).as(r.err()).isIn(0, 2);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        if (r.exit() == 0) {
            assertThat(r.out()).contains("\"paths\"");
        } else {
            assertThat(r.out()).contains("\"errors\"");
            for (String word : JsonFuzz.LIBRARY_WORDS) {
                assertThat(r.out()).doesNotContain(word);
            }
        }
    }

    @Property(tries = 200)
    void mutatedRequests_neverEscapeTheReader(@ForAll long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 5; i++) {
            try {
                JsonIo.readRequest(JsonFuzz.mutate(random, JsonFuzz.SEEDS[i % 2]));
            } catch (InvalidRequestException e) {
                JsonFuzz.checkRefusal(e);
            }
        }
    }
}
