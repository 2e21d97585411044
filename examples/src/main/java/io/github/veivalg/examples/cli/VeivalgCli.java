package io.github.veivalg.examples.cli;

import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.JsonContract;
import io.github.veivalg.KnowledgeBaseException;
import io.github.veivalg.PathId;
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

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The command-line program: the JSON contract for case systems that are not written in Java.
 *
 * <p>Exit codes: 0 for an answer, 2 for refused input (every problem listed), 1 for an internal
 * failure. Stack traces are printed only with {@code --debug}.
 */
@Command(name = "veivalg", mixinStandardHelpOptions = true, versionProvider = VeivalgCli.Version.class,
        description = "Which procurement paths a Norwegian public buyer may take, and why.",
        subcommands = {VeivalgCli.Assess.class, VeivalgCli.AssessBatch.class, VeivalgCli.Questions.class,
                VeivalgCli.Thresholds.class, VeivalgCli.Explain.class,
                io.github.veivalg.examples.plan.ScreenPlanCommand.class})
public final class VeivalgCli implements Runnable {

    /** Exit code for an answer. */
    public static final int OK = 0;
    /** Exit code for an internal failure. */
    public static final int FAILURE = 1;
    /** Exit code for refused input. */
    public static final int REFUSED = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the program with the given streams and returns the exit code (used by the tests). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new VeivalgCli());
        cli.setOut(outWriter);
        cli.setErr(errWriter);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug"));
            errWriter.println("veivalg: internal failure: " + e);
            if (debug) {
                e.printStackTrace(errWriter);
            } else {
                errWriter.println("(run again with --debug for the stack trace)");
            }
            errWriter.flush();
            return FAILURE;
        });
        STDIN.set(in);
        try {
            return cli.execute(args);
        } finally {
            STDIN.remove();
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static final ThreadLocal<InputStream> STDIN = new ThreadLocal<>();

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
            if (json()) {
                out().println(JsonIo.errors(problems, true));
            } else {
                err().print(new TextReport(locale()).errors(problems));
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

        /** Reads a whole input ("-" for standard input) as strict UTF-8 text. */
        String readInput(String file) {
            byte[] bytes;
            try (InputStream in = openInput(file)) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                // Opening may succeed where reading fails, for example on a directory.
                throw cannotRead(file, e);
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new InvalidRequestException(List.of(new Problem("request", "is not UTF-8 text (binary data?)")));
            }
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
                return refuse(e.problems());
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
            String text = readInput(file);
            AssessmentRequest request = JsonIo.readRequest(text);
            try (Veivalg veivalg = LawDataOptions.open(spec)) {
                // "whatIf": true adds paths[].wouldChange to the JSON answer (issue #14).
                if (json() && JsonIo.whatIfRequested(text)) {
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
            try (Veivalg veivalg = LawDataOptions.open(spec);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(openInput(file), StandardCharsets.UTF_8))) {
                BufferedWriter writer = new BufferedWriter(out());
                long line = 0;
                for (String text; (text = reader.readLine()) != null; ) {
                    line++;
                    String response;
                    try {
                        response = JsonIo.response(veivalg.assess(JsonIo.readRequest(text), locale()), false);
                        assessed++;
                    } catch (InvalidRequestException e) {
                        Map<String, Object> errors = JsonContract.errorsToMap(e.problems());
                        errors.put("line", line);
                        response = JsonIo.write(errors, false);
                        refused++;
                    }
                    writer.write(response);
                    writer.newLine();
                    if (showProgress && line % 500 == 0) {
                        err().print("\r" + line + " lines…");
                        err().flush();
                    }
                }
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (showProgress) {
                err().print("\r");
            }
            err().println((assessed + refused) + " lines: " + assessed + " assessed, " + refused + " refused");
            return OK;
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
                List<Object> list = new ArrayList<>();
                for (Question q : assessment.nextQuestions()) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("fact", q.fact());
                    item.put("question", q.text());
                    item.put("decidesPaths", q.paths().stream().map(Enum::name).toList());
                    list.add(item);
                }
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("questions", list);
                answer.put("lawData", JsonContract.lawDataToMap(assessment.lawData()));
                out().println(JsonIo.write(answer, true));
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
                    Map<String, Object> map = new LinkedHashMap<>();
                    map.put("date", row.date().toString());
                    map.put("row", row.rowId());
                    map.put("lawData", JsonContract.lawDataToMap(row.lawData()));
                    map.put("figures", row.figures().stream().map(JsonContract::thresholdToMap).toList());
                    map.put("warnings", row.warnings().stream().map(w -> w.code() + ": " + w.message()).toList());
                    out().println(JsonIo.write(map, true));
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
                    Map<String, Object> map = new LinkedHashMap<>();
                    map.put("id", info.id().name());
                    map.put("title", info.title());
                    map.put("description", info.description());
                    map.put("conditions", info.conditions());
                    map.put("legalBasis", info.legalBasis());
                    map.put("rules", info.rules());
                    out().println(JsonIo.write(map, true));
                } else {
                    out().print(new TextReport(locale()).explain(info));
                }
                return OK;
            }
        }
    }
}
