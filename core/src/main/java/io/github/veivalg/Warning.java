package io.github.veivalg;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Something the buyer should know about an answer: an open legal question, a figure taken from
 * secondary sources, law data that is stale or overridden.
 *
 * @param code    a stable code, for example {@code THRESHOLDS_SECONDARY_SOURCES}
 * @param message the warning in plain words, in the assessment's language
 */
@API(status = STABLE, since = "0.1")
public record Warning(String code, String message) {

    /** @throws NullPointerException if a component is {@code null} */
    public Warning {
        Values.required(code, "code");
        Values.required(message, "message");
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
