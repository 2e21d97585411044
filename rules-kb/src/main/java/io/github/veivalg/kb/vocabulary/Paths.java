package io.github.veivalg.kb.vocabulary;

import java.util.Arrays;
import java.util.List;

/** Groups of paths that the generic gate rules iterate over. */
public final class Paths {
    private static final List<Path> SCOPED = Arrays.stream(Path.values()).filter(Path::isScoped).toList();
    private static final List<Path> BANDED = Arrays.stream(Path.values()).filter(Path::isBanded).toList();

    private Paths() {
    }

    /** Paths that need to know that FOA applies before their own rules decide them. */
    public static List<Path> scoped() {
        return SCOPED;
    }

    /** Paths that also need the regime band. */
    public static List<Path> banded() {
        return BANDED;
    }
}
