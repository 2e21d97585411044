package io.github.veivalg.benchmarks;

import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.json.JsonContract;
import io.github.veivalg.legal.Scenarios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The benchmarks' inputs: the requests of the legal test suite (the YAML scenarios under
 * {@code legal-suite/scenarios}, each merged with its file's defaults), read with the legal suite's
 * {@link Scenarios}. Scenarios that expect a refusal are left out: they never reach the rules.
 */
public final class Inputs {

    /** The system property naming the scenario directory (the same one the legal suite's tests read). */
    public static final String SCENARIOS_PROPERTY = "veivalg.scenarios";

    private static final long SHUFFLE_SEED = 20261126L;

    private Inputs() {
    }

    /** One valid scenario request. */
    public record Input(String name, AssessmentRequest request) {
    }

    /**
     * Points {@link Scenarios} at the scenario directory when the system property is not set:
     * {@code legal-suite/scenarios} from the project root, or {@code ../legal-suite/scenarios} from a module.
     */
    public static void locateScenarios() {
        if (System.getProperty(SCENARIOS_PROPERTY) != null) {
            return;
        }
        for (String candidate : List.of("legal-suite/scenarios", "../legal-suite/scenarios")) {
            if (Files.isDirectory(Path.of(candidate))) {
                System.setProperty(SCENARIOS_PROPERTY, Path.of(candidate).toAbsolutePath().normalize().toString());
                return;
            }
        }
        throw new IllegalStateException("The scenario directory legal-suite/scenarios was not found from "
                + Path.of("").toAbsolutePath() + "; run from the project root or set -D" + SCENARIOS_PROPERTY + "=DIR");
    }

    /** The parsed scenario requests, read once per JVM (see {@link #scenarioRequests()}). */
    private static volatile List<Input> scenarioRequests;

    /**
     * Every valid scenario request, in file order. Parsed on the first call and kept: the suite
     * does not change while a JVM runs, and {@link Scenarios#all()} does not cache.
     */
    public static List<Input> scenarioRequests() {
        List<Input> inputs = scenarioRequests;
        if (inputs == null) {
            synchronized (Inputs.class) {
                inputs = scenarioRequests;
                if (inputs == null) {
                    inputs = readScenarioRequests();
                    scenarioRequests = inputs;
                }
            }
        }
        return inputs;
    }

    private static List<Input> readScenarioRequests() {
        locateScenarios();
        List<Input> inputs = new ArrayList<>();
        for (Scenarios.Scenario s : Scenarios.all()) {
            if (s.expect().containsKey("invalid")) {
                continue;
            }
            try {
                inputs.add(new Input(s.toString(), JsonContract.requestFromMap(s.request())));
            } catch (InvalidRequestException e) {
                // A scenario that does not expect a refusal but gets one is the legal suite's test to report.
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalStateException("No scenario requests found under " + System.getProperty(SCENARIOS_PROPERTY));
        }
        return List.copyOf(inputs);
    }

    /** The realistic mix: every valid scenario request, shuffled with a fixed seed so that no file's inputs come in a row. */
    public static AssessmentRequest[] mix() {
        return shuffled(scenarioRequests().stream().map(Input::request).toList());
    }

    /** The scenario requests the plain-Java twin handles, shuffled like {@link #mix()}. */
    public static AssessmentRequest[] twinSubset(PlainJavaTwin twin) {
        List<AssessmentRequest> requests = new ArrayList<>();
        for (Input input : scenarioRequests()) {
            if (twin.decide(input.request()) != null) {
                requests.add(input.request());
            }
        }
        return shuffled(requests);
    }

    /** A shuffled copy, always with the same seed, so that every run and every fork sees the same order. */
    private static AssessmentRequest[] shuffled(List<AssessmentRequest> requests) {
        List<AssessmentRequest> copy = new ArrayList<>(requests);
        Collections.shuffle(copy, new Random(SHUFFLE_SEED));
        return copy.toArray(AssessmentRequest[]::new);
    }
}
