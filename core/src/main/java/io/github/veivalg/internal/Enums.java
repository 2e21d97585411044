package io.github.veivalg.internal;

/** Maps between the public enums and the knowledge base's twins, which share every constant name. */
public final class Enums {

    private Enums() {
    }

    public static <T extends Enum<T>> T map(Enum<?> value, Class<T> target) {
        return value == null ? null : Enum.valueOf(target, value.name());
    }
}
