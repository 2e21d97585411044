package io.github.veivalg.legal;

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
import java.util.stream.Stream;

/**
 * The legal test suite as data: YAML files under {@code legal-suite/scenarios}, each with
 * {@code defaults} (a request deep-merged under every scenario) and a list of {@code scenarios}
 * with a {@code request} in the JSON contract's shape and what to {@code expect}.
 */
public final class Scenarios {

    /** One scenario, its request already merged with the file's defaults. */
    public record Scenario(Path file, String name, Map<String, Object> request, Map<String, Object> expect) {
        @Override
        public String toString() {
            return file.getFileName() + ": " + name;
        }
    }

    private Scenarios() {
    }

    /**
     * The scenario directory: the system property {@code veivalg.scenarios} if set (the benchmarks
     * set it), else {@code scenarios} in the working directory, the legal-suite module's own.
     */
    public static Path root() {
        String configured = System.getProperty("veivalg.scenarios");
        Path root = configured != null ? Path.of(configured) : Path.of("scenarios");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("Scenario directory not found: " + root.toAbsolutePath());
        }
        return root;
    }

    public static List<Path> files() {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every scenario of every file. */
    public static List<Scenario> all() {
        List<Scenario> all = new ArrayList<>();
        for (Path file : files()) {
            all.addAll(read(file));
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    public static List<Scenario> read(Path file) {
        Object document = load(file);
        if (!(document instanceof Map<?, ?> top) || !(top.get("scenarios") instanceof List<?> list)) {
            throw new IllegalStateException(file + ": expected a map with a 'scenarios' list");
        }
        Map<String, Object> defaults = top.get("defaults") == null ? Map.of() : (Map<String, Object>) normalise(top.get("defaults"));
        List<Scenario> scenarios = new ArrayList<>();
        for (Object item : list) {
            Map<String, Object> s = (Map<String, Object>) normalise(item);
            Object name = s.get("name");
            if (name == null || s.get("expect") == null) {
                throw new IllegalStateException(file + ": every scenario needs a name and an expect: " + s);
            }
            Map<String, Object> base = defaults;
            if (s.get("requestFile") != null) {
                // A request kept as a JSON file elsewhere (the examples' sample cases); JSON is YAML.
                base = merge(base, (Map<String, Object>) normalise(load(file.getParent().resolve(s.get("requestFile").toString()))));
            }
            Map<String, Object> request = merge(base, s.get("request") == null ? Map.of() : (Map<String, Object>) s.get("request"));
            scenarios.add(new Scenario(file, name.toString(), request, (Map<String, Object>) s.get("expect")));
        }
        return scenarios;
    }

    private static Object load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    public static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
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
