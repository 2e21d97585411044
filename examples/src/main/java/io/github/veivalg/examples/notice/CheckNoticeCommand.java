package io.github.veivalg.examples.notice;

import io.github.veivalg.Veivalg;
import io.github.veivalg.examples.JsonIo;
import io.github.veivalg.examples.cli.LawDataOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code veivalg check-notice FILE|DIR}: was the procedure an eForms notice names open to its
 * buyer? One verdict per notice; for a folder, every {@code .xml} file in file-name order (JSON
 * Lines with {@code --format json}). Exit 0 when every notice was read, 2 when one could not be
 * (each still reported in its place) or an option is wrong.
 */
@Command(name = "check-notice", description = {
        "Check eForms notices (a file, or every .xml in a folder): are the procedure and legal basis each notice names open to its buyer?",
        "Verdicts: CONSISTENT, INCONSISTENT (with the reason and paragraph), CANNOT_TELL (with the questions)."})
public final class CheckNoticeCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int REFUSED = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", description = "A notice (.xml), or a folder of notices.")
    Path input;

    @Option(names = "--format", defaultValue = "text", description = "Output: text (default) or json (one JSON object a line).")
    String format;

    @Option(names = "--lang", defaultValue = "nb", description = "Language: nb (bokmål, default) or en.")
    String lang;

    @Option(names = "--date", paramLabel = "yyyy-mm-dd",
            description = "The date to check a draft on, whose IssueDate is still a template placeholder (default: today).")
    String date;

    @Option(names = "--value-includes-options",
            description = "State that the notices' estimated values include every option and extension (FOA § 5-4 (1)); a notice never says so itself.")
    boolean valueIncludesOptions;

    @Option(names = "--max-mb", defaultValue = "10", description = "Refuse a notice larger than this many megabytes (default 10).")
    long maxMb;

    @Option(names = "--progress", negatable = true, description = "Show progress on stderr (default: when stderr is a terminal).")
    Boolean progress;

    @CommandLine.Mixin
    LawDataOptions lawData;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        if (!lang.equalsIgnoreCase("nb") && !lang.equalsIgnoreCase("en")) {
            problems.add("--lang must be nb or en, was \"" + lang + "\"");
        }
        if (!format.equalsIgnoreCase("text") && !format.equalsIgnoreCase("json")) {
            problems.add("--format must be text or json, was \"" + format + "\"");
        }
        LocalDate draftDate = LocalDate.now();
        if (date != null) {
            try {
                draftDate = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add("--date must be yyyy-mm-dd, was \"" + date + "\"");
            }
        }
        if (maxMb <= 0 || maxMb > 1024) {
            problems.add("--max-mb must be between 1 and 1024, was " + maxMb);
        }
        List<Path> files = new ArrayList<>();
        if (problems.isEmpty()) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.list(input)) {
                    s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                            .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                            .forEach(files::add);
                } catch (IOException e) {
                    problems.add("cannot list the folder " + input + ": " + e.getMessage());
                }
                if (problems.isEmpty() && files.isEmpty()) {
                    problems.add("the folder " + input + " has no .xml notices");
                }
            } else if (!Files.exists(input)) {
                problems.add("does not exist: " + input);
            } else {
                files.add(input);
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("veivalg check-notice: " + p));
            return REFUSED;
        }
        boolean json = format.equalsIgnoreCase("json");
        Locale locale = lang.equalsIgnoreCase("en") ? Locale.ENGLISH : Locale.forLanguageTag("nb");
        boolean showProgress = progress != null ? progress : stderrIsTerminal();
        NoticeReader reader = new NoticeReader(NoticeCodes.shipped(), maxMb * 1024 * 1024);
        NoticeText text = new NoticeText(locale);
        int refused = 0;
        Map<String, Integer> tally = new LinkedHashMap<>();
        Veivalg opened;
        try {
            opened = lawData.open();
        } catch (io.github.veivalg.InvalidRequestException e) {
            e.problems().forEach(p -> err.println("veivalg check-notice: " + p.field() + ": " + p.message()));
            return REFUSED;
        }
        try (Veivalg veivalg = opened) {
            NoticeCheck check = new NoticeCheck(veivalg, locale, draftDate, valueIncludesOptions);
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String name = file.getFileName().toString();
                Map<String, Object> line;
                String shown;
                try {
                    NoticeVerdict verdict = check.check(reader.read(file));
                    line = NoticeJson.verdict(name, verdict);
                    shown = text.verdict(name, verdict);
                    tally.merge(verdict.verdict().name(), 1, Integer::sum);
                } catch (NoticeRefusal refusal) {
                    refused++;
                    line = NoticeJson.refusal(name, refusal);
                    shown = text.refusal(name, refusal);
                    tally.merge("REFUSED " + refusal.reason().name(), 1, Integer::sum);
                }
                if (showProgress) {
                    // Clear the bar before each answer, so that it never mixes with the output on a terminal.
                    err.print("\r\033[K");
                    err.flush();
                }
                out.print(json ? JsonIo.write(line, false) + "\n" : shown);
                out.flush();
                if (showProgress && files.size() > 1) {
                    int filled = (i + 1) * 30 / files.size();
                    err.print("[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + (i + 1) + "/" + files.size() + " " + name);
                    err.flush();
                }
            }
        }
        if (showProgress) {
            err.print("\r\033[K");
        }
        if (files.size() > 1) {
            err.println("check-notice: " + files.size() + (locale == Locale.ENGLISH ? " notices: " : " kunngjøringer: ") + tally);
        }
        err.flush();
        return refused == 0 ? OK : REFUSED;
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
