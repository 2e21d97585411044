package io.github.veivalg;

import io.github.veivalg.vocabulary.Money;

import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.PathStatus;
import io.github.veivalg.vocabulary.SubjectType;

import io.github.veivalg.internal.Messages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Computes {@link WhatIf}: assesses the request once, then once per varied fact and value, and
 * compares every path of each varied answer with the path as it is. One varied assessment serves
 * all 44 paths, so a what-if costs about as many assessments as there are facts to vary.
 */
final class WhatIfEngine {

    /** The small-lots rule: lots so treated may together be worth at most 20 % of the total (FOA § 5-4 (8) third sentence). */
    private static final int SMALL_LOTS_SHARE_PERCENT = 20;

    private final Function<AssessmentRequest, Assessment> assess;
    private final Function<java.time.LocalDate, Optional<ThresholdsInForce>> thresholds;
    private final Messages messages;
    private final Locale locale;

    WhatIfEngine(Function<AssessmentRequest, Assessment> assess, Function<java.time.LocalDate, Optional<ThresholdsInForce>> thresholds,
                 Messages messages, Locale locale) {
        this.assess = assess;
        this.thresholds = thresholds;
        this.messages = messages;
        this.locale = Messages.supported(locale);
    }

    WhatIf run(AssessmentRequest request) {
        Assessment base = assess.apply(request);
        Map<PathId, List<Change>> changes = new EnumMap<>(PathId.class);
        for (PathId id : PathId.values()) {
            changes.put(id, new ArrayList<>());
        }
        Set<String> unknownUndertakings = new LinkedHashSet<>();
        for (WhatIfFacts.Varied f : WhatIfFacts.ALL) {
            if (f.kind() == Change.FactKind.UNDERTAKING && f.get().apply(request).isEmpty()) {
                unknownUndertakings.add(f.fact());
            }
        }
        // Learning an unknown fact changes only the paths that list it as missing or as a presumption
        // (laws the knowledge base keeps, LawsOfTheDomainProperties), so only those facts are varied.
        Set<String> deciding = new LinkedHashSet<>();
        for (PathResult p : base.paths()) {
            deciding.addAll(p.missingFacts());
            p.presumptions().forEach(presumption -> deciding.add(presumption.fact()));
        }
        for (WhatIfFacts.Varied f : WhatIfFacts.ALL) {
            Optional<?> current = f.get().apply(request);
            // A known fact about the supplier, the market or an exception is the buyer's to prove,
            // not to change; what the buyer undertakes is its own choice, so that is varied either way.
            // An unknown undertaking is an obligation of the path (spec a.0) and a stated "no" closes
            // it, so it is varied too.
            boolean undertaking = f.kind() == Change.FactKind.UNDERTAKING;
            if (current.isPresent() ? !undertaking : !undertaking && !deciding.contains(f.fact())) {
                continue;
            }
            for (Object value : f.values()) {
                if (current.isPresent() && current.get().equals(value)) {
                    continue;
                }
                AssessmentRequest varied = vary(request, f, value);
                if (varied == null) {
                    continue;
                }
                compare(base, varied, f, value, current.isEmpty(), unknownUndertakings, changes);
            }
        }
        lots(request, base, changes);
        return new WhatIf(base, changes);
    }

    /** The request with one fact set, or {@code null} when that contradicts another fact (the request would be refused). */
    private static AssessmentRequest vary(AssessmentRequest request, WhatIfFacts.Varied f, Object value) {
        AssessmentRequest.Builder b = request.toBuilder();
        f.set().accept(b, value);
        try {
            return b.build();
        } catch (InvalidRequestException contradiction) {
            return null;
        }
    }

    private void compare(Assessment base, AssessmentRequest varied, WhatIfFacts.Varied f, Object value, boolean wasUnknown,
                         Set<String> unknownUndertakings, Map<PathId, List<Change>> changes) {
        Assessment answer = assess.apply(varied);
        Map<Set<String>, Assessment> withUndertakings = new HashMap<>();
        for (PathId id : PathId.values()) {
            PathStatus before = base.path(id).status();
            PathResult after = answer.path(id);
            if (after.status() != before) {
                changes.get(id).add(change(id, f.fact(), value, f.kind(), wasUnknown, after, List.of(), List.of()));
                continue;
            }
            // Still undetermined only for want of what the buyer itself would undertake on this path
            // (the notice, the documented assessment): show the status with those undertakings taken on.
            if (after.status() == PathStatus.UNDETERMINED && !after.missingFacts().isEmpty()
                    && base.path(id).missingFacts().contains(f.fact())
                    && unknownUndertakings.containsAll(after.missingFacts()) && !after.missingFacts().contains(f.fact())) {
                Set<String> needed = new LinkedHashSet<>(after.missingFacts());
                Assessment committed = withUndertakings.computeIfAbsent(needed, n -> undertake(varied, n));
                if (committed != null && committed.path(id).status() != before) {
                    changes.get(id).add(change(id, f.fact(), value, f.kind(), wasUnknown, committed.path(id), List.of(), List.copyOf(needed)));
                }
            }
        }
    }

    private Assessment undertake(AssessmentRequest varied, Set<String> undertakings) {
        AssessmentRequest.Builder b = varied.toBuilder();
        for (WhatIfFacts.Varied f : WhatIfFacts.ALL) {
            if (undertakings.contains(f.fact())) {
                f.set().accept(b, Boolean.TRUE);
            }
        }
        try {
            return assess.apply(b.build());
        } catch (InvalidRequestException contradiction) {
            return null;
        }
    }

