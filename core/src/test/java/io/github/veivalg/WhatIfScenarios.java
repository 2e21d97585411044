package io.github.veivalg;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the what-if data ({@code src/test/resources/whatif/*.yaml}), which has the legal test
 * suite's shape: {@code defaults} deep-merged under every scenario's {@code request}, and an
 * {@code expect}. A minimal copy of the suite's reader ({@code io.github.veivalg.legal.Scenarios}
 * in the legal-suite module), which core cannot depend on: that module depends on core.
 */
final class WhatIfScenarios {

    /** One scenario, its request already merged with the file's defaults. */
    record Scenario(String name, Map<String, Object> request, Map<String, Object> expect) {
    }

    private WhatIfScenarios() {
    }

    @SuppressWarnings("unchecked")
    static List<Scenario> read(Path file) {
        Object document;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!(document instanceof Map<?, ?> top) || !(top.get("scenarios") instanceof List<?> list)) {
            throw new IllegalStateException(file + ": expected a map with a 'scenarios' list");
        }
        Map<String, Object> defaults = top.get("defaults") == null ? Map.of() : (Map<String, Object>) normalise(top.get("defaults"));
        List<Scenario> scenarios = new ArrayList<>();
        for (Object item : list) {
            Map<String, Object> s = (Map<String, Object>) normalise(item);
            if (s.get("name") == null || s.get("expect") == null) {
                throw new IllegalStateException(file + ": every scenario needs a name and an expect: " + s);
            }
            Map<String, Object> request = merge(defaults, s.get("request") == null ? Map.of() : (Map<String, Object>) s.get("request"));
            scenarios.add(new Scenario(s.get("name").toString(), request, (Map<String, Object>) s.get("expect")));
        }
        return scenarios;
    }

    /** YAML reads unquoted dates as {@link Date}; the contract wants ISO strings. */
    private static Object normalise(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), normalise(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(normalise(v)));
            return out;
        }
        return value;
    }

    /** Deep merge: maps merge key by key, anything else in {@code over} replaces {@code base}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        over.forEach((k, v) -> {
            Object old = out.get(k);
            if (old instanceof Map<?, ?> oldMap && v instanceof Map<?, ?> newMap) {
                out.put(k, merge((Map<String, Object>) oldMap, (Map<String, Object>) newMap));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }
}
