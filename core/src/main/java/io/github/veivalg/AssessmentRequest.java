package io.github.veivalg;

import org.apiguardian.api.API;

import io.github.veivalg.json.JsonLimits;

import io.github.veivalg.vocabulary.AgreementType;
import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.vocabulary.LegalForm;
import io.github.veivalg.vocabulary.ServiceCategory;
import io.github.veivalg.vocabulary.SubjectType;

import io.github.veivalg.internal.Annexes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * What a buyer asks about: the facts of one purchase, as of an evaluation date.
 *
 * <p>The evaluation date is required: it is the date the procurement is started (the notice, or
 * the first request to suppliers; FOA § 32-2 (1)), and it picks the law and the thresholds in
 * force. Every other fact may be left unknown. A request can only be made through its builder,
 * which checks every field and the facts against each other, and reports all problems at once:
 *
 * <p>Example (request):
 * <pre>{@code
 * AssessmentRequest request = AssessmentRequest.builder(LocalDate.of(2025, 10, 1))
 *         .buyer(b -> b.authorityKind(AuthorityKind.MUNICIPALITY).buyerControlsSupplier(false)
 *                 .isCooperationBetweenAuthorities(false))
 *         .purchase(p -> p.subjectType(SubjectType.SERVICES)
 *                 .serviceCategory(ServiceCategory.HEALTH_AND_SOCIAL)
 *                 .cpvCodes("85312000")
 *                 .estimatedValueNok(12_000_000L)
 *                 .valueIncludesOptionsAndExtensions(true)
 *                 // what makes it a public contract within FOA, and no exemption:
 *                 .agreementType(AgreementType.SINGLE_CONTRACT).isMutuallyBindingForPayment(true)
 *                 .isGrantUnderGrantRules(false).isUserChoiceScheme(false).isEmploymentContract(false)
 *                 .involvesExerciseOfPublicAuthority(false).isResearchAndDevelopmentService(false)
 *                 .isRealEstateAcquisitionOrRental(false))
 *         .supplier(s -> s.supplierLegalForm(LegalForm.STIFTELSE).isNonProfit(true))
 *         .build();                                      // unknown facts stay unknown
 * }</pre>
 *
 * @param evaluationDate the date the procurement is started
 * @param buyer          facts about the buyer
 * @param purchase       facts about what is bought
 * @param market         facts about the market and the need
 * @param supplier       facts about the supplier
 * @param process        facts about the procurement process
 * @param strict         whether to answer without the law's presumptions (spec a.0): every unknown
 *                       fact then leaves its paths UNDETERMINED, for an auditor who wants only what is
 *                       known; {@code false} (the default) applies them and names each in the answer
 */
