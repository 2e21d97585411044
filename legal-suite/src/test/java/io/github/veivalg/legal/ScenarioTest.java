package io.github.veivalg.legal;

import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.PathResult;
import io.github.veivalg.Presumption;
import io.github.veivalg.Problem;
import io.github.veivalg.Veivalg;
import io.github.veivalg.Warning;
import io.github.veivalg.json.JsonContract;

import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.PathStatus;

// The one class outside the public API: the rule-coverage gate needs every rule of the knowledge
// base, and the public Veivalg.explain(path).rules() lists only the rules that decide a path, not
// those with @decides("-"). The tests run on the class path, where the unexported package is reachable.
import io.github.veivalg.internal.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs the legal test suite (the YAML scenarios under this module's {@code scenarios/}), then
 * reports every rule that no scenario fired and every path no scenario asserts; the build fails
 * while either list is not empty.
 */
class ScenarioTest {

    private static final Veivalg VEIVALG = Veivalg.create();
    private static final Set<String> FIRED = ConcurrentHashMap.newKeySet();
    private static final Map<PathId, Set<PathStatus>> ASSERTED = new EnumMap<>(PathId.class);
    private static final Map<PathId, Set<PathStatus>> SEEN = new EnumMap<>(PathId.class);
    private static int scenariosRun;

    @TestFactory
    List<DynamicNode> legalTestSuite() {
        List<DynamicNode> files = new ArrayList<>();
        for (Path file : Scenarios.files()) {
            List<DynamicNode> tests = new ArrayList<>();
            for (Scenarios.Scenario scenario : Scenarios.read(file)) {
                tests.add(DynamicTest.dynamicTest(scenario.name(), file.toUri(), () -> run(scenario)));
            }
            files.add(DynamicContainer.dynamicContainer(Scenarios.root().relativize(file).toString(), file.toUri(), tests.stream()));
        }
        assertThat(files).as("scenario files under " + Scenarios.root()).isNotEmpty();
        return files;
    }

    @SuppressWarnings("unchecked")
    private static void run(Scenarios.Scenario scenario) {
        Map<String, Object> expect = scenario.expect();
        synchronized (ScenarioTest.class) {
            scenariosRun++;
        }
        if (expect.containsKey("invalid")) {
            List<String> fields = (List<String>) expect.get("invalid");
            assertThatThrownBy(() -> JsonContract.requestFromMap(scenario.request()))
                    .isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> {
                        Set<String> reported = ((InvalidRequestException) e).problems().stream().map(Problem::field).collect(Collectors.toSet());
                        assertThat(reported).as("fields named by the refusal").containsAll(fields);
                    });
            return;
        }
        AssessmentRequest request = JsonContract.requestFromMap(scenario.request());
        Assessment assessment = VEIVALG.assess(request, Locale.ENGLISH);
        FIRED.addAll(assessment.firedRules());
        synchronized (SEEN) {
            for (PathResult p : assessment.paths()) {
                SEEN.computeIfAbsent(p.id(), k -> EnumSet.noneOf(PathStatus.class)).add(p.status());
            }
        }
        List<String> failures = new ArrayList<>();
        if (expect.containsKey("band") && !assessment.band().name().equals(expect.get("band"))) {
            failures.add("band: expected " + expect.get("band") + " but was " + assessment.band());
        }
        Map<String, Object> paths = (Map<String, Object>) expect.getOrDefault("paths", Map.of());
        for (Map.Entry<String, Object> e : paths.entrySet()) {
            PathId id = PathId.valueOf(e.getKey());
            PathStatus expected = PathStatus.valueOf(e.getValue().toString());
            PathResult actual = assessment.path(id);
            synchronized (ASSERTED) {
                ASSERTED.computeIfAbsent(id, k -> EnumSet.noneOf(PathStatus.class)).add(expected);
            }
            if (actual.status() != expected) {
                failures.add(id + ": expected " + expected + " but was " + actual.status() + " (rule " + actual.decidedBy()
                        + ", missing " + actual.missingFacts() + "): " + actual.reason());
            }
        }
        Map<String, Object> missing = (Map<String, Object>) expect.getOrDefault("missing", Map.of());
        for (Map.Entry<String, Object> e : missing.entrySet()) {
            PathResult actual = assessment.path(PathId.valueOf(e.getKey()));
            Set<String> expected = new TreeSet<>((List<String>) e.getValue());
            if (!new TreeSet<>(actual.missingFacts()).equals(expected)) {
                failures.add(e.getKey() + ": expected missing facts " + expected + " but were " + actual.missingFacts());
            }
        }
        // The presumptions a path rests on (spec a.0), by fact field path: exactly these.
        Map<String, Object> presumptions = (Map<String, Object>) expect.getOrDefault("presumptions", Map.of());
        for (Map.Entry<String, Object> e : presumptions.entrySet()) {
            PathResult actual = assessment.path(PathId.valueOf(e.getKey()));
            Set<String> expected = new TreeSet<>((List<String>) e.getValue());
            Set<String> facts = actual.presumptions().stream().map(Presumption::fact).collect(Collectors.toCollection(TreeSet::new));
            if (!facts.equals(expected)) {
                failures.add(e.getKey() + ": expected presumptions " + expected + " but were " + facts);
            }
        }
        // Some presumptions a path must (not) rest on, by fact field path.
        Map<String, Object> presumes = (Map<String, Object>) expect.getOrDefault("presumes", Map.of());
        for (Map.Entry<String, Object> e : presumes.entrySet()) {
            PathResult actual = assessment.path(PathId.valueOf(e.getKey()));
            Set<String> facts = actual.presumptions().stream().map(Presumption::fact).collect(Collectors.toSet());
            for (String fact : (List<String>) e.getValue()) {
                boolean absent = fact.startsWith("!");
                String name = absent ? fact.substring(1) : fact;
                if (facts.contains(name) == absent) {
                    failures.add(e.getKey() + ": " + (absent ? "should not rest on " : "should rest on ") + name + ", rests on " + facts);
                }
            }
        }
        // Reasons and obligations are text; a scenario names substrings of the English text that must (not) appear.
        checkText(assessment, "reason", PathResult::reason, (Map<String, Object>) expect.getOrDefault("reasonContains", Map.of()), true, failures);
        checkText(assessment, "reason", PathResult::reason, (Map<String, Object>) expect.getOrDefault("reasonLacks", Map.of()), false, failures);
        checkText(assessment, "obligations", p -> String.join(" | ", p.obligations()),
                (Map<String, Object>) expect.getOrDefault("obligationsContain", Map.of()), true, failures);
        checkText(assessment, "obligations", p -> String.join(" | ", p.obligations()),
                (Map<String, Object>) expect.getOrDefault("obligationsLack", Map.of()), false, failures);
        checkText(assessment, "permissions", p -> String.join(" | ", p.permissions()),
                (Map<String, Object>) expect.getOrDefault("permissionsContain", Map.of()), true, failures);
        checkText(assessment, "legal basis", p -> String.join("; ", p.legalBasis()),
                (Map<String, Object>) expect.getOrDefault("legalBasisContains", Map.of()), true, failures);
        checkText(assessment, "legal basis", p -> String.join("; ", p.legalBasis()),
                (Map<String, Object>) expect.getOrDefault("legalBasisLacks", Map.of()), false, failures);
        Set<String> codes = assessment.warnings().stream().map(Warning::code).collect(Collectors.toSet());
        for (Object code : (List<Object>) expect.getOrDefault("warnings", List.of())) {
            if (!codes.contains(code.toString())) {
                failures.add("warning " + code + " expected but the warnings were " + codes);
            }
        }
        for (Object code : (List<Object>) expect.getOrDefault("absentWarnings", List.of())) {
            if (codes.contains(code.toString())) {
                failures.add("warning " + code + " present but expected absent");
            }
        }
        if (!failures.isEmpty()) {
            fail(scenario + "\n  " + String.join("\n  ", failures));
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkText(Assessment assessment, String what, Function<PathResult, String> textOf,
                                  Map<String, Object> expected, boolean present, List<String> failures) {
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            String text = textOf.apply(assessment.path(PathId.valueOf(e.getKey()))).replace('\u00a0', ' ');
            for (Object part : (List<Object>) e.getValue()) {
                if (text.contains(part.toString()) != present) {
                    failures.add(e.getKey() + ": " + what + " " + (present ? "lacks" : "should not contain") + " \"" + part + "\": " + text);
                }
            }
        }
    }

    /** The rule-coverage report: the build fails while a rule is never fired or a path never asserted. */
    @AfterAll
    static void reportCoverage() throws IOException {
        if (scenariosRun == 0) {
            return;
        }
        Set<String> all = new TreeSet<>(KnowledgeBase.load().rules().keySet());
        Set<String> unfired = new TreeSet<>(all);
        unfired.removeAll(FIRED);
        Set<PathId> unasserted = EnumSet.allOf(PathId.class);
        unasserted.removeAll(ASSERTED.keySet());
        StringBuilder report = new StringBuilder();
        report.append("Rule coverage of the legal test suite: ").append(all.size() - unfired.size()).append(" of ")
                .append(all.size()).append(" rules fired by ").append(scenariosRun).append(" scenarios.\n\n");
        report.append("Rules no scenario fires (").append(unfired.size()).append("):\n");
        unfired.forEach(id -> report.append("  ").append(id).append('\n'));
        report.append("\nPaths no scenario asserts (").append(unasserted.size()).append("): ").append(unasserted).append("\n\n");
        report.append("Statuses asserted / seen per path:\n");
        for (PathId id : PathId.values()) {
            report.append(String.format("  %-36s asserted %-70s seen %s%n", id,
                    ASSERTED.getOrDefault(id, Set.of()), SEEN.getOrDefault(id, Set.of())));
        }
        Path dir = Path.of(System.getProperty("veivalg.reports", "target/veivalg-reports"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("rule-coverage.txt"), report, StandardCharsets.UTF_8);
        assertThat(unfired).as("rules that no scenario fires (see " + dir.resolve("rule-coverage.txt") + ")").isEmpty();
        assertThat(unasserted).as("paths that no scenario asserts").isEmpty();
    }

}
