package io.github.veivalg.examples.plan;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV row reader, fuzzed: any text gives rows in order or a typed refusal, never another exception. */
class CsvReaderProperties {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> cell = Arbitraries.strings().withChars("ab ;,\"\n\r\t0123456789æøå\uFEFF\u0000").ofMaxLength(12);
        Arbitrary<String> line = cell.list().ofMaxSize(8).map(cells -> String.join(";", cells));
        Arbitrary<String> structured = line.list().ofMaxSize(12).map(lines -> "anskaffelse;estimert verdi;kategori\n" + String.join("\n", lines));
        return Arbitraries.oneOf(structured, Arbitraries.strings().ofMaxLength(300));
    }

    @Property(tries = 500)
    void anyText_givesRowsInOrder_orAPlanFileException(@ForAll("texts") String text, @ForAll boolean semicolon) {
        List<Long> numbers = new ArrayList<>();
        List<PlanReader.RawRow> headers = new ArrayList<>();
        try {
            CsvPlan.read(new StringReader(text), semicolon ? ';' : ',', PlanReader.Limits.defaults(), new PlanReader.Rows() {
                @Override
                public void header(PlanReader.RawRow header) {
                    headers.add(header);
                }

                @Override
                public void row(PlanReader.RawRow row) {
                    assertThat(row.cells()).hasSizeLessThanOrEqualTo(PlanReader.Limits.MAX_COLUMNS);
                    numbers.add(row.rowNumber());
                }
            });
            assertThat(headers).hasSize(1);
        } catch (PlanFileException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        assertThat(headers).hasSizeLessThanOrEqualTo(1);
        for (int i = 1; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isGreaterThan(numbers.get(i - 1));
        }
    }

    @Property(tries = 300)
    void everyRowOfAPlan_isMapped_orRefusedWithProblems(@ForAll("texts") String text) {
        try {
            CsvPlan.read(new StringReader(text), ';', PlanReader.Limits.defaults(), new PlanReader.Rows() {
                PlanRowMapper mapper;

                @Override
                public void header(PlanReader.RawRow header) throws PlanFileException {
                    mapper = new PlanRowMapper(PlanHeader.of(header.cells(), java.util.Map.of()),
                            new PlanRowMapper.Defaults(java.time.LocalDate.of(2026, 1, 15), io.github.veivalg.vocabulary.AuthorityKind.MUNICIPALITY, true));
                }

                @Override
                public void row(PlanReader.RawRow row) {
                    PlanRowMapper.Mapped m = mapper.map(row);
                    assertThat(m.ok() || !m.problems().isEmpty()).isTrue();
                }
            });
        } catch (PlanFileException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
