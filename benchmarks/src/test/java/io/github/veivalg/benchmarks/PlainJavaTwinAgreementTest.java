package io.github.veivalg.benchmarks;

import io.github.veivalg.Assessment;
import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.PathStatus;
import io.github.veivalg.Veivalg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison with the plain-Java twin is fair only if the twin gives the same answers: on every
 * scenario request it claims, its band and its five statuses equal those of the knowledge base.
 */
class PlainJavaTwinAgreementTest {

    /** The twin must cover a real share of the legal test suite, not a handful of easy cases. */
    private static final int MINIMUM_SCENARIOS = 100;

    private static Veivalg veivalg;
    private static PlainJavaTwin twin;
    /** The scenario requests, parsed from the YAML once for both tests. */
    private static List<Inputs.Input> inputs;

    @BeforeAll
    static void load() {
        veivalg = Veivalg.create();
        twin = PlainJavaTwin.load();
        inputs = Inputs.scenarioRequests();
    }

    @AfterAll
    static void close() {
        veivalg.close();
    }

    @Test
    void twin_onEveryScenarioItHandles_agreesWithTheKnowledgeBase() {
        List<String> disagreements = new ArrayList<>();
        int handled = 0;
        for (Inputs.Input input : inputs) {
            PlainJavaTwin.Decision decision = twin.decide(input.request());
            if (decision == null) {
                continue;
            }
            handled++;
            Assessment answer = veivalg.assess(input.request());
            Map<PathId, PathStatus> expected = new EnumMap<>(PathId.class);
            for (PathId path : PlainJavaTwin.PATHS) {
                expected.put(path, answer.path(path).status());
            }
            if (answer.band() != decision.band() || !expected.equals(decision.statuses())) {
                disagreements.add(input.name() + ": knowledge base " + answer.band() + " " + expected
                        + ", twin " + decision.band() + " " + decision.statuses());
            }
        }
        assertThat(disagreements).as("scenarios where the twin and the knowledge base disagree").isEmpty();
        assertThat(handled).as("scenarios the twin handles").isGreaterThanOrEqualTo(MINIMUM_SCENARIOS);
    }

    @Test
    void twin_handlesEveryBandItModels() {
        Map<Band, Integer> perBand = new EnumMap<>(Band.class);
        for (Inputs.Input input : inputs) {
            PlainJavaTwin.Decision decision = twin.decide(input.request());
            if (decision != null) {
                perBand.merge(decision.band(), 1, Integer::sum);
            }
        }
        assertThat(perBand.keySet()).as("bands among the scenarios the twin handles: " + perBand)
                .contains(Band.BELOW_LOWER_LIMIT, Band.PART_I_ONLY, Band.PART_II, Band.PART_III,
                        Band.SPECIAL_SERVICES_PART_II_PLUS, Band.PART_IV_CH30, Band.UNDETERMINED);
    }
}
