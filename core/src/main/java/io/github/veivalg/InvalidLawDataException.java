package io.github.veivalg;

import org.apiguardian.api.API;

import java.util.List;
import java.util.stream.Collectors;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * A law-data table given to {@link Veivalg.Builder#lawData(java.nio.file.Path)} was refused as a
 * whole: it names every problem found, each with its line and column (at most
 * {@value #MAX_PROBLEMS}, then how many more). No {@link Veivalg} was made from it, and nothing was
 * assessed: Veivalg never falls back to the shipped table when another was asked for.
 */
@API(status = STABLE, since = "0.1")
public final class InvalidLawDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** At most this many problems are listed; a last one then says how many more there were. */
    public static final int MAX_PROBLEMS = 100;

    private final String file;
    private final transient List<LawDataProblem> problems;

    public InvalidLawDataException(String file, List<LawDataProblem> problems) {
        super("The law data " + file + " is refused (" + problems.size() + (problems.size() == 1 ? " problem): " : " problems): ")
                + problems.stream().map(LawDataProblem::toString).collect(Collectors.joining("; ")));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** The file that was refused, as it was given. */
    public String file() {
        return file;
    }

    /** Every problem, in the order of the file (the checks of the whole table after those of single lines). */
    public List<LawDataProblem> problems() {
        return problems;
    }
}
