package io.github.veivalg.examples.notice;

import io.github.veivalg.vocabulary.AgreementType;
import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.SubjectType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The mapping table covers every code of the SDK's code lists, and every value means something. */
class NoticeCodesTest {

    static final Path LISTS = NoticeScenarioTest.NOTICES.resolve("op-ted-sdk-codelists");
    private static final Pattern CODE = Pattern.compile("ColumnRef=\"code\">\\s*<SimpleValue>([^<]*)</SimpleValue>");

    static Set<String> codesOf(String list) throws IOException {
        Set<String> codes = new TreeSet<>();
        Matcher m = CODE.matcher(Files.readString(LISTS.resolve(list + ".gc"), StandardCharsets.UTF_8));
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    @ParameterizedTest
    @CsvSource({"buyer-legal-type", "contract-nature", "direct-award-justification", "legal-basis", "procurement-procedure-type", "reserved-procurement"})
    void every_code_of_the_list_has_exactly_one_row(String list) throws IOException {
        Set<String> codes = codesOf(list);
        assertThat(codes).isNotEmpty();
        assertThat(new TreeSet<>(NoticeCodes.shipped().codes(list))).isEqualTo(codes);
    }

    @Test
    void every_value_is_a_veivalg_kind_or_a_path_list() {
        NoticeCodes c = NoticeCodes.shipped();
        for (String table : c.tables()) {
            for (String code : c.codes(table)) {
                String v = c.value(table, code).orElseThrow();
                if (v.isEmpty() || v.equals(NoticeCodes.UNKNOWN_FACT) || v.equals(NoticeCodes.NOT_MODELLED)) {
                    continue;
                }
                assertThatCode(() -> {
                    switch (table) {
                        case "buyer-legal-type" -> AuthorityKind.valueOf(v);
                        case "contract-nature" -> SubjectType.valueOf(v);
                        case "framework-agreement", "dps-usage" -> AgreementType.valueOf(v);
                        case "legal-basis" -> assertThat(v).isIn("FOA-EEA", "NATIONAL");
                        case "eli" -> assertThat(v).isEqualTo("FOA");
                        default -> {
                            for (String p : v.split(",")) {
                                PathId.valueOf(p);
                            }
                        }
                    }
                }).as(table + " " + code).doesNotThrowAnyException();
            }
        }
    }
}
