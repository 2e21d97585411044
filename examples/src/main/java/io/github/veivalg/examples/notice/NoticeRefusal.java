package io.github.veivalg.examples.notice;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A notice that cannot be read or checked, with every problem found, most fundamental first. */
public final class NoticeRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<NoticeProblem> problems;

    public NoticeRefusal(List<NoticeProblem> problems) {
        super(problems.stream().map(NoticeProblem::toString).collect(Collectors.joining("; ")), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one problem");
        }
        this.problems = problems.stream().sorted(Comparator.comparing(NoticeProblem::reason)).toList();
    }

    public NoticeRefusal(NoticeProblem problem) {
        this(List.of(problem));
    }

    /** Every problem, most fundamental first. */
    public List<NoticeProblem> problems() {
        return problems;
    }

    /** The first problem's kind: the reason the notice is counted under. */
    public NoticeProblem.Reason reason() {
        return problems.get(0).reason();
    }
}
