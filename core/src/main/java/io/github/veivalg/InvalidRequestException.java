package io.github.veivalg;

import org.apiguardian.api.API;

import io.github.veivalg.json.JsonLimits;

import java.util.List;
import java.util.stream.Collectors;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * A request was refused before the knowledge base ran: it names every problem at once, each with
 * its field path. Nothing was assessed.
 *
 * <p>The list is bounded: it keeps the first {@link JsonLimits#MAX_LISTED_PROBLEMS} problems and
 * counts the rest in {@link #unlistedProblems()}, so that no request, however bad, makes a refusal
 * too large to hold or to send.
 */
@API(status = STABLE, since = "0.1")
public final class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final long unlisted;

    /** A refusal for these problems, of which the first {@link JsonLimits#MAX_LISTED_PROBLEMS} are kept. */
    public InvalidRequestException(List<Problem> problems) {
        this(problems, 0);
    }

    /**
     * A refusal for these problems and {@code moreProblems} others that were counted but not kept
     * (a reader that stops collecting at the limit passes its count here).
     */
    public InvalidRequestException(List<Problem> problems, long moreProblems) {
        super(describe(kept(problems), unlisted(problems, moreProblems)));
        this.problems = kept(problems);
        this.unlisted = unlisted(problems, moreProblems);
    }

    private static List<Problem> kept(List<Problem> problems) {
        return List.copyOf(problems.subList(0, Math.min(problems.size(), JsonLimits.MAX_LISTED_PROBLEMS)));
    }

    private static long unlisted(List<Problem> problems, long moreProblems) {
        return Math.max(0, problems.size() - JsonLimits.MAX_LISTED_PROBLEMS) + Math.max(0, moreProblems);
    }

    private static String describe(List<Problem> problems, long unlisted) {
        long total = problems.size() + unlisted;
        return "The request has " + total + (total == 1 ? " problem: " : " problems: ")
                + problems.stream().map(Problem::toString).collect(Collectors.joining("; "))
                + (unlisted > 0 ? "; and " + unlisted + " more" : "");
    }

    /**
     * The problems found, in the order of the request's fields: all of them, or the first
     * {@link JsonLimits#MAX_LISTED_PROBLEMS} when there were more.
     */
    public List<Problem> problems() {
        return problems;
    }

    /** How many problems were found beyond those {@link #problems()} lists; 0 when it lists them all. */
    public long unlistedProblems() {
        return unlisted;
    }
}
