package io.github.veivalg.examples.cli;

import io.github.veivalg.InvalidLawDataException;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.Problem;
import io.github.veivalg.Veivalg;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The options that choose the law data (threshold table) a command answers under: a picocli mixin,
 * so that any command that assesses adds it with {@code @Mixin LawDataOptions lawData;} and opens
 * its {@link Veivalg} with {@link #open()}.
 *
 * <p>A law-data file that fails a check is refused input (exit 2) with every problem listed, line
 * and column; the command never falls back to the shipped table.
 */
public final class LawDataOptions {

    @Option(names = "--law-data", paramLabel = "FILE",
            description = "Answer under this law-data table (the format of the shipped thresholds.tsv) instead of the shipped one.")
    Path file;

    @Option(names = "--law-data-override",
            description = "Allow the --law-data table to change figures the shipped table marks as verified (every answer then warns).")
    boolean override;

    /** A Veivalg under the chosen law data: the shipped table when none is given. */
    public Veivalg open() {
        if (file == null) {
            if (override) {
                throw new InvalidRequestException(java.util.List.of(new Problem("--law-data-override", "needs --law-data FILE")));
            }
            return Veivalg.create();
        }
        Veivalg.Builder builder = Veivalg.builder().lawData(file);
        if (override) {
            builder.overrideVerifiedFigures();
        }
        try {
            return builder.build();
        } catch (InvalidLawDataException e) {
            throw new InvalidRequestException(e.problems().stream()
                    .map(p -> new Problem("--law-data " + e.file() + (p.line() > 0 ? " line " + p.line() : "")
                            + (p.column() > 0 ? " column " + p.column() + (p.columnName() == null ? "" : " (" + p.columnName() + ")") : ""),
                            p.message()))
                    .toList());
        }
    }

    /**
     * Opens a Veivalg under the law data of the command's {@code LawDataOptions} mixin, or under the
     * shipped table when the command has none.
     */
    static Veivalg open(CommandLine.Model.CommandSpec spec) {
        for (CommandLine.Model.CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof LawDataOptions options) {
                return options.open();
            }
        }
        return Veivalg.create();
    }
}
