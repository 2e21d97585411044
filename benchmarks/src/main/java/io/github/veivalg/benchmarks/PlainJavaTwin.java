package io.github.veivalg.benchmarks;

import io.github.veivalg.vocabulary.AgreementType;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.BuyerFacts;
import io.github.veivalg.vocabulary.LegalForm;
import io.github.veivalg.vocabulary.Money;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.PathStatus;
import io.github.veivalg.vocabulary.Percent;
import io.github.veivalg.PurchaseFacts;
import io.github.veivalg.vocabulary.SubjectType;
import io.github.veivalg.kb.data.CpvCatalogue;
import io.github.veivalg.kb.data.ThresholdTable;
import io.github.veivalg.kb.vocabulary.CpvProfile;
import io.github.veivalg.kb.vocabulary.LawUncertainty;
import io.github.veivalg.vocabulary.ServiceCategory;
import io.github.veivalg.kb.vocabulary.ThresholdRow;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plain-Java twin of part of the knowledge base, for the benchmarks only: no Drools, no
 * messages, no explanation. For a request that is provably within FOA it computes the band (FOA
 * § 5-1 with the § 5-3 threshold of the row in force, § 5-4 value) and the statuses of five paths:
 * {@code BELOW_LOWER_LIMIT_DIRECT_PURCHASE}, {@code PART_I_COMPETITION}, {@code PART_II_OPEN},
 * {@code PART_III_OPEN} and {@code SPECIAL_SERVICES_REGIME}.
 *
 * <p>It follows {@code scope.drl}, {@code value-and-band.drl}, {@code part1.drl}, {@code part2.drl},
 * {@code part3.drl} and {@code health-social.drl} on that subset; {@code PlainJavaTwinAgreementTest}
 * checks it against {@link io.github.veivalg.Veivalg#assess} on every scenario it claims. The
 * threshold rows, the open questions of the law and the CPV annexes are read from the knowledge
 * base's own data tables, so the twin and the rules compare the same figures.
 *
 * <p>Thread-safe: it holds only the immutable tables.
 */
public final class PlainJavaTwin {

    /** The five paths the twin decides. */
    public static final List<PathId> PATHS = List.of(PathId.BELOW_LOWER_LIMIT_DIRECT_PURCHASE, PathId.PART_I_COMPETITION,
            PathId.PART_II_OPEN, PathId.PART_III_OPEN, PathId.SPECIAL_SERVICES_REGIME);

    /** What the twin decided for one request. */
    public record Decision(Band band, PathStatus belowLowerLimitDirectPurchase, PathStatus partICompetition,
                           PathStatus partIIOpen, PathStatus partIIIOpen, PathStatus specialServicesRegime) {

        /** The statuses by path id, in the order of {@link #PATHS}. */
        public Map<PathId, PathStatus> statuses() {
            Map<PathId, PathStatus> out = new EnumMap<>(PathId.class);
            out.put(PathId.BELOW_LOWER_LIMIT_DIRECT_PURCHASE, belowLowerLimitDirectPurchase);
            out.put(PathId.PART_I_COMPETITION, partICompetition);
            out.put(PathId.PART_II_OPEN, partIIOpen);
            out.put(PathId.PART_III_OPEN, partIIIOpen);
            out.put(PathId.SPECIAL_SERVICES_REGIME, specialServicesRegime);
            return out;
        }
    }

    private final ThresholdTable thresholds;
    private final CpvCatalogue cpv;

    private PlainJavaTwin(ThresholdTable thresholds, CpvCatalogue cpv) {
        this.thresholds = thresholds;
        this.cpv = cpv;
    }

    /** Loads the threshold table and the CPV annexes the knowledge base ships. */
    public static PlainJavaTwin load() {
        return new PlainJavaTwin(ThresholdTable.load(), CpvCatalogue.load());
    }

    /**
     * The band and the five statuses, or {@code null} when the request is outside the subset the
     * twin handles: a request that is not provably within FOA (a scope fact unknown, or an
     * exemption or another regulation that applies), or dated before the first threshold row.
     */
    public Decision decide(AssessmentRequest r) {
        ThresholdRow row = thresholds.rowFor(r.evaluationDate()).orElse(null);
        if (row == null) {
            return null;
        }
        PurchaseFacts p = r.purchase();
        CpvProfile profile = cpv.profile(p.cpvCodes());

        // Classification (value-and-band.drl, Classification.of): CPV codes win over the stated category.
        ServiceCategory stated = p.serviceCategory().map(c -> ServiceCategory.valueOf(c.name())).orElse(null);
        ServiceCategory category;
        if (profile.getSingleCategory() != null) {
            category = profile.getSingleCategory();
        } else if (profile.getCategories().size() > 1) {
            category = profile.getCategories().contains(stated) ? stated : null;
        } else {
            category = stated;
        }
        SubjectType subject = p.subjectType().orElse(null);
        if (subject == SubjectType.MIXED) {
            subject = p.mainSubjectType().orElse(null);
        }
        if (subject == null && category != null && category != ServiceCategory.NOT_A_SERVICE) {
            subject = SubjectType.SERVICES;
        }
        if (category == null && (subject == SubjectType.GOODS || subject == SubjectType.WORKS)) {
            category = ServiceCategory.NOT_A_SERVICE;
        }

        if (!provablyInScope(r, profile, category)) {
            return null;
        }

        // Value (FOA § 5-4, Valuation.of): the estimate plus related purchases; final only with options.
        Long amount = p.estimatedValueNok().map(Money::kroner).orElse(null);
        if (amount != null && p.relatedPurchasesValueNok().isPresent()) {
            amount += p.relatedPurchasesValueNok().get().kroner();
        }
        boolean complete = amount != null && Boolean.TRUE.equals(p.valueIncludesOptionsAndExtensions().orElse(null));

        Band band = complete ? band(r, row, amount, category, subject) : Band.UNDETERMINED;

        // BELOW_LOWER_LIMIT_DIRECT_PURCHASE (part1.drl): gated by the scope only, it reads the value itself.
        PathStatus belowLowerLimit;
        if (amount == null) {
            belowLowerLimit = PathStatus.UNDETERMINED;
        } else if (amount >= row.lowerLimit()) {
            belowLowerLimit = PathStatus.CLOSED;          // options only add to a value
        } else {
            belowLowerLimit = complete ? PathStatus.OPEN : PathStatus.UNDETERMINED;
        }

        return switch (band) {
            case UNDETERMINED -> new Decision(band, belowLowerLimit,
                    PathStatus.UNDETERMINED, PathStatus.UNDETERMINED, PathStatus.UNDETERMINED, PathStatus.UNDETERMINED);
            case BELOW_LOWER_LIMIT -> new Decision(band, belowLowerLimit,
                    PathStatus.NOT_REQUIRED, PathStatus.NOT_REQUIRED, PathStatus.NOT_REQUIRED, PathStatus.NOT_REQUIRED);
            case PART_I_ONLY -> new Decision(band, belowLowerLimit,
                    PathStatus.OPEN, PathStatus.NOT_REQUIRED, PathStatus.NOT_REQUIRED,
                    // Below EEA-HS a health and social service has only Part I; anything else is no such service.
                    category == null ? PathStatus.UNDETERMINED
                            : category == ServiceCategory.HEALTH_AND_SOCIAL ? PathStatus.NOT_REQUIRED : PathStatus.CLOSED);
            case PART_II, SPECIAL_SERVICES_PART_II_PLUS -> new Decision(band, belowLowerLimit,
                    PathStatus.CLOSED, PathStatus.OPEN, PathStatus.NOT_REQUIRED, PathStatus.CLOSED);
            case PART_III -> new Decision(band, belowLowerLimit,
                    PathStatus.CLOSED, PathStatus.CLOSED, PathStatus.OPEN, PathStatus.CLOSED);
            case PART_IV_CH30 -> new Decision(band, belowLowerLimit,
                    PathStatus.CLOSED, PathStatus.NOT_REQUIRED, PathStatus.NOT_REQUIRED, PathStatus.OPEN);
            case OUT_OF_SCOPE -> throw new IllegalStateException("the twin decides only requests within FOA");
        };
    }

    /** The band (FOA § 5-1 with § 5-3) of a complete value, as the band rules of value-and-band.drl split the cases. */
    private Band band(AssessmentRequest r, ThresholdRow row, long amount, ServiceCategory category, SubjectType subject) {
        if (amount < row.lowerLimit()) {
            return Band.BELOW_LOWER_LIMIT;
        }
        if (amount < row.national()) {
            return Band.PART_I_ONLY;
        }
        if (category == null) {
            return Band.UNDETERMINED;
        }
        switch (category) {
            case HEALTH_AND_SOCIAL:
                return amount < row.eeaHealthSocial() ? Band.PART_I_ONLY : Band.PART_IV_CH30;
            case OTHER_SPECIAL_SERVICE:
                return Band.SPECIAL_SERVICES_PART_II_PLUS;
            default:
                break;
        }
        // Ordinary services, goods and works: the EEA threshold of § 5-3 (1), or the range of the
        // candidates while the subject or the kind of buyer is unknown.
        Boolean state = stateBuyer(r.buyer());
        long lowest;
        long highest;
        String[] names;
        if (subject == SubjectType.WORKS) {
            lowest = highest = row.eeaWorks();
            names = new String[] {ThresholdRow.EEA_W};
        } else if (subject == SubjectType.GOODS || subject == SubjectType.SERVICES) {
            if (state == null) {
                lowest = Math.min(row.eeaState(), row.eeaOther());
                highest = Math.max(row.eeaState(), row.eeaOther());
                names = new String[] {ThresholdRow.EEA_S, ThresholdRow.EEA_O};
            } else {
                lowest = highest = state ? row.eeaState() : row.eeaOther();
                names = new String[] {state ? ThresholdRow.EEA_S : ThresholdRow.EEA_O};
            }
        } else {
            lowest = state == null ? Math.min(row.eeaState(), row.eeaOther()) : state ? row.eeaState() : row.eeaOther();
            highest = Math.max(row.eeaWorks(), Math.max(row.eeaState(), row.eeaOther()));
            names = new String[] {ThresholdRow.EEA_S, ThresholdRow.EEA_O, ThresholdRow.EEA_W};
        }
        if (amount >= lowest && amount < highest) {
            return Band.UNDETERMINED;
        }
        // An open question of the law that leaves the band open at this value on this date (E16).
        for (LawUncertainty u : thresholds.uncertaintiesOn(r.evaluationDate())) {
            if (u.effect() == LawUncertainty.Effect.UNDETERMINED && u.concernsValue(amount)) {
                for (String name : names) {
                    if (name.equals(u.figure())) {
                        return Band.UNDETERMINED;
                    }
                }
            }
        }
        return amount < lowest ? Band.PART_II : Band.PART_III;
    }

    /** Whether the lower state threshold applies: the stated flag first, then the kind of buyer; {@code null} when unknown. */
    private static Boolean stateBuyer(BuyerFacts b) {
        if (b.isCentralGovernmentAuthority().isPresent()) {
            return b.isCentralGovernmentAuthority().get();
        }
        return b.authorityKind().map(k -> k == AuthorityKind.STATE).orElse(null);
    }

    /**
     * Whether FOA certainly applies (scope.drl and Scope.decide): a known contracting authority,
     * a mutually binding agreement for payment, and every guard and exemption known to be closed.
     * A request the rules would find in scope by another route (steering without a binding
     * agreement, say) is simply left to the knowledge base.
     */
    private static boolean provablyInScope(AssessmentRequest r, CpvProfile profile, ServiceCategory category) {
        BuyerFacts b = r.buyer();
        PurchaseFacts p = r.purchase();
        AuthorityKind kind = b.authorityKind().orElse(null);
        if (kind == null || kind == AuthorityKind.UTILITY || kind == AuthorityKind.NOT_CONTRACTING_AUTHORITY) {
            return false;                                                         // § 2-1 (1) a, § 1-2
        }
        AgreementType agreement = p.agreementType().orElse(null);
        if (agreement == null || agreement == AgreementType.CONCESSION) {
            return false;                                                         // § 2-1 (1) c
        }
        if (!isTrue(p.isMutuallyBindingForPayment())) {
            return false;                                                         // § 4-1 a; closes the grant too
        }
        if (!isFalse(p.isUserChoiceScheme())) {
            return false;
        }
        // In-house (§ 3-1): closed as soon as one of its three conditions is known to fail.
        boolean inHouseClosed = isFalse(b.buyerControlsSupplier())
                || isTrue(r.buyer().supplierHasPrivateCapital())
                || b.supplierActivityShareForControllers().map(s -> percent(s) <= 80).orElse(false);
        if (!inHouseClosed) {
            return false;
        }
        // Cooperation between authorities (§ 3-3): likewise.
        boolean cooperationClosed = isFalse(b.isCooperationBetweenAuthorities())
                || b.cooperationMarketShare().map(s -> percent(s) >= 20).orElse(false);
        if (!cooperationClosed) {
            return false;
        }
        // The listed exclusions (§§ 2-4 a, f, g, h and 2-5): each one known not to apply.
        if (!isFalse(p.isRealEstateAcquisitionOrRental()) || !isFalse(p.isEmploymentContract())
                || !isFalse(p.involvesExerciseOfPublicAuthority())) {
            return false;
        }
        boolean listedCivilProtection;
        if (profile.isHasCodes()) {
            listedCivilProtection = profile.getCivilProtection() != CpvProfile.CivilProtection.NONE;
        } else if (category == ServiceCategory.ORDINARY || category == ServiceCategory.NOT_A_SERVICE) {
            listedCivilProtection = false;
        } else {
            return false;                                                         // unknown without codes
        }
        boolean civilProtectionClosed = !listedCivilProtection
                || isFalse(r.supplier().isNonProfit())
                || (profile.getCivilProtection() == CpvProfile.CivilProtection.AMBULANCE
                    && isFalse(r.process().emergencyWithQualifiedStaff()));
        if (!civilProtectionClosed) {
            return false;
        }
        boolean researchBackInside = Boolean.TRUE.equals(profile.getAllInResearchList())
                && isTrue(p.rdBenefitsExclusivelyBuyer()) && isTrue(p.rdFullyPaidByBuyer());
        return isFalse(p.isResearchAndDevelopmentService()) || researchBackInside;
    }

    private static boolean isTrue(Optional<Boolean> fact) {
        return fact.isPresent() && fact.get();
    }

    private static boolean isFalse(Optional<Boolean> fact) {
        return fact.isPresent() && !fact.get();
    }

    private static double percent(Percent p) {
        return p.value().doubleValue();
    }
}
