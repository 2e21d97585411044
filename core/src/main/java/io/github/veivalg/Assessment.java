package io.github.veivalg;

import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.vocabulary.PathStatus;

import io.github.veivalg.internal.Messages;
import io.github.veivalg.vocabulary.PathId;

import io.github.veivalg.kb.vocabulary.Fact;
import io.github.veivalg.kb.vocabulary.Paths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The explained answer for one request: a result for every path, the band, the thresholds used,
 * warnings, the knowledge-base version, and the ids of the rules that fired.
 *
 * <p>Immutable and safe to share between threads. The same request always gives an equal answer.
 *
 * <p>Example (assessment):
 * <pre>{@code
 * Assessment answer = veivalg.assess(request, Locale.ENGLISH);
 * for (PathResult path : answer.openPaths()) {       // most freedom first
 *     System.out.println(path.id() + " " + path.legalBasis() + ": " + path.reason());
 * }
 * for (Question question : answer.nextQuestions()) { // what to ask next
 *     System.out.println(question.text());
 * }
 * String protocol = answer.protocolText(PathId.PART_II_OPEN);
 * }</pre>
 */
public final class Assessment {

    private final AssessmentRequest request;
    private final Band band;
    private final Optional<Money> assessedValue;
    private final Map<PathId, PathResult> paths;
    private final List<ThresholdUsed> thresholdsUsed;
    private final List<Warning> warnings;
    private final String knowledgeBaseVersion;
    private final List<String> firedRules;
    private final Locale locale;
    private final Messages messages;
    private final LawData lawData;

    Assessment(AssessmentRequest request, Band band, Optional<Money> assessedValue, Map<PathId, PathResult> paths,
               List<ThresholdUsed> thresholdsUsed, List<Warning> warnings, String knowledgeBaseVersion,
               List<String> firedRules, Locale locale, Messages messages, LawData lawData) {
        this.request = request;
        this.band = band;
        this.assessedValue = assessedValue;
        this.paths = java.util.Collections.unmodifiableMap(new EnumMap<>(paths));
        this.thresholdsUsed = List.copyOf(thresholdsUsed);
        this.warnings = List.copyOf(warnings);
        this.knowledgeBaseVersion = knowledgeBaseVersion;
        this.firedRules = List.copyOf(firedRules);
        this.locale = locale;
        this.messages = messages;
        this.lawData = lawData;
    }

    /**
     * The law data (threshold table) this answer was given under: its edition and SHA-256. Each
     * threshold's own source is in {@link #thresholdsUsed()}.
     */
    public LawData lawData() {
        return lawData;
    }

    /** The request this answers. */
    public AssessmentRequest request() {
        return request;
    }

    public LocalDate evaluationDate() {
        return request.evaluationDate();
    }

    /** The language the reasons are rendered in: bokmål or English. */
    public Locale locale() {
        return locale;
    }

    /** The regime band, {@link Band#OUT_OF_SCOPE} when FOA does not apply, or {@link Band#UNDETERMINED}. */
    public Band band() {
        return band;
    }

    /** The band in words, in the assessment's language (for example "del IV kapittel 30 av FOA (helse- og sosialtjenester)"). */
    public String bandText() {
        return bandText(locale);
    }

    String bandText(Locale language) {
        return messages.render("band." + band.name(), language);
    }

    /** The value compared with the thresholds (FOA § 5-4: the estimate plus related purchases), when known. */
    public Optional<Money> assessedValue() {
        return assessedValue;
    }

    /** A result for every path, in the order of {@link PathId}. */
    public List<PathResult> paths() {
        return List.copyOf(paths.values());
    }

    /** The result for one path; every path has one. */
    public PathResult path(PathId id) {
        return paths.get(id);
    }

    /** The paths the buyer may take ({@code OPEN} or {@code OPEN_WITH_JUSTIFICATION}), from most to least freedom. */
    public List<PathResult> openPaths() {
        List<PathResult> open = new ArrayList<>();
        for (PathResult p : paths.values()) {
            if (p.status().isOpen()) {
                open.add(p);
            }
        }
        // The knowledge base's twin of each path carries its rank (most freedom first).
        open.sort(Comparator.comparingInt(p -> Paths.freedomRank(p.id())));
        return open;
    }

    /** The closed paths, each with its reason. */
    public List<PathResult> closedPaths() {
        return paths.values().stream().filter(p -> p.status() == PathStatus.CLOSED).toList();
    }

    /** The paths that wait for an unknown fact. */
    public List<PathResult> undeterminedPaths() {
        return paths.values().stream().filter(p -> p.status() == PathStatus.UNDETERMINED).toList();
    }

    public List<ThresholdUsed> thresholdsUsed() {
        return thresholdsUsed;
    }

    /** The warnings, sorted by code, each once. */
    public List<Warning> warnings() {
        return warnings;
    }

    /** The version of the knowledge base that gave this answer. */
    public String knowledgeBaseVersion() {
        return knowledgeBaseVersion;
    }

    /**
     * The ids of the rules that fired, sorted (a rule that fired more than once is listed each time),
     * so that an auditor can reproduce the answer. The order does not depend on how the rule engine
     * scheduled them.
     */
    public List<String> firedRules() {
        return firedRules;
    }

