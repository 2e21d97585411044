package io.github.veivalg.kb.vocabulary;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The one way the vocabulary's value classes keep a set of facts (or categories) they were given. */
final class EnumSets {

    private EnumSets() {
    }

    /** An unmodifiable copy, so that later changes to {@code set} do not reach the holder. */
    static <E extends Enum<E>> Set<E> frozen(Set<E> set) {
        return set.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(set));
    }
}
