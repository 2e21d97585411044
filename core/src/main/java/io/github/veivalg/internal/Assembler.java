package io.github.veivalg.internal;

import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.InvalidLawDataException;
import io.github.veivalg.KnowledgeBaseException;
import io.github.veivalg.LawData;
import io.github.veivalg.LawDataProblem;
import io.github.veivalg.vocabulary.Money;
import io.github.veivalg.PathInfo;
import io.github.veivalg.PathResult;
import io.github.veivalg.Presumption;
import io.github.veivalg.Question;
import io.github.veivalg.ThresholdUsed;
import io.github.veivalg.ThresholdsInForce;
import io.github.veivalg.Warning;
import io.github.veivalg.kb.data.LawDataException;
import io.github.veivalg.kb.data.ThresholdTable;
import io.github.veivalg.kb.vocabulary.BandDecision;
import io.github.veivalg.kb.vocabulary.Fact;
import io.github.veivalg.kb.vocabulary.Finding;
import io.github.veivalg.kb.vocabulary.LawUncertainty;
import io.github.veivalg.kb.vocabulary.Msg;
import io.github.veivalg.kb.vocabulary.Notice;
import io.github.veivalg.kb.vocabulary.Paths;
import io.github.veivalg.kb.vocabulary.Scope;
import io.github.veivalg.kb.vocabulary.ThresholdRow;
import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.PathStatus;

import org.apiguardian.api.API;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Turns what the engine concluded into the public answer values, with every text rendered once,
 * in the answer's language. The facade between {@code Veivalg} and the rules: nothing of the
 * knowledge base passes it.
 */
@API(status = INTERNAL)
public final class Assembler {

    private static final Map<String, Fact> FACTS = Arrays.stream(Fact.values())
            .collect(Collectors.toUnmodifiableMap(Fact::fieldPath, f -> f));
    private static final List<Locale> LANGUAGES = List.of(Messages.BOKMAL, Messages.ENGLISH);

    private final Engine engine;
    private final Messages messages;
    private final LawData lawData;
    // Each presumption sentence depends only on its fact and the language: rendered once. (Texts
    // without arguments, such as titles and status words, Messages renders once itself.)
    private final Map<Locale, Map<Fact, Presumption>> presumptionTexts = new HashMap<>();

    public Assembler(Engine engine, Messages messages) {
        this.engine = engine;
        this.messages = messages;
        this.lawData = lawData(engine.knowledgeBase().thresholds());
        for (Locale language : LANGUAGES) {
            Map<Fact, Presumption> presumptions = new EnumMap<>(Fact.class);
            for (Fact fact : Fact.values()) {
                String own = "presumption." + fact.fieldPath();
                Msg text = new Msg(messages.has(own, Messages.ENGLISH) ? own : "presumption.text", List.of(fact, fact.legalBasis()));
                presumptions.put(fact, new Presumption(fact.fieldPath(), fact.legalBasis(), messages.render(text, language)));
            }
            presumptionTexts.put(language, presumptions);
        }
    }

    /** The engine behind this facade, for the benchmarks' per-phase profile. */
    public Engine engine() {
        return engine;
    }

    public static LawData lawData(ThresholdTable table) {
        return new LawData(table.name(), table.version(), table.sha256());
    }

    /** The law data (threshold table) every answer is given under. */
    public LawData lawData() {
        return lawData;
    }

    public String knowledgeBaseVersion() {
        return engine.knowledgeBase().version();
    }

    /**
     * Reads and checks a law-data table given at run time.
     *
     * @throws InvalidLawDataException naming every problem, when the file cannot be read or fails a check
     */
    public static ThresholdTable lawDataTable(Path file, boolean overrideVerifiedFigures) {
        try {
            return ThresholdTable.load(file, overrideVerifiedFigures);
        } catch (LawDataException e) {
            throw new InvalidLawDataException(e.origin(), e.problems().stream()
                    .map(p -> new LawDataProblem(p.line(), p.column(), p.columnName(), p.message())).toList());
        }
    }

    public Assessment assess(AssessmentRequest request, Locale requested) {
        return assess(request, requested, Engine.Clock.NONE);
    }

