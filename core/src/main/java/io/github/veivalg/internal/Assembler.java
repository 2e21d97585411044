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
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Turns what the engine concluded into the public answer values, with every text rendered once,
 * in the answer's language. The facade between {@code Veivalg} and the rules: nothing of the
 * knowledge base passes it.
 */
@API(status = INTERNAL)
public final class Assembler {

    private final Engine engine;
    private final Messages messages;
    private final LawData lawData;
    // The texts that depend only on the language (titles, status words, band names, questions,
    // presumption sentences) are rendered once, when the knowledge base loads, and kept by ordinal.
    private final Texts bokmal;
    private final Texts english;

    public Assembler(Engine engine, Messages messages) {
        this.engine = engine;
        this.messages = messages;
        this.lawData = lawData(engine.knowledgeBase().thresholds());
        this.bokmal = Texts.render(messages, Messages.BOKMAL);
        this.english = Texts.render(messages, Messages.ENGLISH);
    }

    /** The texts of one language that depend on nothing else, indexed by the ordinal of what they name. */
    private record Texts(String[] titles, String[] statuses, String[] bands, String[] questions, Presumption[] presumptions) {

        static Texts render(Messages messages, Locale language) {
            String[] titles = new String[PathId.values().length];
            for (PathId id : PathId.values()) {
                titles[id.ordinal()] = messages.render("path." + id.name() + ".title", language);
            }
            String[] statuses = new String[PathStatus.values().length];
            for (PathStatus status : PathStatus.values()) {
                statuses[status.ordinal()] = messages.render("term.PathStatus." + status.name(), language);
            }
            String[] bands = new String[Band.values().length];
            for (Band band : Band.values()) {
                bands[band.ordinal()] = messages.render("band." + band.name(), language);
            }
            Fact[] facts = Fact.values();
            String[] questions = new String[facts.length];
            Presumption[] presumptions = new Presumption[facts.length];
            for (Fact fact : facts) {
                String question = "fact." + fact.fieldPath() + ".question";
                // Every fact a rule can list as missing has its question (a bundle check); the others have none.
                questions[fact.ordinal()] = messages.has(question, language) ? messages.render(question, language) : null;
                String own = "presumption." + fact.fieldPath();
                Msg text = new Msg(messages.has(own, Messages.ENGLISH) ? own : "presumption.text", List.of(fact, fact.legalBasis()));
                presumptions[fact.ordinal()] = new Presumption(fact.fieldPath(), fact.legalBasis(), messages.render(text, language));
            }
            return new Texts(titles, statuses, bands, questions, presumptions);
        }

        String question(Fact fact) {
            String text = questions[fact.ordinal()];
            if (text == null) {
                throw new KnowledgeBaseException("No question for the missing fact " + fact.fieldPath());
            }
            return text;
        }
    }

