package io.github.veivalg;

import io.github.veivalg.kb.data.LawDataException;
import io.github.veivalg.kb.data.TableProblem;
import io.github.veivalg.kb.data.ThresholdTable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The law-data reader is outside input: whatever a file holds, it is either loaded (and then
 * answers every supported date) or refused with a bounded list of problems, each short, never
 * with another exception.
 */
class LawDataFuzzProperties {

    private static final List<String> SHIPPED = LawDataLoadingTest.shippedLines();

    /** One edit of the shipped table: a cell replaced, a line dropped or doubled, or bytes inserted. */
    record Edit(int kind, int line, int cell, String text) {
        List<String> apply(List<String> lines) {
            List<String> out = new ArrayList<>(lines);
            int i = Math.floorMod(line, out.size());
            switch (kind) {
                case 0 -> {
                    String[] cells = out.get(i).split("\t", -1);
                    cells[Math.floorMod(cell, cells.length)] = text;
                    out.set(i, String.join("\t", cells));
                }
                case 1 -> out.remove(i);
                case 2 -> out.add(i, out.get(i));
                default -> out.add(i, text);
            }
            return out;
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of("-", "", "0", "-1", "1.5", "1,5", "2017-01-01", "2026-04-21", "9999-12-31", "yes", "no",
                        "E4", "E99", "EEA-S", "NOK", "99999999999999999999", "\u0000", "\t", "figure"));
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers(),
                Arbitraries.integers().between(0, 12), text).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 300)
    void anEditedTable_isLoadedOrRefusedWithBoundedProblems(@ForAll("edits") List<Edit> edits) {
        List<String> lines = SHIPPED;
        for (Edit e : edits) {
            lines = e.apply(lines);
        }
        check(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void arbitraryBytes_areRefusedWithBoundedProblems(@ForAll byte[] bytes) {
        check(bytes);
    }

    private static void check(byte[] bytes) {
        try {
            ThresholdTable table = ThresholdTable.load("fuzz.tsv", bytes, false);
            assertThat(table.rowFor(LocalDate.of(2017, 1, 1))).isPresent();
            assertThat(table.rowFor(LocalDate.of(9999, 12, 31))).isPresent();
        } catch (LawDataException e) {
            assertThat(e.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(LawDataException.MAX_PROBLEMS + 1);
            assertThat(e.problems()).extracting(TableProblem::message).allSatisfy(m -> assertThat(m.length()).isLessThan(700));
        }
    }
}
