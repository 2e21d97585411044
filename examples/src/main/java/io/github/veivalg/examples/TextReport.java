package io.github.veivalg.examples;

import io.github.veivalg.Assessment;
import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.LawData;
import io.github.veivalg.PathInfo;
import io.github.veivalg.PathResult;
import io.github.veivalg.vocabulary.PathStatus;
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

    /** "decides N paths" for a question, with the singular for one. */
    private String decides(Question q) {
        int n = q.paths().size();
        return label(n == 1 ? "decides-one" : "decides").replace("{0}", String.valueOf(n));
    }

    /** A threshold's short name with what it is, for example "NAT (den nasjonale terskelverdien, FOA § 5-1)". */
    private String explained(String thresholdName) {
        String key = "threshold." + thresholdName;
        return labels.containsKey(key) ? thresholdName + " (" + label(key) + ")" : thresholdName;
    }

    /**
     * Legal references and sources as the knowledge base writes them ("FOA §§ 3-1 to 3-3", "FOA
     * consolidated"), in bokmål for a Norwegian reader; English text stays as it is.
     */
    private String local(String text) {
        if (english) {
            return text;
        }
        return text.replace(" and ", " og ").replace(" to ", " til ").replace("by analogy", "analogisk")
                .replace("CJEU", "EU-domstolen").replace("EEA primary law, transparency", "EØS-rettens primærrett, åpenhet")
                .replace("Part I (ch. 1-7)", "del I (kap. 1-7)").replace("Lovdata consolidation in force", "Lovdatas konsoliderte tekst i kraft")
                .replace("FOA consolidated", "FOA konsolidert").replace("Veivalg shipped law data", "Veivalgs medfølgende terskeldata");
    }

    private String basis(PathResult p) {
        return local(String.join("; ", p.legalBasis()));
    }

    /**
     * The threshold lines and the first figure's source; {@code withValidTo} adds the end of each
     * figure's validity, as the thresholds view shows it.
     */
    private void appendThresholds(StringBuilder out, List<ThresholdUsed> thresholds, boolean withValidTo) {
        for (ThresholdUsed t : thresholds) {
            String validTo = withValidTo ? t.validTo().map(to -> " – " + to).orElse("") : "";
            String what = labels.containsKey("threshold." + t.name()) ? "  " + label("threshold." + t.name()) : "";
            out.append(String.format("  %-8s %16s  %s %s%s%s%n", t.name(), kroner(t.value().kroner()), label("in-force-from"),
                    t.validFrom(), validTo, what));
        }
        // Each figure has its own source: one line per distinct source, naming the figures it covers.
        java.util.Map<String, List<String>> bySource = new java.util.LinkedHashMap<>();
        for (ThresholdUsed t : thresholds) {
            bySource.computeIfAbsent(t.source(), k -> new java.util.ArrayList<>()).add(t.name());
        }
        bySource.forEach((source, names) -> out.append("  ").append(label("source")).append(" (").append(String.join(", ", names))
                .append("): ").append(local(source)).append('\n'));
    }

    public String assessment(Assessment a) {
        StringBuilder out = new StringBuilder();
        out.append(label("title")).append("\n\n");
        summary(out, a);
        out.append('\n');
        out.append(String.format("%-28s %s%n", label("date") + ":", a.evaluationDate()));
        out.append(String.format("%-28s %s%n", label("value") + ":", a.assessedValue().map(m -> kroner(m.kroner())).orElse(label("unknown"))));
        out.append(String.format("%-28s %s%n", label("band") + ":", a.bandText()));
        out.append(String.format("%-28s %s%n", label("kb") + ":", local(a.knowledgeBaseVersion())));
        out.append(String.format("%-28s %s%n", label("law-data") + ":", lawData(a.lawData())));

        section(out, label("open"), a.openPaths(), true);
        section(out, label("recommended"), filter(a, PathStatus.RECOMMENDED), true);
        List<PathResult> undetermined = a.undeterminedPaths();
        if (!undetermined.isEmpty()) {
            out.append('\n').append(label("undetermined")).append('\n');
            for (PathResult p : undetermined) {
                undeterminedBlock(out, p, a);
            }
        }
        section(out, label("closed"), a.closedPaths(), false);
        List<PathResult> notRequired = filter(a, PathStatus.NOT_REQUIRED);
        if (!notRequired.isEmpty()) {
            out.append('\n').append(label("not-required")).append('\n');
            out.append(wrap(String.join("; ", notRequired.stream().map(PathResult::title).toList()) + ".", "  "));
        }
        if (!a.thresholdsUsed().isEmpty()) {
            out.append('\n').append(label("thresholds")).append('\n');
            appendThresholds(out, a.thresholdsUsed(), false);
        }
        warnings(out, a.warnings());
        List<Question> questions = a.nextQuestions();
        if (!questions.isEmpty()) {
            out.append('\n').append(label("questions")).append('\n');
            questions.stream().limit(5).forEach(q -> out.append(wrap("- " + q.text() + " (" + decides(q) + ")", "  ", "    ")));
        }
        out.append('\n').append(label("disclaimer")).append('\n');
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // The summary an officer reads first: the band and why, what the buyer may do (most freedom
    // first), what the buyer must do, and what to find out next. The detail follows it.

    private void summary(StringBuilder out, Assessment a) {
        out.append(label("summary")).append('\n');
        out.append(wrap(label("summary-band") + ": " + a.bandText() + ".", "  "));
        String why = why(a);
        if (!why.isEmpty()) {
            out.append(wrap(why, "    "));
        }
        List<PathResult> open = a.openPaths();
        if (open.isEmpty()) {
            out.append(wrap(label("summary-none-open"), "  "));
        } else {
            out.append("  ").append(label("summary-may")).append(":\n");
            int n = 1;
            for (PathResult p : open) {
                out.append(wrap(n++ + ". " + p.title() + " – " + p.statusText(), "    ", "       "));
            }
        }
        List<PathResult> recommended = filter(a, PathStatus.RECOMMENDED);
        if (!recommended.isEmpty()) {
            out.append(wrap(label("summary-recommended") + ": " + String.join(", ", recommended.stream().map(PathResult::title).toList()) + ".", "  "));
        }
        summaryDuties(out, open);
        List<Question> questions = a.nextQuestions();
        if (questions.isEmpty()) {
            out.append(wrap(label("summary-nothing-missing"), "  "));
        } else {
            out.append("  ").append(label("summary-next")).append(":\n");
            questions.stream().limit(3).forEach(q -> out.append(wrap("- " + q.text() + " (" + decides(q) + ")", "    ", "      ")));
        }
    }

    /** Why this band: the value against each threshold the answer used, each explained at its first use. */
    private String why(Assessment a) {
        if (a.assessedValue().isEmpty() || a.band() == Band.OUT_OF_SCOPE || a.band() == Band.UNDETERMINED) {
            return "";
        }
        long value = a.assessedValue().get().kroner();
        List<String> comparisons = new java.util.ArrayList<>();
        for (ThresholdUsed t : a.thresholdsUsed()) {
            // Only the figures that place a purchase in a band; the others (tax certificate, ...) say nothing about it.
            if (!t.name().equals("LL") && !t.name().equals("NAT") && !t.name().startsWith("EEA-")) {
                continue;
            }
            long figure = t.value().kroner();
            String relation = label(value > figure ? "compare-above" : value == figure ? "compare-equal" : "compare-below");
            comparisons.add(relation + " " + explained(t.name()) + " " + label("compare-of") + " " + kroner(figure));
        }
        String joined = comparisons.size() == 1 ? comparisons.get(0)
                : String.join(", ", comparisons.subList(0, comparisons.size() - 1)) + " " + label("and") + " " + comparisons.get(comparisons.size() - 1);
        if (comparisons.isEmpty()) {
            return "";
        }
        return label("summary-why").replace("{0}", kroner(value)).replace("{1}", joined);
    }

    /**
     * The duties of the open paths: those common to every open procedure (a reservation limits who may
     * take part in the same competition, so its own duties stay in the detail), or, when they share
     * none, those of the path with the most freedom.
     */
    private void summaryDuties(StringBuilder out, List<PathResult> open) {
        List<PathResult> procedures = open.stream().filter(p -> !p.id().name().startsWith("RESERVED_")).toList();
        if (procedures.isEmpty()) {
            procedures = open;
        }
        if (procedures.isEmpty()) {
            return;
        }
        List<String> common = new java.util.ArrayList<>(procedures.get(0).obligations());
        for (PathResult p : procedures) {
            common.retainAll(p.obligations());
        }
        String heading;
        if (procedures.size() > 1 && !common.isEmpty()) {
            heading = label("summary-must-all");
        } else if (procedures.size() == 1) {
            heading = label("summary-must-one").replace("{0}", procedures.get(0).title());
        } else {
            common = procedures.get(0).obligations();
            heading = label("summary-must-first").replace("{0}", procedures.get(0).title());
        }
        if (common.isEmpty()) {
            return;
        }
        out.append(wrap(heading + ":", "  "));
        for (String duty : common) {
            out.append(wrap("- " + brief(duty), "    ", "      "));
        }
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.:;] (?=\\p{Lu})");
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("\\((?:[^()]|\\([^()]*\\))*§(?:[^()]|\\([^()]*\\))*\\)");

    /**
     * A duty in one sentence for the summary: its first sentence, with the paragraph the whole duty
     * names when that sentence names none. The full text stays in the detail.
     */
    static String brief(String duty) {
        java.util.regex.Matcher end = SENTENCE_END.matcher(duty);
        if (!end.find()) {
            return duty;
        }
        String first = duty.substring(0, end.start()).strip();
        if (!first.contains("§")) {
            java.util.regex.Matcher ref = REFERENCE.matcher(duty);
            String last = null;
            while (ref.find()) {
                last = ref.group();
            }
            if (last != null) {
                first = first + " " + last;
            }
        }
        return first + ".";
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
            pathBlock(out, p, withObligations);
        }
    }

    /** One decided path: its title and status, id and legal basis, reason, and (for open paths) duties and permissions. */
    private void pathBlock(StringBuilder out, PathResult p, boolean withObligations) {
        String mark = switch (p.status()) {
            case OPEN -> "+";
            case OPEN_WITH_JUSTIFICATION -> "~";
            case RECOMMENDED -> "*";
            default -> "-";
        };
        out.append("  ").append(mark).append(' ').append(p.title()).append(" – ").append(p.statusText()).append('\n');
        out.append(wrap(p.id() + "  [" + basis(p) + "]", "      ", "        "));
        out.append(wrap(p.reason(), "      "));
        presumptions(out, p);
        if (withObligations) {
            list(out, label("obligations"), p.obligations());
            list(out, label("permissions"), p.permissions());
        }
    }

    /** Spec a.0: the exceptions this status takes as not established, briefly, by their provisions. */
    private void presumptions(StringBuilder out, PathResult p) {
        if (!p.presumptions().isEmpty()) {
            out.append(wrap(label("presumes") + ": " + String.join("; ", p.presumptions().stream()
                    .map(io.github.veivalg.Presumption::legalBasis).distinct().toList()), "      "));
        }
    }

    /** One undetermined path: what it is, and what is missing, asked as questions where the answer has them. */
    private void undeterminedBlock(StringBuilder out, PathResult p, Assessment a) {
        out.append("  ? ").append(p.title()).append('\n');
        out.append(wrap(p.id() + "  [" + basis(p) + "]", "      ", "        "));
        out.append(wrap(p.reason(), "      "));
        // Every missing fact as a question, also one the next questions hold back until the fact it depends on is answered.
        list(out, label("missing"), p.missingFacts().stream().map(f -> a.questionAbout(f).map(Question::text).orElse(f)).toList());
    }

    private void list(StringBuilder out, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append("      ").append(heading).append(":\n");
        for (String item : items) {
            out.append(wrap("- " + item, "        ", "          "));
        }
    }

    private void warnings(StringBuilder out, List<Warning> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        out.append('\n').append(label("warnings")).append('\n');
        for (Warning w : warnings) {
            out.append(wrap("! " + w.code() + ": " + w.message(), "  ", "    "));
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
        return local(lawData.name()) + ", " + label("version") + " " + lawData.version() + " (SHA-256 " + lawData.sha256() + ")";
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
        return wrap(text, indent, indent);
    }

    /** Wraps text at 100 columns: the first line with {@code indent}, the following ones with {@code hanging}. */
    static String wrap(String text, String indent, String hanging) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > 100 && !line.toString().isBlank()) {
                out.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(hanging);
            }
            line.append(word).append(' ');
        }
        out.append(line.toString().stripTrailing()).append('\n');
        return out.toString();
    }
}
