package io.github.veivalg.vocabulary;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** The one status every path gets in an assessment (spec section c). */
@API(status = STABLE, since = "0.1")
public enum PathStatus {
    /** A lawful option on these facts. */
    OPEN,
    /** Lawful only with a documented justification, named in the reason. */
    OPEN_WITH_JUSTIFICATION,
    /** Not lawful on these facts; the reason says why. */
    CLOSED,
    /** The rules do not require it here; the buyer may still choose it voluntarily. */
    NOT_REQUIRED,
    /** A supporting step that is advised, never a procedure on its own. */
    RECOMMENDED,
    /** A fact that decides it is unknown; the path result names it among its missing facts. */
    UNDETERMINED;

    /** Whether the buyer may take this path as things stand ({@code OPEN} or {@code OPEN_WITH_JUSTIFICATION}). */
    public boolean isOpen() {
        return this == OPEN || this == OPEN_WITH_JUSTIFICATION;
    }
}
