package io.github.veivalg.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Bad input is refused with core's InvalidRequestException, every problem named with its field path. */
class BadRequestTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new VeivalgModule()).build();

    private static List<Problem> problems(String json) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> MAPPER.readValue(json, AssessmentRequest.class));
        assertThat(e).as("refused: " + json).isNotNull();
        return e.problems();
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void everyProblemIsListedAtOnceWithItsFieldPath() {
        List<Problem> problems = problems("""
                {"evaluationDate": "2025-13-01",
                 "buyer": {"authorityKind": "KOMMUNE", "colour": "blue"},
                 "purchase": {"estimatedValueNok": 10.5, "cpvCodes": ["123", 4], "isPilot": true,
                              "valueIncludesOptionsAndExtensions": "yes",
                              "lots": [{"id": "a", "valueNok": -1}]},
                 "supplier": {"isNonProfit": true, "isNonProfit": false},
                 "market": [],
                 "extra": 1}
                """);

        assertThat(fields(problems)).contains(
                "supplier.isNonProfit",                       // given twice: the module's own check, listed first
                "extra", "evaluationDate", "buyer.authorityKind", "buyer.colour",
                "purchase.estimatedValueNok", "purchase.cpvCodes[1]", "purchase.isPilot",
                "purchase.valueIncludesOptionsAndExtensions", "market");
        assertThat(problems.get(0)).isEqualTo(new Problem("supplier.isNonProfit", "is given more than once"));
        assertThat(problems).filteredOn(p -> p.field().equals("buyer.authorityKind"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("MUNICIPALITY").contains("\"KOMMUNE\""));
        assertThat(problems.size()).isGreaterThanOrEqualTo(11);
    }

    @Test
    void aNumberNoDecimalCanHold_isAProblemOfItsField_notAnEscape() {
        // Found by RequestRoundTripProperties (seed -2381559111508185275): a NumberFormatException escaped.
        assertThat(problems("{\"evaluationDate\": \"2025-06-01\", \"purchase\": {\"estimatedValueNok\": 1e9999993858478}}"))
                .contains(new Problem("purchase.estimatedValueNok", "is too large, was \"1e9999993858478\""));
    }

    @Test
    void aMissingDateIsNamed() {
        assertThat(problems("{\"purchase\": {\"estimatedValueNok\": 1000}}"))
                .containsExactly(new Problem("evaluationDate", "is required"));
    }

    @Test
    void somethingElseThanAnObjectIsRefused() {
        assertThat(problems("[1, 2]")).singleElement().isEqualTo(new Problem("request", "must be a JSON object, not a list"));
        assertThat(problems("\"2025-01-01\"")).singleElement().isEqualTo(new Problem("request", "must be a JSON object, not a string"));
        assertThat(problems("42")).singleElement().isEqualTo(new Problem("request", "must be a JSON object, not a number"));
    }

    @Test
    void malformedJsonInsideTheRequestIsRefusedWithItsPlace() {
        List<Problem> problems = problems("{\"evaluationDate\": \"2025-01-01\",\n \"buyer\": {\"authorityKind\" \"STATE\"}}");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("request");
            assertThat(p.message()).startsWith("is not valid JSON at line 2, column");
        });
    }

    @Test
    void deepNestingIsRefusedWithoutRecursingIntoIt() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        // Jackson's own nesting limit (1000) or the module's depth cap: either way a listed problem, never a stack overflow.
        List<Problem> problems = problems("{\"evaluationDate\": \"2025-01-01\", \"buyer\": " + deep + "}");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.field()).isIn("request", "buyer"));

        String nested = "{\"a\":".repeat(RequestDeserializer.MAX_DEPTH + 5) + "1" + "}".repeat(RequestDeserializer.MAX_DEPTH + 5);
        assertThat(fields(problems("{\"evaluationDate\": \"2025-01-01\", \"purchase\": {\"lots\": " + nested + "}}")))
                .containsExactly("purchase.lots");
    }

    @Test
    void hugeNumbersAreRefusedAsTooLargeNotRoundedOrOverflowed() {
        assertThat(problems("{\"evaluationDate\": \"2025-01-01\", \"purchase\": {\"estimatedValueNok\": 1" + "0".repeat(40) + "}}"))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("purchase.estimatedValueNok");
                    assertThat(p.message()).startsWith("is too large");
                });
        assertThat(problems("{\"evaluationDate\": \"2025-01-01\", \"purchase\": {\"contractDurationMonths\": 1e400}}"))
                .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("purchase.contractDurationMonths"));
    }

    @Test
    void aDecimalIsReadExactlyWhateverTheMapperSays() throws Exception {
        // The plain mapper reads 29.999999999999999999 as the double 30.0; the module reads the digits as written.
        assertThatThrownBy(() -> MAPPER.readValue("{\"evaluationDate\": \"2025-01-01\", \"purchase\": {\"estimatedValueNok\": 1000.000000000000000001}}",
                AssessmentRequest.class))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("purchase.estimatedValueNok: must be a whole number of kroner");
        AssessmentRequest whole = MAPPER.readValue("{\"evaluationDate\": \"2025-01-01\", \"purchase\": {\"estimatedValueNok\": 1000.0}}",
                AssessmentRequest.class);
        assertThat(whole.purchase().estimatedValueNok()).hasValueSatisfying(m -> assertThat(m.kroner()).isEqualTo(1000));
    }
}
