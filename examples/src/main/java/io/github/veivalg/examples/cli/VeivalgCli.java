package io.github.veivalg.examples.cli;

import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.json.JsonContract;
import io.github.veivalg.KnowledgeBaseException;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.PathInfo;
import io.github.veivalg.Problem;
import io.github.veivalg.Question;
import io.github.veivalg.ThresholdsInForce;
import io.github.veivalg.Veivalg;
import io.github.veivalg.examples.JsonIo;
import io.github.veivalg.examples.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.github.veivalg.examples.JsonLinesReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The command-line program: the JSON contract for case systems that are not written in Java.
 *
 * <p>Exit codes: 0 when everything was answered; 2 when input was refused (every problem listed;
 * for {@code assess-batch}: at least one line was refused, as its summary says); 1 for an internal
 * failure, and when the output cannot be written (a full disk, a closed pipe), which stops the work
 * at once. No {@code Error} or exception escapes: each is logged through SLF4J and ends in exit 1;
 * stack traces are printed only with {@code --debug}. Input is bounded by
 * {@link io.github.veivalg.json.JsonLimits}.
 */
@Command(name = "veivalg", mixinStandardHelpOptions = true, versionProvider = VeivalgCli.Version.class,
        description = "Which procurement paths a Norwegian public buyer may take, and why.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything was answered",
                "2:input was refused, every problem listed (assess-batch: at least one line was refused; its summary says how many)",
                "1:internal failure, or the output could not be written (full disk, closed pipe): the work stopped at once"},
        subcommands = {VeivalgCli.Assess.class, VeivalgCli.AssessBatch.class, VeivalgCli.Questions.class,
                VeivalgCli.Thresholds.class, VeivalgCli.Explain.class,
                io.github.veivalg.examples.plan.ScreenPlanCommand.class, io.github.veivalg.examples.notice.CheckNoticeCommand.class,
                io.github.veivalg.examples.service.ServeCommand.class})
public final class VeivalgCli implements Runnable {

