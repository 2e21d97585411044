package io.github.veivalg;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request was refused before the knowledge base ran: it names every problem at once, each with
 * its field path. Nothing was assessed.
 */
public final class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidRequestException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<Problem> problems) {
        return "The request has " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }

    /** Every problem found, in the order of the request's fields. */
    public List<Problem> problems() {
        return problems;
    }
}