    /**
     * The unknown facts to ask about next: those an UNDETERMINED path lists as missing. The regime
     * comes first (who buys, the agreement, the value: facts with no legal default), then the rest;
     * within each, by how many statuses a fact could change (paths that list it as missing or as a
     * presumption), ties in the order of the fact dictionary. A fact that matters only after another
     * (the cooperation's market share after whether there is a cooperation) is asked only once that
     * one is answered. Empty when nothing is undetermined.
     */
    public List<Question> nextQuestions() {
        Map<String, List<PathId>> byFact = new LinkedHashMap<>();
        Map<String, Set<PathId>> couldChange = new HashMap<>();
        for (PathResult p : paths.values()) {
            if (p.status() == PathStatus.UNDETERMINED) {
                for (String fact : p.missingFacts()) {
                    byFact.computeIfAbsent(fact, f -> new ArrayList<>()).add(p.id());
                }
            }
            for (String fact : p.missingFacts()) {
                couldChange.computeIfAbsent(fact, f -> EnumSet.noneOf(PathId.class)).add(p.id());
            }
            for (Presumption presumption : p.presumptions()) {
                couldChange.computeIfAbsent(presumption.fact(), f -> EnumSet.noneOf(PathId.class)).add(p.id());
            }
        }
        List<Question> questions = new ArrayList<>();
        byFact.forEach((fact, ids) -> {
            Fact known = FACTS.get(fact);
            // A dependent fact (the cooperation's market share) is asked only after the fact it depends on.
            if (known == null || known.dependsOn() == null || !byFact.containsKey(known.dependsOn().fieldPath())) {
                questions.add(question(fact, ids));
            }
        });
        // The regime first (who buys, the agreement, the value: nothing is presumed for it), then the
        // other facts; within each, by how many statuses a fact could change, ties in the order of
        // the fact dictionary.
        questions.sort(Comparator.comparingInt((Question q) -> regime(q.fact()) ? 0 : 1)
                .thenComparingInt(q -> -couldChange.getOrDefault(q.fact(), Set.of()).size())
                .thenComparingInt(q -> FACTS.containsKey(q.fact()) ? FACTS.get(q.fact()).ordinal() : Integer.MAX_VALUE)
                .thenComparing(Question::fact));
        return questions;
    }

    /**
     * The question about one fact that an UNDETERMINED path lists as missing, with the paths it
     * decides; also for a fact {@link #nextQuestions()} holds back until the fact it depends on is
     * answered, so that every missing fact can be shown as a question. Empty when no path waits for it.
     */
    public Optional<Question> questionAbout(String fact) {
        List<PathId> ids = new ArrayList<>();
        for (PathResult p : paths.values()) {
            if (p.status() == PathStatus.UNDETERMINED && p.missingFacts().contains(fact)) {
                ids.add(p.id());
            }
        }
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(question(fact, ids));
    }

    private static final Map<String, Fact> FACTS = java.util.Arrays.stream(Fact.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Fact::fieldPath, f -> f));

    /** The question about a fact, for the paths it decides; one about an exception says so. */
    private Question question(String fact, List<PathId> ids) {
        Fact known = FACTS.get(fact);
        return new Question(fact, ids, locale, messages, known != null && known.kind() == Fact.Kind.EXCEPTION);
    }

    private static boolean regime(String fact) {
        Fact f = FACTS.get(fact);
        return f != null && f.kind() == Fact.Kind.REGIME;
    }

    /**
     * A short text for the procurement protocol (anskaffelsesprotokoll) that records the chosen
     * path: its status and legal basis, the value, the thresholds in force with their dates, the
     * reason, the obligations, what the status rests on (its presumptions), the warnings, the law data (name, version, SHA-256) and the knowledge-base version.
     */
    public String protocolText(PathId chosen) {
        return protocolText(chosen, locale);
    }

    public String protocolText(PathId chosen, Locale language) {
        PathResult p = path(chosen);
        StringBuilder text = new StringBuilder();
        line(text, "protocol.heading", language, chosen, request.evaluationDate());
        line(text, "protocol.status", language, p.statusText(language), String.join("; ", p.legalBasis()));
        line(text, "protocol.value", language, assessedValue.map(m -> (Object) m).orElse(null), bandText(language));
        List<String> figures = thresholdsUsed.stream().map(t -> t.name() + " " + messages.format(t.value(), language)
                + " (" + messages.render("protocol.in-force-from", language, t.validFrom()) + ")").toList();
        line(text, "protocol.thresholds", language, String.join(", ", figures));
        if (!thresholdsUsed.isEmpty()) {
            line(text, "protocol.threshold-sources", language, String.join("; ", sourcesByFigure(thresholdsUsed)));
        }
        line(text, "protocol.reason", language, p.reason(language));
        List<String> obligations = p.obligations(language);
        if (!obligations.isEmpty()) {
            line(text, "protocol.obligations", language, String.join(" ", obligations));
        }
        // What the choice rests on (spec a.0): each exception taken as not established, in its own sentence.
        for (Presumption presumption : p.presumptions()) {
            text.append(presumption.text(language)).append('\n');
        }
        for (Warning w : warnings) {
            line(text, "protocol.warning", language, w.code(), w.message(language));
        }
        line(text, "protocol.law-data", language, lawData.name(), lawData.version(), lawData.sha256());
        line(text, "protocol.knowledge-base", language, knowledgeBaseVersion);
        return text.toString().trim();
    }

    /** "LL, NAT: source" for each distinct source, in the order of the figures. */
    static List<String> sourcesByFigure(List<ThresholdUsed> thresholds) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        for (ThresholdUsed t : thresholds) {
            bySource.computeIfAbsent(t.source(), s -> new ArrayList<>()).add(t.name());
        }
        List<String> parts = new ArrayList<>();
        bySource.forEach((source, names) -> parts.add(String.join(", ", names) + ": " + source));
        return parts;
    }

    private void line(StringBuilder text, String key, Locale language, Object... args) {
        text.append(messages.render(key, language, args)).append('\n');
    }

    @Override
    public String toString() {
        return "Assessment[" + request.evaluationDate() + ", " + band + ", open " + openPaths() + "]";
    }
}
