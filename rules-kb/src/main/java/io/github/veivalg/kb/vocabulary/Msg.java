package io.github.veivalg.kb.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A message key of the bundles with its arguments, rendered later in the caller's language.
 * An argument may be {@code null} (rendered as a dash) where a figure does not exist.
 */
public record Msg(String key, List<Object> args) {
    public Msg {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Msg of(String key, Object... args) {
        return new Msg(key, Arrays.asList(args));
    }
}