    private Texts texts(Locale language) {
        return language == Messages.BOKMAL ? bokmal : english;
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
        Texts texts = texts(locale);
        List<PathResult> paths = new ArrayList<>(outcome.findings().size());
        for (Finding f : outcome.findings().values()) {
            PathId id = f.getPath();
            // The finding's legal basis is its deciding rule's @legalBasis, split once when the knowledge base loaded.
            List<String> basis = citedBasis(f, engine.knowledgeBase().rule(f.getRuleId()).legalBasisParts());
            List<String> obligations = List.of();
            List<String> permissions = List.of();
            if (!f.getObligations().isEmpty()) {
                obligations = new ArrayList<>();
                permissions = new ArrayList<>();
                for (Msg o : f.getObligations()) {
                    // The knowledge base names a permission or recommendation permission.*, a duty obligation.*.
                    (o.key().startsWith("permission.") ? permissions : obligations).add(messages.render(o, locale));
                }
            }
            paths.add(new PathResult(id, f.getStatus(), texts.titles()[id.ordinal()], texts.statuses()[f.getStatus().ordinal()], basis,
                    messages.render(f.getMessageKey(), f.getArgs(), locale), obligations, permissions,
                    factPaths(f.getMissing()), presumptions(f, texts), f.getRuleId(), f.isClosedForSize()));
        }
        List<ThresholdUsed> thresholdsUsed = thresholdsUsed(outcome, request, engine.knowledgeBase().thresholds());
        List<Warning> warnings = new ArrayList<>();
        for (Notice n : withLawDataNotices(outcome.notices(), request, thresholdsUsed)) {
            warnings.add(new Warning(n.code(), messages.render(n.message(), locale)));
        }
        Optional<Money> value = Optional.ofNullable(outcome.valuation().getAmount()).map(Money::new);
        Band band = band(outcome.scope(), outcome.band());
        Map<Fact, Question> questions = questions(outcome.findings().values(), texts);
        Assessment answer = new Assessment(request, locale, band, texts.bands()[band.ordinal()], value,
                paths, openPaths(paths), List.copyOf(questions.values()), nextQuestions(outcome.findings().values(), questions),
                thresholdsUsed, warnings, lawData, engine.knowledgeBase().version(), outcome.firedRules());
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

    /**
     * Every fact an UNDETERMINED path lists as missing, as a question, in the order of the fact
     * dictionary (the order of {@link Fact}), each with the paths that wait for it.
     */
    private static Map<Fact, Question> questions(Collection<Finding> findings, Texts texts) {
        Map<Fact, List<PathId>> byFact = new EnumMap<>(Fact.class);
        for (Finding f : findings) {
            if (f.getStatus() == PathStatus.UNDETERMINED) {
                for (Fact fact : f.getMissing()) {
                    byFact.computeIfAbsent(fact, x -> new ArrayList<>()).add(f.getPath());
                }
            }
        }
        Map<Fact, Question> questions = new EnumMap<>(Fact.class);
        byFact.forEach((fact, ids) -> questions.put(fact, new Question(fact.fieldPath(), ids, texts.question(fact),
                fact.kind() == Fact.Kind.EXCEPTION)));
        return questions;
    }

    /**
     * The questions to ask next: the regime first (who buys, the agreement, the value: nothing is
     * presumed for it), then the others; within each, by how many statuses a fact could change, ties
     * in the order of the fact dictionary. A dependent fact (the cooperation's market share) waits
     * for the fact it depends on.
     */
    private static List<Question> nextQuestions(Collection<Finding> findings, Map<Fact, Question> questions) {
        if (questions.isEmpty()) {
            return List.of();
        }
        // How many paths each fact could change: those that list it as missing or rest on its presumption.
        int[] couldChange = new int[Fact.values().length];
        for (Finding f : findings) {
            Set<Fact> facts = f.getMissing();
            for (Fact fact : facts) {
                couldChange[fact.ordinal()]++;
            }
            for (Fact fact : f.getPresumptions()) {
                if (!facts.contains(fact)) {
                    couldChange[fact.ordinal()]++;
                }
            }
        }
        List<Fact> next = new ArrayList<>(questions.size());
        for (Fact fact : questions.keySet()) {
            if (fact.dependsOn() == null || !questions.containsKey(fact.dependsOn())) {
                next.add(fact);
            }
        }
        // The list is in dictionary order already, and the sort is stable: ties keep that order.
        next.sort(Comparator.comparingInt((Fact fact) -> fact.kind() == Fact.Kind.REGIME ? 0 : 1)
                .thenComparingInt(fact -> -couldChange[fact.ordinal()]));
        List<Question> asked = new ArrayList<>(next.size());
        for (Fact fact : next) {
            asked.add(questions.get(fact));
        }
        return asked;
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
    private static List<Presumption> presumptions(Finding f, Texts texts) {
        if (f.getPresumptions().isEmpty()) {
            return List.of();
        }
        List<Presumption> list = new ArrayList<>(f.getPresumptions().size());
        for (Fact fact : f.getPresumptions()) {
            list.add(texts.presumptions()[fact.ordinal()]);
        }
        return list;
    }

    private static List<String> factPaths(Set<Fact> facts) {
        if (facts.isEmpty()) {
            return List.of();
        }
        List<String> paths = new ArrayList<>(facts.size());
        for (Fact fact : facts) {
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
