package io.github.veivalg.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.json.JsonContract;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.PathInfo;
import io.github.veivalg.Problem;
import io.github.veivalg.Question;
import io.github.veivalg.ThresholdsInForce;
import io.github.veivalg.Veivalg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The other values the module writes: thresholds, path info, questions and problems, in the shapes the CLI and JsonContract use. */
class ContractShapesTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new VeivalgModule()).build();
    private static final ObjectMapper PLAIN = JsonMapper.builder().build();
    private static Veivalg veivalg;

    @BeforeAll
    static void load() {
        veivalg = Veivalg.create();
    }

    @AfterAll
    static void close() {
        veivalg.close();
    }

    private static JsonNode json(Object value) throws Exception {
        return MAPPER.readTree(MAPPER.writeValueAsString(value));
    }

    /** What the plain mapper writes for the contract's maps, read back as text is read. */
    private static JsonNode plain(Object value) throws Exception {
        return PLAIN.readTree(PLAIN.writeValueAsString(value));
    }

    @Test
    void thresholdsInForceListTheirFiguresAsTheResponseDoes() throws Exception {
        ThresholdsInForce row = veivalg.thresholdsOn(LocalDate.of(2025, 6, 1), Locale.ENGLISH).orElseThrow();

        JsonNode written = json(row);

        assertThat(written.get("date").asText()).isEqualTo("2025-06-01");
        assertThat(written.get("row").asText()).isEqualTo(row.rowId());
        assertThat(written.get("figures")).isEqualTo(plain(row.figures().stream().map(JsonContract::thresholdToMap).toList()));
        assertThat(written.get("figures")).hasSize(row.figures().size());
        assertThat(written.get("warningCodes")).hasSize(row.warnings().size());
        // A single figure is written alone in the same shape.
        assertThat(json(row.figures().get(0))).isEqualTo(plain(JsonContract.thresholdToMap(row.figures().get(0))));
    }

    @Test
    void pathInfoAsTheCliExplainsIt() throws Exception {
        PathInfo info = veivalg.explain(PathId.RESERVED_WORK_INTEGRATION, Locale.ENGLISH);

        JsonNode written = json(info);

        assertThat(written.get("id").asText()).isEqualTo("RESERVED_WORK_INTEGRATION");
        assertThat(written.get("title").asText()).isEqualTo(info.title());
        assertThat(written.get("legalBasis").toString()).contains("FOA § 8-8");
        assertThat(written.get("rules")).hasSize(info.rules().size());
    }

    @Test
    void questionsNameTheFactTheTextAndThePathsTheyDecide() throws Exception {
        Assessment answer = veivalg.assess(AssessmentRequest.builder(LocalDate.of(2025, 6, 1)).build(), Locale.ENGLISH);
        List<Question> questions = answer.nextQuestions();
        assertThat(questions).isNotEmpty();

        JsonNode written = json(questions);

        assertThat(written).hasSize(questions.size());
        assertThat(written.get(0).get("fact").asText()).isEqualTo(questions.get(0).fact());
        assertThat(written.get(0).get("question").asText()).isEqualTo(questions.get(0).text());
        assertThat(written.get(0).get("decidesPaths")).hasSize(questions.get(0).paths().size());
    }

    @Test
    void aProblemIsAnEntryOfTheContractsErrors() throws Exception {
        Problem problem = new Problem("purchase.estimatedValueNok", "must not be negative, was -1");

        assertThat(json(problem)).isEqualTo(plain(JsonContract.errorsToMap(List.of(problem))).get("errors").get(0));
    }
}
