package io.github.veivalg;

import java.util.Objects;

/** The one null check of the answer values' constructors (package-info states the policy). */
final class Values {

    private Values() {
    }

    static <T> T required(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " is required");
    }
}
