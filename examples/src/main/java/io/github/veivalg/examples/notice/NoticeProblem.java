package io.github.veivalg.examples.notice;

import java.util.Objects;

/**
 * One reason a notice cannot be read or checked: what kind of problem, where in the notice, and
 * what is wrong, in plain words.
 *
 * @param reason  the kind of problem, for tallies and for callers that act on it
 * @param field   where: an eForms element or business term, or {@code FILE}
 * @param message what is wrong, in English
 */
public record NoticeProblem(Reason reason, String field, String message) {

    /** The kinds of problem, in the order a refusal lists them (the first one is the notice's reason). */
    public enum Reason {
        /** The file cannot be opened or read. */
        CANNOT_READ,
        /** The file is larger than the reader accepts; it was not read. */
        TOO_LARGE,
        /** A document type declaration or an entity: refused, never resolved (no XXE). */
        DOCTYPE_REFUSED,
        /** The file is not well-formed XML. */
        NOT_XML,
        /** The document is not an eForms procurement notice of a kind the reader knows. */
        UNKNOWN_NOTICE_TYPE,
        /** A buyer abroad or an amount in another currency: not a Norwegian notice. */
        NOT_NORWEGIAN,
        /** The notice's legal basis is not FOA (utilities, concessions, defence, ...): not modelled. */
        OUTSIDE_FOA,
        /** An element every notice has is missing. */
        MISSING_ELEMENT,
        /** A code that is not in its eForms code list. */
        UNKNOWN_CODE,
        /** A value that cannot be read (a date, an amount). */
        BAD_VALUE,
        /** The facts read contradict each other (for example lots worth more than the whole). */
        CONTRADICTORY_FACTS
    }

    public NoticeProblem {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
