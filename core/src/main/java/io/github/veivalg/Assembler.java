package io.github.veivalg;

import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.vocabulary.PathStatus;

import io.github.veivalg.internal.CaseMapper;
import io.github.veivalg.internal.Engine;
import io.github.veivalg.internal.LawDataNotices;
import io.github.veivalg.internal.Messages;
import io.github.veivalg.kb.data.ThresholdTable;
import io.github.veivalg.kb.vocabulary.BandDecision;
import io.github.veivalg.kb.vocabulary.Fact;
import io.github.veivalg.kb.vocabulary.Finding;
import io.github.veivalg.kb.vocabulary.Msg;
import io.github.veivalg.kb.vocabulary.Notice;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.kb.vocabulary.Scope;
import io.github.veivalg.kb.vocabulary.ThresholdRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns what the engine concluded into the public, immutable {@link Assessment}. */
final class Assembler {

    private final Engine engine;
    private final Messages messages;
    private final LawData lawData;

    Assembler(Engine engine, Messages messages) {
        this.engine = engine;
        this.messages = messages;
        this.lawData = lawData(engine.knowledgeBase().thresholds());
    }

    static LawData lawData(ThresholdTable table) {
        return new LawData(table.name(), table.version(), table.sha256());
    }

    Assessment assess(AssessmentRequest request, Locale requested) {
        Locale locale = Messages.supported(requested);
        Engine.Outcome outcome = engine.run(CaseMapper.toCase(request));
        Map<PathId, PathResult> paths = new EnumMap<>(PathId.class);
        for (Map.Entry<PathId, Finding> e : outcome.findings().entrySet()) {
            Finding f = e.getValue();
            PathId id = e.getKey();
            // The finding's legal basis is its deciding rule's @legalBasis, split once when the knowledge base loaded.
            List<String> basis = citedBasis(f, engine.knowledgeBase().rule(f.getRuleId()).legalBasisParts());
            List<String> missing = missingFacts(f);
            paths.put(id, new PathResult(id, f.getStatus(), basis,
                    new Msg(f.getMessageKey(), f.getArgs()), f.getObligations(), missing, presumptions(f, locale), f.getRuleId(),
                    f.isClosedForSize(), locale, messages));
        }
        List<ThresholdUsed> thresholdsUsed = thresholdsUsed(outcome, request, engine.knowledgeBase().thresholds());
        List<Warning> warnings = new ArrayList<>();
        for (Notice n : withLawDataNotices(outcome.notices(), request, thresholdsUsed)) {
            warnings.add(new Warning(n.code(), n.message(), locale, messages));
        }
        Optional<Money> value = Optional.ofNullable(outcome.valuation().getAmount()).map(Money::new);
        return new Assessment(request, band(outcome.scope(), outcome.band()), value, paths,
                thresholdsUsed, warnings, engine.knowledgeBase().version(), outcome.firedRules(),
                locale, messages, lawData);
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
        List<Presumption> list = new ArrayList<>(f.getPresumptions().size());
        for (Fact fact : f.getPresumptions()) {
            String own = "presumption." + fact.fieldPath();
            Msg text = new Msg(messages.has(own, Messages.ENGLISH) ? own : "presumption.text", List.of(fact, fact.legalBasis()));
            list.add(new Presumption(fact.fieldPath(), fact.legalBasis(), text, locale, messages));
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
}
