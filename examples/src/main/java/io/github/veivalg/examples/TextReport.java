package io.github.veivalg.examples;

import io.github.veivalg.Assessment;
import io.github.veivalg.LawData;
import io.github.veivalg.PathInfo;
import io.github.veivalg.PathResult;
import io.github.veivalg.PathStatus;
import io.github.veivalg.Problem;
import io.github.veivalg.Question;
import io.github.veivalg.ThresholdUsed;
import io.github.veivalg.ThresholdsInForce;
import io.github.veivalg.Warning;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** Renders answers as plain text for a terminal, in bokmål or English. */
public final class TextReport {

    private final boolean english;
    /** Built once: a report is made per command and never shared between threads. */
    private final NumberFormat kronerFormat;
    private final Properties labels = new Properties();

    public TextReport(Locale locale) {
        this.english = locale.getLanguage().equals("en");
        this.kronerFormat = NumberFormat.getIntegerInstance(english ? Locale.ENGLISH : Locale.forLanguageTag("nb"));
        String language = english ? "en" : "nb";
        try (InputStream in = TextReport.class.getResourceAsStream("/cli_" + language + ".properties")) {
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("CLI labels missing for " + language, e));
        }
    }

    private String label(String key) {
        return labels.getProperty(key, key);
    }

    private String kroner(long value) {
        String figure = kronerFormat.format(value);
        return english ? "NOK " + figure : figure + " kr";
    }

    /** "decides N paths" for a question. */
    private String decides(Question q) {
        return label("decides").replace("{0}", String.valueOf(q.paths().size()));
    }

    /**
     * The threshold lines and the first figure's source; {@code withValidTo} adds the end of each
     * figure's validity, as the thresholds view shows it.
     */
    private void appendThresholds(StringBuilder out, List<ThresholdUsed> thresholds, boolean withValidTo) {
        for (ThresholdUsed t : thresholds) {
            String validTo = withValidTo ? t.validTo().map(to -> " – " + to).orElse("") : "";
            out.append(String.format("  %-8s %16s  %s %s%s%n", t.name(), kroner(t.value().kroner()), label("in-force-from"),
                    t.validFrom(), validTo));
        }
        // Each figure has its own source: one line per distinct source, naming the figures it covers.
        java.util.Map<String, List<String>> bySource = new java.util.LinkedHashMap<>();
        for (ThresholdUsed t : thresholds) {
            bySource.computeIfAbsent(t.source(), k -> new java.util.ArrayList<>()).add(t.name());
        }
        bySource.forEach((source, names) -> out.append("  ").append(label("source")).append(" (").append(String.join(", ", names))
                .append("): ").append(source).append('\n'));
    }

    public String assessment(Assessment a) {
        StringBuilder out = new StringBuilder();
        out.append(label("title")).append("\n\n");
        out.append(String.format("%-28s %s%n", label("date") + ":", a.evaluationDate()));
        out.append(String.format("%-28s %s%n", label("value") + ":", a.assessedValue().map(m -> kroner(m.kroner())).orElse(label("unknown"))));
        out.append(String.format("%-28s %s%n", label("band") + ":", a.bandText()));
        out.append(String.format("%-28s %s%n", label("kb") + ":", a.knowledgeBaseVersion()));
        out.append(String.format("%-28s %s%n", label("law-data") + ":", lawData(a.lawData())));

        section(out, label("open"), a.openPaths(), true);
        section(out, label("recommended"), filter(a, PathStatus.RECOMMENDED), true);
        List<PathResult> undetermined = a.undeterminedPaths();
        if (!undetermined.isEmpty()) {
            out.append('\n').append(label("undetermined")).append('\n');
            for (PathResult p : undetermined) {
                out.append("  ? ").append(p.title()).append("\n      ").append(p.id()).append("  [")
                        .append(String.join("; ", p.legalBasis())).append("]\n");
                out.append("      ").append(label("missing")).append(": ").append(String.join(", ", p.missingFacts())).append('\n');
            }
        }
        section(out, label("closed"), a.closedPaths(), false);
        List<PathResult> notRequired = filter(a, PathStatus.NOT_REQUIRED);
        if (!notRequired.isEmpty()) {
            out.append('\n').append(label("not-required")).append('\n');
            out.append("  ").append(String.join(", ", notRequired.stream().map(p -> p.id().name()).toList())).append('\n');
        }
        if (!a.thresholdsUsed().isEmpty()) {
            out.append('\n').append(label("thresholds")).append('\n');
            appendThresholds(out, a.thresholdsUsed(), false);
        }
        warnings(out, a.warnings());
        List<Question> questions = a.nextQuestions();
        if (!questions.isEmpty()) {
            out.append('\n').append(label("questions")).append('\n');
            questions.stream().limit(5).forEach(q -> out.append("  - ").append(q.text()).append(" (").append(decides(q)).append(")\n"));
        }
        out.append('\n').append(label("disclaimer")).append('\n');
        return out.toString();
    }

    private static List<PathResult> filter(Assessment a, PathStatus status) {
        return a.paths().stream().filter(p -> p.status() == status).toList();
    }

    private void section(StringBuilder out, String title, List<PathResult> paths, boolean withObligations) {
        if (paths.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append('\n');
        for (PathResult p : paths) {
            String mark = switch (p.status()) {
                case OPEN -> "+";
                case OPEN_WITH_JUSTIFICATION -> "~";
                case RECOMMENDED -> "*";
                default -> "-";
            };
            out.append("  ").append(mark).append(' ').append(p.title()).append(" – ").append(p.statusText())
                    .append("\n      ").append(p.id()).append("  [").append(String.join("; ", p.legalBasis())).append("]\n");
            out.append(wrap(p.reason(), "      "));
            if (!p.presumptions().isEmpty()) {
                // Spec a.0: the exceptions taken as not established, briefly, by their provisions.
                out.append(wrap(label("presumes") + ": " + String.join("; ", p.presumptions().stream()
                        .map(io.github.veivalg.Presumption::legalBasis).distinct().toList()), "      "));
            }
            if (withObligations && !p.obligations().isEmpty()) {
                out.append("      ").append(label("obligations")).append(":\n");
                for (String o : p.obligations()) {
                    out.append(wrap("- " + o, "        "));
                }
            }
        }
    }

    private void warnings(StringBuilder out, List<Warning> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        out.append('\n').append(label("warnings")).append('\n');
        for (Warning w : warnings) {
            out.append(wrap("! " + w.code() + ": " + w.message(), "  "));
        }
    }

    public String questions(Assessment a) {
        List<Question> questions = a.nextQuestions();
        if (questions.isEmpty()) {
            return label("no-questions") + "\n";
        }
        StringBuilder out = new StringBuilder(label("questions")).append('\n');
        int n = 1;
        for (Question q : questions) {
            out.append(String.format("%2d. %s%n    %s – %s%n", n++, q.text(), q.fact(), decides(q)));
        }
        return out.toString();
    }

    public String thresholds(ThresholdsInForce t) {
        StringBuilder out = new StringBuilder();
        out.append(label("row")).append(' ').append(t.rowId()).append(" (").append(t.date()).append(")\n");
        out.append(label("law-data")).append(": ").append(lawData(t.lawData())).append('\n');
        appendThresholds(out, t.figures(), true);
        warnings(out, t.warnings());
        return out.toString();
    }

    /** "name, version V (SHA-256 …)": which law data an answer used. */
    private String lawData(LawData lawData) {
        return lawData.name() + ", " + label("version") + " " + lawData.version() + " (SHA-256 " + lawData.sha256() + ")";
    }

    public String explain(PathInfo info) {
        StringBuilder out = new StringBuilder();
        out.append(info.id()).append(" – ").append(info.title()).append("\n\n");
        out.append(wrap(info.description(), ""));
        out.append('\n').append(label("conditions")).append(":\n").append(wrap(info.conditions(), "  "));
        out.append('\n').append(label("basis")).append(": ").append(String.join("; ", info.legalBasis())).append('\n');
        out.append(label("rules")).append(": ").append(String.join(", ", info.rules())).append('\n');
        return out.toString();
    }

    public String errors(List<Problem> problems) {
        return errors(problems, 0);
    }

    /**
     * A refusal: its problems, each in the report's language, and how many more there were when
     * {@code unlisted} is above 0.
     */
    public String errors(List<Problem> problems, long unlisted) {
        StringBuilder out = new StringBuilder(label("errors")).append('\n');
        for (Problem p : problems) {
            out.append("  - ").append(p.field()).append(": ").append(english ? p.message() : ProblemText.bokmal(p.message())).append('\n');
        }
        if (unlisted > 0) {
            out.append("  ").append(english ? "… and " + unlisted + " more" : "… og " + unlisted + " til").append('\n');
        }
        return out.toString();
    }

    /** Wraps text at 100 columns with the given indent. */
    static String wrap(String text, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > 100 && line.length() > indent.length()) {
                out.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(indent);
            }
            line.append(word).append(' ');
        }
        out.append(line.toString().stripTrailing()).append('\n');
        return out.toString();
    }
}