    private Change change(PathId id, String fact, Object value, Change.FactKind kind, boolean wasUnknown, PathResult after,
                          List<String> extraBasis, List<String> undertakings) {
        List<String> basis = new ArrayList<>(extraBasis);
        basis.addAll(after.legalBasis());
        return new Change(id, fact, label(fact), value, kind, wasUnknown, after.status(), after.reason(),
                List.copyOf(new LinkedHashSet<>(basis)), undertakings,
                undertakings.stream().map(this::label).toList());
    }

    private String label(String fact) {
        String key = "fact." + fact + ".label";
        return messages.has(key, locale) ? messages.render(key, List.of(), locale) : fact;
    }

    // ------------------------------------------------------------------------------------------
    // Lots: FOA § 5-4 (8). The total of all lots decides the Part of every lot, except that where the
    // total exceeds a § 5-3 threshold, goods and services lots under LOT-GS follow Part I only and
    // works lots under LOT-W Part II only, while those lots are worth at most 20 % of the total. The
    // what-if proposes one such lot, as large as the rule allows, and the rest as a second lot: the
    // estimate is never lowered, it is divided.

    private void lots(AssessmentRequest request, Assessment base, Map<PathId, List<Change>> changes) {
        PurchaseFacts p = request.purchase();
        if (!p.lots().isEmpty() || p.estimatedValueNok().isEmpty() || base.assessedValue().isEmpty()) {
            return;
        }
        Band band = base.band();
        if (band != Band.PART_III && band != Band.PART_IV_CH30 && band != Band.SPECIAL_SERVICES_PART_II_PLUS) {
            return;
        }
        SubjectType subject = p.subjectType().orElse(null);
        if (subject == SubjectType.MIXED) {
            subject = p.mainSubjectType().orElse(null);
        }
        if (subject == null) {
            return;
        }
        boolean works = subject == SubjectType.WORKS;
        String ceilingName = works ? "LOT-W" : "LOT-GS";
        Long ceiling = thresholds.apply(request.evaluationDate()).flatMap(row -> row.figures().stream()
                .filter(t -> t.name().equals(ceilingName)).findFirst()).map(t -> t.value().kroner()).orElse(null);
        Long eea = null;
        for (ThresholdUsed t : base.thresholdsUsed()) {
            if (t.name().startsWith("EEA-")) {
                eea = eea == null ? t.value().kroner() : Math.max(eea, t.value().kroner());
            }
        }
        long total = base.assessedValue().get().kroner();
        // The exception needs a total that exceeds (overstiger) the threshold, and a verified ceiling:
        // rows without one (E8) get no lot change, never an invented figure.
        if (ceiling == null || eea == null || total <= eea) {
            return;
        }
        long estimate = p.estimatedValueNok().get().kroner();
        long small = Math.min(ceiling - 1, estimate * SMALL_LOTS_SHARE_PERCENT / 100);
        if (small <= 0 || small >= estimate) {
            return;
        }
        List<Map<String, Object>> lots = List.of(lot("1", small, subject), lot("2", estimate - small, subject));
        SubjectType lotSubject = subject;
        AssessmentRequest divided;
        AssessmentRequest lotAlone;
        try {
            divided = request.toBuilder().purchase(b -> b.isDividedIntoLots(true)
                    .lot("1", small, lotSubject).lot("2", estimate - small, lotSubject)).build();
            // The small lot's own rules: Part I (goods, services) or Part II (works), which its own value gives.
            lotAlone = request.toBuilder().purchase(b -> b.estimatedValueNok(small).relatedPurchasesValueNok(null)
                    .isDividedIntoLots(null)).build();
        } catch (InvalidRequestException contradiction) {
            return;
        }
        Assessment dividedAnswer = assess.apply(divided);
        Assessment lotAnswer = assess.apply(lotAlone);
        if (lotAnswer.band() != (works ? Band.PART_II : Band.PART_I_ONLY)) {
            return;
        }
        List<String> rule = new ArrayList<>(dividedAnswer.path(PathId.LOTS).obligations());
        rule.removeAll(base.path(PathId.LOTS).obligations());
        String intro = String.join(" ", rule);
        for (PathId id : PathId.values()) {
            PathResult after = lotAnswer.path(id);
            if (after.status() != base.path(id).status() && after.status().isOpen()) {
                Change c = new Change(id, "purchase.lots", label("purchase.isDividedIntoLots"), lots, Change.FactKind.LOTS,
                        p.isDividedIntoLots().isEmpty(), after.status(),
                        (intro.isEmpty() ? "" : intro + " ") + lotText(small, ceiling, works) + " " + after.reason(),
                        basisWithLots(after), List.of(), List.of());
                changes.get(id).add(c);
            }
        }
    }

    private String lotText(long small, long ceiling, boolean works) {
        boolean nb = locale.getLanguage().equals("nb");
        String value = messages.format(new Money(small), locale);
        String limit = messages.format(new Money(ceiling), locale);
        if (nb) {
            return "For delkontrakt 1 (" + value + ", under " + limit + ") gjelder da bare del " + (works ? "II" : "I") + ":";
        }
        return "For lot 1 (" + value + ", under " + limit + ") only Part " + (works ? "II" : "I") + " then applies:";
    }

    private static List<String> basisWithLots(PathResult after) {
        Set<String> basis = new LinkedHashSet<>();
        basis.add("FOA § 5-4 (8)");
        basis.addAll(after.legalBasis());
        return List.copyOf(basis);
    }

    private static Map<String, Object> lot(String id, long value, SubjectType subject) {
        Map<String, Object> lot = new LinkedHashMap<>();
        lot.put("id", id);
        lot.put("valueNok", value);
        lot.put("subjectType", subject.name());
        return java.util.Collections.unmodifiableMap(lot);
    }
}
