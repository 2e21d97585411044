package io.github.veivalg.internal;

/**
 * Maps between the public enums and the knowledge base's twins. The twins declare the same
 * constants in the same order (EnumMirrorTest checks it), so the ordinal is the mapping; that
 * keeps a name lookup out of every answer.
 */
public final class Enums {

    private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private Enums() {
    }

    public static <T extends Enum<T>> T map(Enum<?> value, Class<T> target) {
        return value == null ? null : target.cast(CONSTANTS.get(target)[value.ordinal()]);
    }
}