@API(status = STABLE, since = "0.1")
public record AssessmentRequest(
        LocalDate evaluationDate,
        BuyerFacts buyer,
        PurchaseFacts purchase,
        MarketFacts market,
        SupplierFacts supplier,
        ProcessFacts process,
        boolean strict) {

    /** The first date FOA applied (FOA § 32-1); earlier dates are refused. */
    public static final LocalDate FIRST_SUPPORTED_DATE = LocalDate.of(2017, 1, 1);

    /**
     * Checks the request as the builder does.
     *
     * @throws InvalidRequestException naming every problem, if the facts are invalid or contradict each other
     */
    public AssessmentRequest {
        buyer = buyer == null ? BuyerFacts.UNKNOWN : buyer;
        purchase = purchase == null ? PurchaseFacts.UNKNOWN : purchase;
        market = market == null ? MarketFacts.UNKNOWN : market;
        supplier = supplier == null ? SupplierFacts.UNKNOWN : supplier;
        process = process == null ? ProcessFacts.UNKNOWN : process;
        List<Problem> problems = new ArrayList<>();
        checkDate(evaluationDate, problems);
        checkConsistency(buyer, purchase, market, supplier, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    /** A request with the law's presumptions (not strict). */
    public AssessmentRequest(LocalDate evaluationDate, BuyerFacts buyer, PurchaseFacts purchase, MarketFacts market,
                             SupplierFacts supplier, ProcessFacts process) {
        this(evaluationDate, buyer, purchase, market, supplier, process, false);
    }

    /** A builder for a request about a procurement started on the given date. */
    public static Builder builder(LocalDate evaluationDate) {
        return new Builder(evaluationDate);
    }

    /** A builder holding this request's facts, to learn more of them. */
    public Builder toBuilder() {
        Builder b = new Builder(evaluationDate);
        b.buyer = buyer.toBuilder();
        b.purchase = purchase.toBuilder();
        b.market = market.toBuilder();
        b.supplier = supplier.toBuilder();
        b.process = process.toBuilder();
        b.strict = strict;
        return b;
    }

    private static void checkDate(LocalDate date, List<Problem> problems) {
        if (date == null) {
            problems.add(new Problem("evaluationDate", "is required"));
        } else if (date.isBefore(FIRST_SUPPORTED_DATE)) {
            problems.add(new Problem("evaluationDate", "is unsupported (UNSUPPORTED_DATE): " + date
                    + " is before " + FIRST_SUPPORTED_DATE + ", when FOA took effect; the 2006 regulation is not modelled"));
        }
    }

    // Facts that cannot all be true at once are refused rather than answered (spec a, with the
    // law-driven facts added by the law-vs-spec review). A grant combined with steering is not
    // refused: the spec answers it (the grant is closed, it is a purchase).
    private static void checkConsistency(BuyerFacts b, PurchaseFacts p, MarketFacts m, SupplierFacts s, List<Problem> problems) {
        SubjectType subject = p.subjectType().orElse(null);
        if (p.mainSubjectType().isPresent()) {
            if (p.mainSubjectType().get() == SubjectType.MIXED) {
                problems.add(new Problem("purchase.mainSubjectType", "must be GOODS, SERVICES or WORKS"));
            } else if (subject != null && subject != SubjectType.MIXED) {
                problems.add(new Problem("purchase.mainSubjectType", "is only for a MIXED contract, but subjectType is " + subject));
            }
        }
        SubjectType effective = subject == SubjectType.MIXED ? p.mainSubjectType().orElse(null) : subject;
        ServiceCategory category = p.serviceCategory().orElse(null);
        if (category != null && effective != null) {
            boolean service = effective == SubjectType.SERVICES;
            if (service == (category == ServiceCategory.NOT_A_SERVICE)) {
                problems.add(new Problem("purchase.serviceCategory", category + " contradicts subjectType " + effective));
            }
        }
        if (category != null && !p.cpvCodes().isEmpty()) {
            // Codes of several categories leave the choice to the stated category (FOA § 6-1 (2)),
            // which must then be one of them. A single category of codes simply wins (with a warning).
            Set<ServiceCategory> fromCodes = Annexes.categoriesOf(p.cpvCodes());
            if (fromCodes.size() > 1 && !fromCodes.contains(category)) {
                problems.add(new Problem("purchase.serviceCategory", category + " is none of the categories of the CPV codes "
                        + fromCodes + "; the part of highest value decides (FOA § 6-1 (2))"));
            }
        }
        if (p.isIndefiniteDuration().orElse(false) && p.contractDurationMonths().isPresent()) {
            problems.add(new Problem("purchase.contractDurationMonths", "contradicts isIndefiniteDuration = true"));
        }
        if (p.frameworkDurationMonths().isPresent() && p.agreementType().isPresent()
                && p.agreementType().get() != AgreementType.FRAMEWORK_AGREEMENT) {
            problems.add(new Problem("purchase.frameworkDurationMonths", "is only for a FRAMEWORK_AGREEMENT, but agreementType is "
                    + p.agreementType().get()));
        }
        if (!p.lots().isEmpty()) {
            if (Boolean.FALSE.equals(p.isDividedIntoLots().orElse(null))) {
                problems.add(new Problem("purchase.lots", "are given, but isDividedIntoLots = false"));
            }
            Set<String> ids = new HashSet<>();
            long total = 0;
            for (int i = 0; i < p.lots().size(); i++) {
                Lot lot = p.lots().get(i);
                if (!ids.add(lot.id())) {
                    problems.add(new Problem("purchase.lots[" + i + "].id", "repeats the id " + JsonLimits.quote(lot.id())));
                }
                total += lot.valueNok().kroner();
            }
            if (p.estimatedValueNok().isPresent() && total > p.estimatedValueNok().get().kroner()) {
                problems.add(new Problem("purchase.estimatedValueNok", "must include the value of every lot (FOA § 5-4 (8)): the lots add up to "
                        + total + ", the estimate is " + p.estimatedValueNok().get().kroner()));
            }
        }
        if (p.isSplitToAvoidThreshold().orElse(false) && p.relatedPurchasesValueNok().isEmpty()) {
            problems.add(new Problem("purchase.relatedPurchasesValueNok",
                    "is required when isSplitToAvoidThreshold = true: the parts must be valued together (FOA § 5-4 (4))"));
        }
        if (s.isNonProfit().orElse(false) && s.paysDividends().orElse(false)) {
            problems.add(new Problem("supplier.paysDividends", "contradicts isNonProfit = true: an ideell organisation reinvests its surplus (FOA § 30-2a (2))"));
        }
        if (Boolean.FALSE.equals(m.onlyOneSupplierInMarket().orElse(null))
                && (m.onlyOneSupplierTechnical().orElse(false) || m.onlyOneSupplierExclusiveRights().orElse(false)
                    || m.onlyOneSupplierArtistic().orElse(false))) {
            problems.add(new Problem("market.onlyOneSupplierInMarket", "is false, but a reason why only one supplier can deliver is given as true"));
        }
        if (Boolean.FALSE.equals(m.unforeseenCannotWaitForTenderCompetition().orElse(null)) && m.extremeUrgencyUnforeseeable().orElse(false)) {
            problems.add(new Problem("market.unforeseenCannotWaitForTenderCompetition",
                    "is false, but extremeUrgencyUnforeseeable = true (extreme urgency cannot wait for a tender competition either)"));
        }
        if (m.procurementDocumentsNotSubstantiallyChanged().orElse(false)
                && Boolean.FALSE.equals(m.specificationsAndTermsNotSubstantiallyChanged().orElse(null))) {
            problems.add(new Problem("market.specificationsAndTermsNotSubstantiallyChanged",
                    "is false, but procurementDocumentsNotSubstantiallyChanged = true (the specifications and terms are part of the documents)"));
        }
    }

    /**
     * Collects the facts of a request. Each group is configured with a lambda, so that
     * {@link #build()} can check every group and report all problems together. Not thread-safe.
     */
    public static final class Builder {
        private final LocalDate evaluationDate;
        private BuyerFacts.Builder buyer = BuyerFacts.builder();
        private PurchaseFacts.Builder purchase = PurchaseFacts.builder();
        private MarketFacts.Builder market = MarketFacts.builder();
        private SupplierFacts.Builder supplier = SupplierFacts.builder();
        private ProcessFacts.Builder process = ProcessFacts.builder();
        private boolean strict;

        private Builder(LocalDate evaluationDate) {
            this.evaluationDate = evaluationDate;
        }

        /** Sets facts about the buyer (spec a.1). */
        public Builder buyer(Consumer<BuyerFacts.Builder> facts) {
            facts.accept(buyer);
            return this;
        }

        /** Sets facts about what is bought (spec a.2). */
        public Builder purchase(Consumer<PurchaseFacts.Builder> facts) {
            facts.accept(purchase);
            return this;
        }

        /** Sets facts about the market and the need (spec a.3). */
        public Builder market(Consumer<MarketFacts.Builder> facts) {
            facts.accept(market);
            return this;
        }

        /** Sets facts about the supplier (spec a.4). */
        public Builder supplier(Consumer<SupplierFacts.Builder> facts) {
            facts.accept(supplier);
            return this;
        }

        /** Sets facts about the procurement process (spec a.5). */
        public Builder process(Consumer<ProcessFacts.Builder> facts) {
            facts.accept(process);
            return this;
        }

        /**
         * Asks for strict answers: no presumptions, so every unknown fact leaves the paths that read
         * it UNDETERMINED (spec a.0). The default is the law's presumptions, each named in the answer.
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws InvalidRequestException naming every invalid or contradictory fact, with its field path
         */
        public AssessmentRequest build() {
            List<Problem> fieldProblems = new ArrayList<>();
            BuyerFacts b = buyer.build(fieldProblems, "buyer");
            PurchaseFacts p = purchase.build(fieldProblems, "purchase");
            MarketFacts m = market.build(fieldProblems, "market");
            SupplierFacts s = supplier.build(fieldProblems, "supplier");
            ProcessFacts pr = process.build(fieldProblems, "process");
            if (fieldProblems.isEmpty()) {
                // The constructor checks the date and the consistency, in that order; no need to do it twice.
                return new AssessmentRequest(evaluationDate, b, p, m, s, pr, strict);
            }
            // Report everything at once, in the constructor's order with the field problems between.
            List<Problem> problems = new ArrayList<>();
            checkDate(evaluationDate, problems);
            problems.addAll(fieldProblems);
            checkConsistency(b, p, m, s, problems);
            throw new InvalidRequestException(problems);
        }
    }

}
