package io.github.veivalg.kb.vocabulary;

/** The one status each path gets in an answer (spec section c). */
public enum Status {
    OPEN, OPEN_WITH_JUSTIFICATION, CLOSED, NOT_REQUIRED, RECOMMENDED, UNDETERMINED;

    /** Whether a buyer may take this path as things stand. */
    public boolean isOpen() {
        return this == OPEN || this == OPEN_WITH_JUSTIFICATION;
    }
}