    /** {@link #assess(AssessmentRequest, Locale)}, marking the end of each phase on the clock. */
    public Assessment assess(AssessmentRequest request, Locale requested, Engine.Clock clock) {
        Locale locale = Messages.supported(requested);
        var facts = CaseMapper.toCase(request);
        clock.mark(Engine.Phase.MAPPING);
        Engine.Outcome outcome = engine.run(facts, clock);
        List<PathResult> paths = new ArrayList<>(PathId.values().length);
        for (Map.Entry<PathId, Finding> e : outcome.findings().entrySet()) {
            Finding f = e.getValue();
            PathId id = e.getKey();
            // The finding's legal basis is its deciding rule's @legalBasis, split once when the knowledge base loaded.
            List<String> basis = citedBasis(f, engine.knowledgeBase().rule(f.getRuleId()).legalBasisParts());
            List<String> obligations = new ArrayList<>();
            List<String> permissions = new ArrayList<>();
            for (Msg o : f.getObligations()) {
                // The knowledge base names a permission or recommendation permission.*, a duty obligation.*.
                (o.key().startsWith("permission.") ? permissions : obligations).add(messages.render(o, locale));
            }
            paths.add(new PathResult(id, f.getStatus(), messages.render("path." + id.name() + ".title", locale),
                    messages.render("term.PathStatus." + f.getStatus().name(), locale), basis,
                    messages.render(new Msg(f.getMessageKey(), f.getArgs()), locale), obligations, permissions,
                    missingFacts(f), presumptions(f, locale), f.getRuleId(), f.isClosedForSize()));
        }
        List<ThresholdUsed> thresholdsUsed = thresholdsUsed(outcome, request, engine.knowledgeBase().thresholds());
        List<Warning> warnings = new ArrayList<>();
        for (Notice n : withLawDataNotices(outcome.notices(), request, thresholdsUsed)) {
            warnings.add(new Warning(n.code(), messages.render(n.message(), locale)));
        }
        Optional<Money> value = Optional.ofNullable(outcome.valuation().getAmount()).map(Money::new);
        Band band = band(outcome.scope(), outcome.band());
        List<Question> questions = questions(paths, locale);
        Assessment answer = new Assessment(request, locale, band, messages.render("band." + band.name(), locale), value,
                paths, openPaths(paths), questions, nextQuestions(paths, questions), thresholdsUsed, warnings, lawData,
                engine.knowledgeBase().version(), outcome.firedRules());
        clock.mark(Engine.Phase.ASSEMBLY);
        return answer;
    }

    /** The open paths, most freedom first (the rank is the knowledge base's). */
    private static List<PathResult> openPaths(List<PathResult> paths) {
        List<PathResult> open = new ArrayList<>();
        for (PathResult p : paths) {
            if (p.status().isOpen()) {
                open.add(p);
            }
        }
        open.sort(Comparator.comparingInt(p -> Paths.freedomRank(p.id())));
        return open;
    }

    /** Every fact an UNDETERMINED path lists as missing, as a question, in the order of the fact dictionary. */
    private List<Question> questions(List<PathResult> paths, Locale locale) {
        Map<String, List<PathId>> byFact = new LinkedHashMap<>();
        for (PathResult p : paths) {
            if (p.status() == PathStatus.UNDETERMINED) {
                for (String fact : p.missingFacts()) {
                    byFact.computeIfAbsent(fact, f -> new ArrayList<>()).add(p.id());
                }
            }
        }
        List<Question> questions = new ArrayList<>(byFact.size());
        byFact.forEach((fact, ids) -> {
            Fact known = FACTS.get(fact);
            questions.add(new Question(fact, ids, messages.render("fact." + fact + ".question", List.of(), locale),
                    known != null && known.kind() == Fact.Kind.EXCEPTION));
        });
        questions.sort(Comparator.comparingInt((Question q) -> dictionaryOrder(q.fact())).thenComparing(Question::fact));
        return questions;
    }

    /**
     * The questions to ask next: the regime first (who buys, the agreement, the value: nothing is
     * presumed for it), then the others; within each, by how many statuses a fact could change, ties
     * in the order of the fact dictionary. A dependent fact (the cooperation's market share) waits
     * for the fact it depends on.
     */
    private static List<Question> nextQuestions(List<PathResult> paths, List<Question> questions) {
        if (questions.isEmpty()) {
            return List.of();
        }
        Map<String, Set<PathId>> couldChange = new HashMap<>();
        for (PathResult p : paths) {
            for (String fact : p.missingFacts()) {
                couldChange.computeIfAbsent(fact, f -> EnumSet.noneOf(PathId.class)).add(p.id());
            }
            for (Presumption presumption : p.presumptions()) {
                couldChange.computeIfAbsent(presumption.fact(), f -> EnumSet.noneOf(PathId.class)).add(p.id());
            }
        }
        Set<String> asked = questions.stream().map(Question::fact).collect(Collectors.toSet());
        List<Question> next = new ArrayList<>();
        for (Question q : questions) {
            Fact known = FACTS.get(q.fact());
            if (known == null || known.dependsOn() == null || !asked.contains(known.dependsOn().fieldPath())) {
                next.add(q);
            }
        }
        next.sort(Comparator.comparingInt((Question q) -> regime(q.fact()) ? 0 : 1)
                .thenComparingInt(q -> -couldChange.getOrDefault(q.fact(), Set.of()).size())
                .thenComparingInt(q -> dictionaryOrder(q.fact()))
                .thenComparing(Question::fact));
        return next;
    }

