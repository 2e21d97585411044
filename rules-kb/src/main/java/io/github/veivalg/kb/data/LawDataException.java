package io.github.veivalg.kb.data;

import java.util.List;
import java.util.stream.Collectors;

/** A law-data table was refused as a whole: every problem found, with its line and column. */
public final class LawDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** At most this many problems are kept, so that a hostile file cannot fill the memory with them. */
    public static final int MAX_PROBLEMS = 100;

    private final String origin;
    private final transient List<TableProblem> problems;

    LawDataException(String origin, List<TableProblem> problems) {
        super(describe(origin, problems));
        this.origin = origin;
        this.problems = List.copyOf(problems);
    }

    private static String describe(String origin, List<TableProblem> problems) {
        return "The law data " + origin + " is refused (" + problems.size() + (problems.size() == 1 ? " problem): " : " problems): ")
                + problems.stream().map(TableProblem::toString).collect(Collectors.joining("; "));
    }

    /** The file (or resource) the table was read from. */
    public String origin() {
        return origin;
    }

    /** Every problem, in the order of the file (checks of the whole table after those of single lines). */
    public List<TableProblem> problems() {
        return problems;
    }
}
