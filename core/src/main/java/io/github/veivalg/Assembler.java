package io.github.veivalg;

import io.github.veivalg.internal.CaseMapper;
import io.github.veivalg.internal.Engine;
import io.github.veivalg.internal.Enums;
import io.github.veivalg.internal.Messages;
import io.github.veivalg.kb.vocabulary.BandDecision;
import io.github.veivalg.kb.vocabulary.Fact;
import io.github.veivalg.kb.vocabulary.Finding;
import io.github.veivalg.kb.vocabulary.Msg;
import io.github.veivalg.kb.vocabulary.Notice;
import io.github.veivalg.kb.vocabulary.Path;
import io.github.veivalg.kb.vocabulary.Scope;
import io.github.veivalg.kb.vocabulary.ThresholdRow;

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

    Assembler(Engine engine, Messages messages) {
        this.engine = engine;
        this.messages = messages;
    }

    Assessment assess(AssessmentRequest request, Locale requested) {
        Locale locale = Messages.supported(requested);
        Engine.Outcome outcome = engine.run(CaseMapper.toCase(request));
        Map<PathId, PathResult> paths = new EnumMap<>(PathId.class);
        for (Map.Entry<Path, Finding> e : outcome.findings().entrySet()) {
            Finding f = e.getValue();
            PathId id = Enums.map(e.getKey(), PathId.class);
            // The finding's legal basis is its deciding rule's @legalBasis, split once when the knowledge base loaded.
            List<String> basis = engine.knowledgeBase().rule(f.getRuleId()).legalBasisParts();
            List<String> missing = missingFacts(f);
            paths.put(id, new PathResult(id, Enums.map(f.getStatus(), PathStatus.class), basis,
                    new Msg(f.getMessageKey(), f.getArgs()), f.getObligations(), missing, f.getRuleId(),
                    f.isClosedForSize(), locale, messages));
        }
        List<Warning> warnings = new ArrayList<>();
        for (Notice n : outcome.notices()) {
            warnings.add(new Warning(n.code(), n.message(), locale, messages));
        }
        Optional<Money> value = Optional.ofNullable(outcome.valuation().getAmount()).map(Money::new);
        return new Assessment(request, band(outcome.scope(), outcome.band()), value, paths,
                thresholdsUsed(outcome, request), warnings, engine.knowledgeBase().version(), outcome.firedRules(),
                locale, messages);
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
        return Enums.map(band.getBand(), Band.class);
    }

    /** The figures the band was decided on: the lower limit, the national threshold, the EEA threshold(s) and any lot ceilings. */
    private static List<ThresholdUsed> thresholdsUsed(Engine.Outcome outcome, AssessmentRequest request) {
        ThresholdRow row = outcome.row();
        Set<String> names = new LinkedHashSet<>(List.of(ThresholdRow.LL, ThresholdRow.NAT));
        if (outcome.eea() != null) {
            names.addAll(outcome.eea().getNames());
        }
        if (!request.purchase().lots().isEmpty() || request.purchase().isDividedIntoLots().orElse(false)) {
            names.add(ThresholdRow.LOT_GS);
            names.add(ThresholdRow.LOT_W);
        }
        return figures(row, names);
    }

    /** The row's figures of the given names, in that order, leaving out those the row has none for. */
    static List<ThresholdUsed> figures(ThresholdRow row, Collection<String> names) {
        List<ThresholdUsed> used = new ArrayList<>(names.size());
        for (String name : names) {
            Long figure = row.figure(name);
            if (figure != null) {
                used.add(new ThresholdUsed(name, new Money(figure), row.validFrom(), Optional.ofNullable(row.validTo()), row.source()));
            }
        }
        return List.copyOf(used);
    }
}
