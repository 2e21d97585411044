package io.github.veivalg.examples.plan;

import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.Veivalg;
import io.github.veivalg.examples.cli.LawDataOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code veivalg screen-plan PLAN --out DIR}: which planned purchases can be opened to social
 * entrepreneurs, and what it would take. Exit 0 when the plan was read (rows with problems are
 * reported in their place), 2 when the file or an option cannot be used.
 */
@Command(name = "screen-plan", description = {
        "Screen a procurement plan (CSV or XLSX, one purchase a row): which purchases can be opened to social entrepreneurs, and what it would take.",
        "Writes DIR/report.html, DIR/results.csv and DIR/results.jsonl. Template and columns: examples/plans/README.md."})
public final class ScreenPlanCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int REFUSED = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PLAN", description = "The plan: a .csv (; , or tab separated, UTF-8 or Windows-1252) or an .xlsx workbook (first sheet).")
    Path plan;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write report.html, results.csv and results.jsonl.")
    Path out;

    @Option(names = "--date", paramLabel = "D", description = "The date for rows without one: yyyy-mm-dd or dd.mm.yyyy (default: today).")
    String date;

    @Option(names = "--lang", defaultValue = "nb", description = "Language of the report: nb (default) or en.")
    String lang;

    @Option(names = "--buyer", defaultValue = "kommune", paramLabel = "KIND",
            description = "The buyer for rows without one: kommune (default), fylkeskommune, stat, offentligrettslig organ (or municipality, county, state, ...).")
    String buyer;

    @Option(names = "--column", paramLabel = "HEADER=COLUMN",
            description = "Your plan's name for a template column, e.g. --column \"Beskrivelse av kjøp=purchase\". Columns: ${COMPLETION-CANDIDATES}")
    List<String> columns = new ArrayList<>();

    @Option(names = "--scope-facts", defaultValue = "purchase", paramLabel = "purchase|unknown",
            description = "purchase (default): every row is a contract binding both parties, value incl. options (exemptions nobody has shown are presumed not established); unknown: leave those facts unknown.")
    String scopeFacts;

    @Option(names = "--max-mb", defaultValue = "20", description = "Refuse a file larger than this many megabytes (default 20).")
    long maxMb;

    @Option(names = "--max-rows", defaultValue = "200000", description = "Refuse a plan with more rows (default 200000).")
    long maxRows;

    @Option(names = "--threads", description = "Threads that assess rows (default: the number of processors).")
    Integer threads;

    @CommandLine.Mixin
    LawDataOptions lawData;

    @Option(names = "--debug", description = "Print stack traces of internal failures.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        boolean nb = lang.equalsIgnoreCase("nb");
        if (!nb && !lang.equalsIgnoreCase("en")) {
            problems.add("--lang must be nb or en, was \"" + lang + "\"");
        }
        LocalDate day = LocalDate.now();
        if (date != null) {
            try {
                day = Cells.date(date);
            } catch (Cells.CellException e) {
                problems.add("--date " + e.getMessage());
            }
        }
        AuthorityKind kind = null;
        try {
            kind = Cells.buyer(buyer);
        } catch (Cells.CellException e) {
            problems.add("--buyer " + e.getMessage());
        }
        Map<String, PlanColumn> mapping = new LinkedHashMap<>();
        for (String c : columns) {
            int eq = c.lastIndexOf('=');
            PlanColumn column = eq < 0 ? null : column(c.substring(eq + 1));
            if (column == null) {
                problems.add("--column must be HEADER=COLUMN with COLUMN one of " + java.util.Arrays.stream(PlanColumn.values())
                        .map(v -> v.name().toLowerCase(Locale.ROOT)).toList() + ", was \"" + c + "\"");
            } else {
                mapping.put(PlanColumn.normalise(c.substring(0, eq)), column);
            }
        }
        if (!scopeFacts.equals("purchase") && !scopeFacts.equals("unknown")) {
            problems.add("--scope-facts must be purchase or unknown, was \"" + scopeFacts + "\"");
        }
        if (maxMb <= 0 || maxRows <= 0 || (threads != null && threads <= 0)) {
            problems.add("--max-mb, --max-rows and --threads must be positive");
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("veivalg screen-plan: " + p));
            return REFUSED;
        }
        PlanScreening.Options options = new PlanScreening.Options(new PlanRowMapper.Defaults(day, kind, scopeFacts.equals("purchase")),
                mapping, nb, new PlanReader.Limits(maxMb * 1024 * 1024, maxRows),
                threads != null ? threads : Runtime.getRuntime().availableProcessors());
        Veivalg opened;
        try {
            opened = lawData.open();
        } catch (InvalidRequestException e) {
            // A law-data table that fails its checks is refused as a whole, before any row is read.
            e.problems().forEach(p -> err.println("veivalg screen-plan: " + p.field() + ": " + p.message()));
            return REFUSED;
        }
        Progress progress = new Progress(err, System.console() != null, total(options));
        try (Veivalg veivalg = opened) {
            PlanScreening.Result r = new PlanScreening(veivalg).run(plan, out, options, progress::rows);
            progress.done();
            err.println((nb ? "screen-plan: " + r.rows() + " rader, " + r.assessed() + " vurdert, " + r.errors() + " med feil; "
                    + r.reservable() + " kan reserveres for sosiale entreprenører, " + r.opened() + " har en åpen vei; rapport: "
                    : "screen-plan: " + r.rows() + " rows, " + r.assessed() + " assessed, " + r.errors() + " with errors; "
                    + r.reservable() + " can be reserved for social entrepreneurs, " + r.opened() + " have an open route; report: ")
                    + out.resolve("report.html"));
            if (r.stoppedBy() != null) {
                err.println("veivalg screen-plan: " + r.stoppedBy());
                return REFUSED;
            }
            return OK;
        } catch (PlanFileException e) {
            progress.done();
            err.println("veivalg screen-plan: " + e.getMessage());
            return REFUSED;
        } catch (IOException e) {
            progress.done();
            err.println("veivalg screen-plan: cannot write to " + out + ": " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return REFUSED;
        }
    }

    /** The number of rows, for the progress bar on a terminal only (it reads the file once more). */
    private long total(PlanScreening.Options options) {
        if (System.console() == null) {
            return -1;
        }
        long[] n = {0};
        try {
            PlanReader.read(plan, options.limits(), new PlanReader.Rows() {
                @Override
                public void header(PlanReader.RawRow header) {
                }

                @Override
                public void row(PlanReader.RawRow row) {
                    n[0]++;
                }
            });
        } catch (PlanFileException e) {
            return -1;
        }
        return n[0];
    }

    private static PlanColumn column(String name) {
        String n = PlanColumn.normalise(name);
        for (PlanColumn c : PlanColumn.values()) {
            if (c.name().equalsIgnoreCase(n) || c.matches(n)) {
                return c;
            }
        }
        return null;
    }

    /** A bar on a terminal, a count every 500 rows otherwise; on standard error. */
    static final class Progress {
        private final PrintWriter err;
        private final boolean terminal;
        private final long total;
        private int lastPercent = -1;

        Progress(PrintWriter err, boolean terminal, long total) {
            this.err = err;
            this.terminal = terminal;
            this.total = total;
        }

        void rows(long done) {
            if (terminal && total > 0) {
                int percent = (int) (100 * done / total);
                if (percent != lastPercent) {
                    lastPercent = percent;
                    int filled = percent * 30 / 100;
                    err.print("\r[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + done + "/" + total);
                    err.flush();
                }
            } else if (done % 500 == 0) {
                err.println("screen-plan: " + done + " rows");
                err.flush();
            }
        }

        void done() {
            if (terminal && lastPercent >= 0) {
                err.println();
            }
        }
    }
}
