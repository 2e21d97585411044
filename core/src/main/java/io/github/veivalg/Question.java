package io.github.veivalg;

import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.PathStatus;

import io.github.veivalg.internal.Messages;

import java.util.List;
import java.util.Locale;

/**
 * A fact worth asking about next: unknown, and needed to decide some paths that are now
 * {@link PathStatus#UNDETERMINED}. Questions come ordered by how many paths each one decides.
 */
public final class Question {

    private final String fact;
    private final List<PathId> paths;
    private final Locale locale;
    private final Messages messages;
    private final boolean exception;

    Question(String fact, List<PathId> paths, Locale locale, Messages messages, boolean exception) {
        this.exception = exception;
        this.fact = fact;
        this.paths = List.copyOf(paths);
        this.locale = locale;
        this.messages = messages;
    }

    /** The fact's field path in the JSON contract, for example {@code supplier.isNonProfit}. */
    public String fact() {
        return fact;
    }

    /**
     * Whether the fact is a condition of an exception (an EXCEPTION fact, spec a.0). Unknown, it is
     * not established: every other path is already decided as if the exception does not apply, so
     * the answer only decides whether the exception's own paths ({@link #paths()}) can be used. A
     * wizard may leave such questions to a buyer who means to rely on the exception.
     */
    public boolean aboutAnException() {
        return exception;
    }

    /** The undetermined paths that list this fact as missing. */
    public List<PathId> paths() {
        return paths;
    }

    /** The question to put to the buyer, in the assessment's language. */
    public String text() {
        return text(locale);
    }

    public String text(Locale language) {
        return messages.render("fact." + fact + ".question", List.of(), language);
    }

    @Override
    public String toString() {
        return fact + " (" + paths.size() + " paths)";
    }
}