    private static int dictionaryOrder(String fact) {
        Fact known = FACTS.get(fact);
        return known == null ? Integer.MAX_VALUE : known.ordinal();
    }

    private static boolean regime(String fact) {
        Fact f = FACTS.get(fact);
        return f != null && f.kind() == Fact.Kind.REGIME;
    }

    /**
     * The rule's legal basis, or the parts of it the finding cites ({@link Finding#citingOnly}); a part
     * the rule does not name is a defect of the knowledge base, so the basis stays traceable to the rule.
     */
    private static List<String> citedBasis(Finding f, List<String> ruleBasis) {
        if (f.getCitedOnly().isEmpty()) {
            return ruleBasis;
        }
        for (String part : f.getCitedOnly()) {
            if (!ruleBasis.contains(part)) {
                throw new KnowledgeBaseException("Rule " + f.getRuleId() + " cites \"" + part + "\", which its @legalBasis " + ruleBasis + " does not name");
            }
        }
        return ruleBasis.stream().filter(f.getCitedOnly()::contains).toList();
    }

    /** The rules' warnings and those about the law data (stale or overridden figures), in the answer's order. */
    private List<Notice> withLawDataNotices(List<Notice> notices, AssessmentRequest request, List<ThresholdUsed> used) {
        List<Notice> lawDataNotices = LawDataNotices.on(engine.knowledgeBase().thresholds(), request.evaluationDate(),
                used.stream().map(ThresholdUsed::name).toList());
        if (lawDataNotices.isEmpty()) {
            return notices;
        }
        List<Notice> all = new ArrayList<>(notices);
        all.addAll(lawDataNotices);
        all.sort(Engine.NOTICE_ORDER);
        return all;
    }

    /** The finding's presumptions as public values, in the order of the fact dictionary. */
    private List<Presumption> presumptions(Finding f, Locale locale) {
        if (f.getPresumptions().isEmpty()) {
            return List.of();
        }
        Map<Fact, Presumption> texts = presumptionTexts.get(locale);
        List<Presumption> list = new ArrayList<>(f.getPresumptions().size());
        for (Fact fact : f.getPresumptions()) {
            list.add(texts.get(fact));
        }
        return list;
    }

    private static List<String> missingFacts(Finding f) {
        if (f.getMissing().isEmpty()) {
            return List.of();
        }
        List<String> paths = new ArrayList<>(f.getMissing().size());
        for (Fact fact : f.getMissing()) {
            paths.add(fact.fieldPath());
        }
        return paths;
    }

    private static Band band(Scope scope, BandDecision band) {
        if (scope.isOutside()) {
            return Band.OUT_OF_SCOPE;
        }
        if (scope.isUndetermined()) {
            return Band.UNDETERMINED;
        }
        return band.getBand();
    }

    /** The figures the band was decided on: the lower limit, the national threshold, the EEA threshold(s) and any lot ceilings. */
    private static List<ThresholdUsed> thresholdsUsed(Engine.Outcome outcome, AssessmentRequest request, ThresholdTable table) {
        ThresholdRow row = outcome.row();
        Set<String> names = new LinkedHashSet<>(List.of(ThresholdRow.LL, ThresholdRow.NAT));
        if (outcome.eea() != null) {
            names.addAll(outcome.eea().getNames());
        }
        if (!request.purchase().lots().isEmpty() || request.purchase().isDividedIntoLots().orElse(false)) {
            names.add(ThresholdRow.LOT_GS);
            names.add(ThresholdRow.LOT_W);
        }
        return figures(table, row.validFrom(), names);
    }

