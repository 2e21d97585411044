package io.github.veivalg.legal;

import io.github.veivalg.Change;
import io.github.veivalg.Veivalg;
import io.github.veivalg.WhatIf;

import io.github.veivalg.json.JsonContract;

import io.github.veivalg.vocabulary.PathId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The what-if answers as data: {@code whatif/what-if.yaml} in this module, in the legal test suite's
 * shape and read by its reader ({@link Scenarios}); the expectations are what {@code Veivalg.whatIf}
 * must and must not list, per path.
 */
class WhatIfScenarioTest {

    private static final Veivalg VEIVALG = Veivalg.create();

    @AfterAll
    static void close() {
        VEIVALG.close();
    }

    /** Beside {@code scenarios/}, not in it: its expectations are not an assessment's. */
    private static final Path FILE = Path.of("whatif", "what-if.yaml");

    @TestFactory
    Stream<DynamicTest> whatIfScenarios() {
        List<Scenarios.Scenario> scenarios = Scenarios.read(FILE);
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(8);
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> check(s)));
    }

    @SuppressWarnings("unchecked")
    private static void check(Scenarios.Scenario s) {
        WhatIf whatIf = VEIVALG.whatIf(JsonContract.requestFromMap(s.request()), Locale.ENGLISH);
        Map<String, Object> expect = s.expect();
        if (expect.get("band") != null) {
            assertThat(whatIf.assessment().band().name()).as("band").isEqualTo(expect.get("band"));
        }
        Map<String, List<Map<String, Object>>> would = (Map<String, List<Map<String, Object>>>) expect.getOrDefault("wouldChange", Map.of());
        would.forEach((path, wanted) -> {
            List<Change> changes = whatIf.changes(PathId.valueOf(path));
            for (Map<String, Object> w : wanted) {
                assertThat(changes).as("%s: a change %s among %s", path, w, changes).anySatisfy(c -> matches(c, w));
            }
        });
        Map<String, List<Map<String, Object>>> not = (Map<String, List<Map<String, Object>>>) expect.getOrDefault("wouldNotChange", Map.of());
        not.forEach((path, unwanted) -> {
            List<Change> changes = whatIf.changes(PathId.valueOf(path));
            for (Map<String, Object> u : unwanted) {
                assertThat(changes).as("%s: no change of %s", path, u)
                        .noneMatch(c -> c.fact().equals(u.get("fact")) && (u.get("value") == null || same(u.get("value"), c.value())));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void matches(Change c, Map<String, Object> w) {
        assertThat(c.fact()).isEqualTo(w.get("fact"));
        if (w.containsKey("value")) {
            assertThat(same(w.get("value"), c.value())).as("value %s vs %s", w.get("value"), c.value()).isTrue();
        }
        assertThat(c.status().name()).isEqualTo(w.get("status"));
        if (w.containsKey("alsoUndertakings")) {
            assertThat(c.alsoUndertakings()).containsExactlyElementsOf((List<String>) w.get("alsoUndertakings"));
        }
        if (w.containsKey("legalBasisContains")) {
            assertThat(c.legalBasis()).contains((String) w.get("legalBasisContains"));
        }
        if (w.containsKey("reasonContains")) {
            assertThat(c.reason()).contains((String) w.get("reasonContains"));
        }
    }

    /** YAML numbers come as Integer or Double, the change's as Long or Double: compare as JSON would. */
    private static boolean same(Object yaml, Object actual) {
        if (yaml instanceof Number a && actual instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        if (yaml instanceof List<?> a && actual instanceof List<?> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (yaml instanceof Map<?, ?> a && actual instanceof Map<?, ?> b) {
            return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> same(a.get(k), b.get(k)));
        }
        return String.valueOf(yaml).equals(String.valueOf(actual));
    }
}
