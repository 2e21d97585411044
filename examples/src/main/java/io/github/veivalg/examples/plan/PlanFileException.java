package io.github.veivalg.examples.plan;

/** A plan file that cannot be read at all, or from some row on: the message says why, for a person. */
public final class PlanFileException extends Exception {
    public PlanFileException(String message) {
        super(message);
    }

    public PlanFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