    /**
     * The figures of the given names in force on the date, in that order, each with its own entry's
     * period and source, leaving out those without a verified value for the date.
     */
    static List<ThresholdUsed> figures(ThresholdTable table, LocalDate date, Collection<String> names) {
        List<ThresholdUsed> used = new ArrayList<>(names.size());
        for (String name : names) {
            table.entryOn(name, date).filter(e -> e.value() != null).ifPresent(e -> used.add(new ThresholdUsed(name,
                    new Money(e.value()), e.validFrom(), Optional.ofNullable(e.validTo()), e.source())));
        }
        return List.copyOf(used);
    }

    /**
     * A short text for the procurement protocol (anskaffelsesprotokoll) that records the chosen
     * path, in the answer's language: its status and legal basis, the value, the thresholds in force
     * with their dates, the reason, the obligations, what the status rests on (its presumptions), the
     * warnings, the law data (name, version, SHA-256) and the knowledge-base version.
     */
    public String protocolText(Assessment answer, PathId chosen) {
        Locale language = Messages.supported(answer.locale());
        PathResult p = answer.path(chosen);
        StringBuilder text = new StringBuilder();
        line(text, "protocol.heading", language, chosen, answer.evaluationDate());
        line(text, "protocol.status", language, p.statusText(), String.join("; ", p.legalBasis()));
        line(text, "protocol.value", language, answer.assessedValue().map(m -> (Object) m).orElse(null), answer.bandText());
        List<String> figures = answer.thresholdsUsed().stream().map(t -> t.name() + " " + messages.format(t.value(), language)
                + " (" + messages.render("protocol.in-force-from", language, t.validFrom()) + ")").toList();
        line(text, "protocol.thresholds", language, String.join(", ", figures));
        if (!answer.thresholdsUsed().isEmpty()) {
            line(text, "protocol.threshold-sources", language, String.join("; ", sourcesByFigure(answer.thresholdsUsed())));
        }
        line(text, "protocol.reason", language, p.reason());
        if (!p.obligations().isEmpty()) {
            line(text, "protocol.obligations", language, String.join(" ", p.obligations()));
        }
        // What the choice rests on (spec a.0): each exception taken as not established, in its own sentence.
        for (Presumption presumption : p.presumptions()) {
            text.append(presumption.text()).append('\n');
        }
        for (Warning w : answer.warnings()) {
            line(text, "protocol.warning", language, w.code(), w.message());
        }
        LawData data = answer.lawData();
        line(text, "protocol.law-data", language, data.name(), data.version(), data.sha256());
        line(text, "protocol.knowledge-base", language, answer.knowledgeBaseVersion());
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

    /** What the knowledge base says about a path: what it is, its conditions, and the rules that decide it. */
    public PathInfo explain(PathId path, Locale locale) {
        Locale language = Messages.supported(locale);
        Set<String> basis = new LinkedHashSet<>();
        List<String> rules = new ArrayList<>();
        for (KnowledgeBase.RuleInfo rule : engine.knowledgeBase().rulesFor(path)) {
            rules.add(rule.id());
            basis.addAll(rule.legalBasisParts());
        }
        String prefix = "path." + path.name() + ".";
        return new PathInfo(path, messages.render(prefix + "title", language), messages.render(prefix + "description", language),
                messages.render(prefix + "conditions", language), List.copyOf(basis), rules);
    }

    /** The threshold row in force on a date, with its sources and the warnings for that date. */
    public Optional<ThresholdsInForce> thresholdsOn(LocalDate date, Locale locale) {
        Locale language = Messages.supported(locale);
        ThresholdTable table = engine.knowledgeBase().thresholds();
        return table.rowFor(date).map(row -> {
            List<ThresholdUsed> figures = figures(table, date, ThresholdRow.NAMES);
            List<Warning> warnings = new ArrayList<>();
            if (!row.fromConsolidatedText()) {
                warnings.add(new Warning("THRESHOLDS_SECONDARY_SOURCES", messages.render(Msg.of("notice.thresholds-secondary-sources",
                        row.id(), row.validFrom(), row.validTo()), language)));
            }
            for (LawUncertainty u : table.uncertaintiesOn(date)) {
                warnings.add(new Warning(u.code(), messages.render(u.notice().message(), language)));
            }
            for (Notice n : LawDataNotices.on(table, date, figures.stream().map(ThresholdUsed::name).toList())) {
                warnings.add(new Warning(n.code(), messages.render(n.message(), language)));
            }
            return new ThresholdsInForce(date, row.id(), figures, warnings, lawData(table));
        });
    }

    /** The message bundles, for texts the what-if answers render from their parts. */
    public Messages messages() {
        return messages;
    }

    public void close() {
        engine.close();
    }
}