    /** Exit code for an answer. */
    public static final int OK = 0;
    /** Exit code for an internal failure. */
    public static final int FAILURE = 1;
    /** Exit code for refused input. */
    public static final int REFUSED = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final Logger LOG = LoggerFactory.getLogger(VeivalgCli.class);

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the program with the given streams and returns the exit code (used by the tests). Never
     * throws: an exception or {@code Error} is reported on {@code err} and logged, and ends in exit 1.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        OutputStream stdout = new FailingOutput(out);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        boolean english = english(args);
        boolean debug = Arrays.asList(args).contains("--debug");
        int exit;
        STDIN.set(in);
        STDOUT.set(stdout);
        try {
            CommandLine cli = new CommandLine(new VeivalgCli());
            cli.setOut(outWriter);
            cli.setErr(errWriter);
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, english, debug, errWriter));
            exit = cli.execute(args);
        } catch (Throwable e) {
            // An Error (out of memory, stack overflow) passes picocli's handler; it ends here, with the
            // references of the failed command already dropped, so that the program can report it.
            exit = failure(e, english, debug, errWriter);
        } finally {
            STDIN.remove();
            STDOUT.remove();
        }
        // PrintWriter keeps write errors to itself: ask it, so that a lost answer is never exit 0.
        if (outWriter.checkError() && exit != FAILURE) {
            exit = failure(new OutputFailure(new IOException("the output stream refused the answer")), english, debug, errWriter);
        }
        errWriter.flush();
        return exit;
    }

    /** Reports an internal failure or a write error: one line for the user, one log record, exit 1. */
    private static int failure(Throwable e, boolean english, boolean debug, PrintWriter err) {
        String line;
        if (e instanceof OutputFailure) {
            line = english ? "veivalg: the output cannot be written (a full disk or a closed pipe); stopped at once."
                    : "veivalg: utdata kan ikke skrives (full disk eller lukket rør); stoppet straks.";
        } else if (e instanceof OutOfMemoryError) {
            line = english ? "veivalg: internal failure: out of memory; nothing more was answered."
                    : "veivalg: intern feil: minnet er brukt opp; ingenting mer ble besvart.";
        } else {
            line = (english ? "veivalg: internal failure; nothing more was answered."
                    : "veivalg: intern feil; ingenting mer ble besvart.")
                    + (debug ? "" : english ? " (Run again with --debug for the details.)" : " (Kjør på nytt med --debug for detaljene.)");
        }
        try {
            err.println(line);
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            if (e instanceof OutputFailure) {
                LOG.error("Output cannot be written: {}", e.getMessage());
            } else if (debug) {
                LOG.error("Internal failure", e);
            } else {
                LOG.error("Internal failure: {}", e.toString());
            }
        } catch (Throwable ignored) {
            // Reporting must not fail the report: the exit code still says it.
        }
        return FAILURE;
    }

    /** Whether the command line asks for English (the default is bokmål). */
    private static boolean english(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equalsIgnoreCase("--lang=en") || (args[i].equals("--lang") && i + 1 < args.length && args[i + 1].equalsIgnoreCase("en"))) {
                return true;
            }
        }
        return false;
    }

    private static final ThreadLocal<InputStream> STDIN = new ThreadLocal<>();
    private static final ThreadLocal<OutputStream> STDOUT = new ThreadLocal<>();

    /** The output could not be written: the work stops at once, with exit 1. */
    static final class OutputFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Standard output that throws when a write fails. {@link PrintStream} swallows the errors of a
     * full disk or a closed pipe; this asks it after every write.
     */
    private static final class FailingOutput extends OutputStream {
        private final PrintStream out;

        FailingOutput(PrintStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            check();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            check();
        }

        @Override
        public void flush() throws IOException {
            check();
        }

        private void check() throws IOException {
            // checkError() flushes the stream first: a failure shows at once.
            if (out.checkError()) {
                throw new IOException(out == System.out ? "standard output is closed or full" : "the output is closed or full");
            }
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the knowledge base's version without loading the rules. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version;
            try {
                version = Veivalg.knowledgeBaseVersionOnClassPath();
            } catch (KnowledgeBaseException e) {
                // No version file: still answer --version, as before.
                version = "? (FOA consolidated ?)";
            }
            return new String[] {"veivalg " + version};
        }
    }

    /** Options every command shares. */
    abstract static class Common implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--lang", defaultValue = "nb", description = "Language of the answer: nb (bokmål, default) or en.")
        String lang;

        @Option(names = "--format", defaultValue = "text", description = "Output: text (default) or json.")
        String format;

        @Option(names = "--debug", description = "Print stack traces of internal failures.")
        boolean debug;

        Locale locale() {
            return lang.equalsIgnoreCase("en") ? Locale.ENGLISH : Locale.forLanguageTag("nb");
        }

        boolean json() {
            return format.equalsIgnoreCase("json");
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        /** Checks the shared options; a bad value is refused input. */
        List<Problem> optionProblems() {
            List<Problem> problems = new ArrayList<>();
            if (!lang.equalsIgnoreCase("nb") && !lang.equalsIgnoreCase("en")) {
                problems.add(new Problem("--lang", "must be nb or en, was \"" + lang + "\""));
            }
            if (!format.equalsIgnoreCase("text") && !format.equalsIgnoreCase("json")) {
                problems.add(new Problem("--format", "must be text or json, was \"" + format + "\""));
            }
            return problems;
        }

        int refuse(List<Problem> problems) {
            return refuse(new InvalidRequestException(problems));
        }

        /** Prints a refusal, its first problems and how many more there were, in the language asked for. */
        int refuse(InvalidRequestException refusal) {
            if (json()) {
                out().println(JsonIo.errors(refusal, true));
            } else {
                err().print(new TextReport(locale()).errors(refusal.problems(), refusal.unlistedProblems()));
            }
            return REFUSED;
        }

        /**
         * Opens an input ("-" for standard input). A file that does not exist or cannot be opened is
         * refused input, not an internal failure.
         */
        InputStream openInput(String file) {
            if (file.equals("-")) {
                return STDIN.get();
            }
            try {
                return Files.newInputStream(Path.of(file));
            } catch (NoSuchFileException e) {
                throw new InvalidRequestException(List.of(new Problem("FILE", "does not exist: " + file)));
            } catch (IOException e) {
                throw cannotRead(file, e);
            }
        }

        static InvalidRequestException cannotRead(String file, IOException e) {
            return new InvalidRequestException(List.of(new Problem("FILE", "cannot be read: " + file + " (" + e.getMessage() + ")")));
        }

        /**
         * Reads a whole input ("-" for standard input): at most {@link io.github.veivalg.json.JsonLimits#MAX_REQUEST_BYTES}
         * bytes, a longer one is refused without reading the rest.
         */
        byte[] readInput(String file) {
            InputStream in = openInput(file);
            try {
                return JsonIo.readBounded(in);
            } catch (IOException e) {
                // Opening may succeed where reading fails, for example on a directory.
                throw cannotRead(file, e);
            } finally {
                if (!file.equals("-")) {
                    try {
                        in.close();
                    } catch (IOException ignored) {
                        // Read already; nothing is lost.
                    }
                }
            }
        }

        /** Standard output that throws on a write error, for commands that stream. */
        static OutputStream rawOut() {
            return STDOUT.get();
        }

        @Override
        public Integer call() {
            List<Problem> problems = optionProblems();
            if (!problems.isEmpty()) {
                return refuse(problems);
            }
            try {
                return execute();
            } catch (InvalidRequestException e) {
                return refuse(e);
            }
        }

        /** Reads the request of {@code file} and assesses it in the chosen language. */
        Assessment assess(String file) {
            AssessmentRequest request = JsonIo.readRequest(readInput(file));
            try (Veivalg veivalg = LawDataOptions.open(spec)) {
                return veivalg.assess(request, locale());
            }
        }

        abstract int execute();
    }

    @Command(name = "assess", description = "Assess one request (JSON) and print the explained answer.")
    static final class Assess extends Common {
        @Parameters(paramLabel = "FILE|-", description = "The request, a JSON file, or - for standard input.")
        String file;

        @CommandLine.Mixin
        LawDataOptions lawData;

        @Override
        int execute() {
            Map<String, Object> json = JsonIo.readObject(readInput(file));
            AssessmentRequest request = JsonContract.requestFromMap(json);
            try (Veivalg veivalg = LawDataOptions.open(spec)) {
                // "whatIf": true adds paths[].wouldChange to the JSON answer (issue #14).
                if (json() && JsonContract.whatIfRequested(json)) {
                    out().print(JsonIo.write(JsonContract.responseToMap(veivalg.whatIf(request, locale())), true) + "\n");
                    return OK;
                }
                Assessment assessment = veivalg.assess(request, locale());
                out().print(json() ? JsonIo.response(assessment, true) + "\n" : new TextReport(locale()).assessment(assessment));
            }
            return OK;
        }
    }

    @Command(name = "assess-batch", description = "Assess JSON Lines: one request a line in, one response a line out, in order.")
    static final class AssessBatch extends Common {
        @Parameters(paramLabel = "FILE|-", description = "JSON Lines, or - for standard input.")
        String file;

        @CommandLine.Mixin
        LawDataOptions lawData;

        @Option(names = "--progress", negatable = true, description = "Show progress on stderr (default: when stderr is a terminal).")
        Boolean progress;

        @Override
        int execute() {
            boolean showProgress = progress != null ? progress : stderrIsTerminal();
            long assessed = 0;
            long refused = 0;
            InputStream in = openInput(file);
            // Straight to the stream that fails: a full disk or a closed pipe stops the batch at the next buffer.
            Writer writer = new BufferedWriter(new OutputStreamWriter(rawOut(), StandardCharsets.UTF_8), 1 << 16);
            try (Veivalg veivalg = LawDataOptions.open(spec)) {
                JsonLinesReader reader = new JsonLinesReader(in);
                for (JsonLinesReader.Line line; (line = readLine(reader)) != null; ) {
                    String response;
                    try {
                        if (line.tooLong()) {
                            throw JsonIo.tooLarge();
                        }
                        response = JsonIo.response(veivalg.assess(JsonIo.readRequest(line.bytes()), locale()), false);
                        assessed++;
                    } catch (InvalidRequestException e) {
                        Map<String, Object> errors = JsonContract.errorsToMap(e);
                        errors.put("line", line.number());
                        response = JsonIo.write(errors, false);
                        refused++;
                    }
                    write(writer, response);
                    if (showProgress && line.number() % 500 == 0) {
                        err().print("\r" + line.number() + " lines…");
                        err().flush();
                    }
                }
                try {
                    writer.flush();
                } catch (IOException e) {
                    throw new OutputFailure(e);
                }
            } finally {
                if (!file.equals("-")) {
                    try {
                        in.close();
                    } catch (IOException ignored) {
                        // Read to its end already.
                    }
                }
            }
            if (showProgress) {
                err().print("\r");
            }
            boolean english = locale().getLanguage().equals("en");
            long lines = assessed + refused;
            err().println(english
                    ? lines + " lines: " + assessed + " assessed, " + refused + " refused" + (refused > 0 ? " (exit code 2: some lines were refused)" : "")
                    : lines + " linjer: " + assessed + " vurdert, " + refused + " avvist" + (refused > 0 ? " (avslutningskode 2: noen linjer ble avvist)" : ""));
            return refused > 0 ? REFUSED : OK;
        }

        private JsonLinesReader.Line readLine(JsonLinesReader reader) {
            try {
                return reader.next();
            } catch (IOException e) {
                throw cannotRead(file, e);
            }
        }

        private static void write(Writer writer, String response) {
            try {
                writer.write(response);
                // JSON Lines: '\n' on every platform; the JSON writer escapes any '\n' or '\r' inside.
                writer.write('\n');
            } catch (IOException e) {
                throw new OutputFailure(e);
            }
        }

        /** Whether standard error is a terminal (Linux: /proc; elsewhere: an interactive console). */
        private static boolean stderrIsTerminal() {
            try {
                String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
                return target.startsWith("/dev/pts") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return System.console() != null;
            }
        }
    }

    @Command(name = "questions", description = "List the unknown facts to ask about next, most decisive first.")
    static final class Questions extends Common {
        @Parameters(paramLabel = "FILE|-", description = "The request, a JSON file, or - for standard input.")
        String file;

        @CommandLine.Mixin
        LawDataOptions lawData;

        @Override
        int execute() {
            Assessment assessment = assess(file);
            if (json()) {
                out().println(JsonIo.write(io.github.veivalg.examples.ContractAnswers.questions(assessment), true));
            } else {
                out().print(new TextReport(locale()).questions(assessment));
            }
            return OK;
        }
    }

    @Command(name = "thresholds", description = "Show the threshold row in force on a date, with its sources.")
    static final class Thresholds extends Common {
        @Option(names = "--date", required = true, description = "The date, YYYY-MM-DD.")
        String date;

        @CommandLine.Mixin
        LawDataOptions lawData;

        @Override
        int execute() {
            LocalDate day;
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(List.of(new Problem("--date", "is not an ISO date (YYYY-MM-DD): " + date)));
            }
            try (Veivalg veivalg = LawDataOptions.open(spec)) {
                ThresholdsInForce row = veivalg.thresholdsOn(day, locale()).orElseThrow(() -> new InvalidRequestException(
                        List.of(new Problem("--date", "is unsupported: before " + AssessmentRequest.FIRST_SUPPORTED_DATE))));
                if (json()) {
                    out().println(JsonIo.write(io.github.veivalg.examples.ContractAnswers.thresholds(row), true));
                } else {
                    out().print(new TextReport(locale()).thresholds(row));
                }
                return OK;
            }
        }
    }

    @Command(name = "explain", description = "Tell what a path is, its legal basis and its conditions.")
    static final class Explain extends Common {
        @Parameters(paramLabel = "PATH_ID", description = "A path id, for example RESERVED_WORK_INTEGRATION.")
        String path;

        @Override
        int execute() {
            PathId id;
            try {
                id = PathId.valueOf(path.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(List.of(new Problem("PATH_ID", "is not a path id: " + path
                        + " (one of " + java.util.Arrays.toString(PathId.values()) + ")")));
            }
            try (Veivalg veivalg = Veivalg.create()) {
                PathInfo info = veivalg.explain(id, locale());
                if (json()) {
                    out().println(JsonIo.write(io.github.veivalg.examples.ContractAnswers.path(info), true));
                } else {
                    out().print(new TextReport(locale()).explain(info));
                }
                return OK;
            }
        }
    }
}
