package io.github.veivalg.examples.plan;

import io.github.veivalg.Problem;
import io.github.veivalg.WhatIf;

import java.util.List;

/**
 * One plan row, screened: its place in the file, what it says, and its what-if answer or every
 * problem that kept it from being assessed.
 *
 * @param rowNumber the row's number in the file
 * @param id        the plan's own number for the purchase (may be empty)
 * @param purchase  the plan's description (may be empty)
 * @param value     the value cell as written
 * @param category  the category cell as written
 * @param whatIf    the answer with its what-if, or {@code null} when the row has problems
 * @param problems  every problem of the row; empty when it was assessed
 */
record Screened(long rowNumber, String id, String purchase, String value, String category, WhatIf whatIf, List<Problem> problems) {

    Screened {
        problems = List.copyOf(problems);
    }

    boolean ok() {
        return whatIf != null;
    }

    String errorText() {
        return String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList());
    }
}
