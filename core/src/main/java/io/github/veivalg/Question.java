package io.github.veivalg;

import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.PathStatus;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A fact worth asking about next: unknown, and needed to decide some paths that are now
 * {@link PathStatus#UNDETERMINED}.
 *
 * @param fact             the fact's field path in the JSON contract, for example {@code supplier.isNonProfit}
 * @param paths            the undetermined paths that list this fact as missing
 * @param text             the question to put to the buyer, in the assessment's language
 * @param aboutAnException whether the fact is a condition of an exception (an EXCEPTION fact, spec
 *                         a.0). Unknown, it is not established: every other path is already decided
 *                         as if the exception does not apply, so the answer only decides whether the
 *                         exception's own paths can be used. A wizard may leave such questions to a
 *                         buyer who means to rely on the exception.
 */
@API(status = STABLE, since = "0.1")
public record Question(String fact, List<PathId> paths, String text, boolean aboutAnException) {

    /** Copies the list. @throws NullPointerException if a component is {@code null} */
    public Question {
        Values.required(fact, "fact");
        paths = List.copyOf(Values.required(paths, "paths"));
        Values.required(text, "text");
    }

    @Override
    public String toString() {
        return fact + " (" + paths.size() + " paths)";
    }
}
