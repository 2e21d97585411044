package io.github.veivalg;

import io.github.veivalg.internal.GrowsWithEveryFact;

import org.apiguardian.api.API;

import io.github.veivalg.vocabulary.PathStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Facts about the market and the need (spec a.3). Every fact is optional: an empty value means <em>unknown</em>, and a
 * path that needs an unknown fact comes back {@link PathStatus#UNDETERMINED} naming it.
 *
 * <p>Build with {@link #builder()}; the builder accepts raw values and the enclosing
 * {@link AssessmentRequest.Builder#build()} reports every invalid one at once.
 *
 * @param solutionExistsOnMarket An adequate solution can be bought from the market as it is.
 * @param intendsToBuyResultingSolution The buyer intends to buy the goods, services or works that the development results in (FOA § 13-1 (3)).
 * @param needsAdaptationOrDesign The need requires adapting available solutions, or design or innovative solutions (FOA § 13-2 a, b).
 * @param cannotBeAwardedWithoutNegotiation Negotiation is necessary because of the nature, complexity or risks of the contract (FOA § 13-2 c).
 * @param specificationsCannotBePrecise The technical specifications cannot be set precisely enough (FOA § 13-2 d).
 * @param previousOpenRestrictedGotOnlyUnacceptableTenders An earlier open or restricted procedure gave only irregular or unacceptable tenders (FOA § 13-2 e, § 13-3 a).
 * @param previousProcedureNoTendersOrNoSuitable An earlier open or restricted procedure gave no requests or tenders, or only ones that had to or could be rejected or plainly did not meet the need (FOA § 13-3 b).
 * @param procurementDocumentsNotSubstantiallyChanged After the failed tender competition, the procurement documents are not substantially changed (FOA § 5-2 (1) e).
 * @param specificationsAndTermsNotSubstantiallyChanged After the failed procedure, the specifications and contract terms are not substantially changed (FOA § 13-3 a and b).
 * @param onlyOneSupplierInMarket The contract can only be concluded with one particular supplier in the market, for whatever reason (FOA § 5-2 (1) a).
 * @param onlyOneSupplierTechnical Only one supplier for technical reasons, with no reasonable alternative and no tailoring by the buyer (FOA § 13-4 b no. 2).
 * @param onlyOneSupplierExclusiveRights Only one supplier because of an exclusive right, with no reasonable alternative and no tailoring (FOA § 13-4 b no. 3).
 * @param onlyOneSupplierArtistic The aim is a unique work of art or artistic performance (FOA § 13-4 b no. 1).
 * @param unforeseenCannotWaitForTenderCompetition Unforeseen circumstances mean the award cannot wait for an open or restricted tender competition (FOA § 5-2 (1) c).
 * @param extremeUrgencyUnforeseeable Extreme urgency from unforeseeable events not caused by the buyer; only what is strictly necessary (FOA § 13-3 e).
 * @param urgencyCausedByBuyer The urgency is the buyer's own doing, for example poor planning.
 * @param isRepetitionOfSimilarServices New services or works repeating earlier ones under all the conditions of FOA § 13-4 d.
 * @param goodsSolelyForResearch Goods made solely for research, experiment, study or development (FOA § 13-3 c).
 * @param priceSubstantiallyBelowMarket An exceptionally advantageous offer far below normal market prices (FOA § 5-2 (1) b).
 * @param additionalDeliveriesStrictlyNecessary Additional deliveries strictly necessary, because of unforeseen circumstances, to complete a contract (FOA § 5-2 (1) d).
 * @param boughtOnExchange Bought on an exchange, commodity exchange or similar market (FOA § 5-2 (1) f).
 * @param coverPurchaseNeeded A cover purchase is needed while a competition is cancelled or a dispute delays the award (FOA § 5-2 (1) g).
 * @param hasClearCrossBorderInterest The contract, though below the EEA threshold, is of certain cross-border interest.
 * @param wantsMarketDialogue The buyer plans market dialogue before the competition.
 */
@API(status = STABLE, since = "0.1")
public record MarketFacts(
        Optional<Boolean> solutionExistsOnMarket,
        Optional<Boolean> intendsToBuyResultingSolution,
        Optional<Boolean> needsAdaptationOrDesign,
        Optional<Boolean> cannotBeAwardedWithoutNegotiation,
        Optional<Boolean> specificationsCannotBePrecise,
        Optional<Boolean> previousOpenRestrictedGotOnlyUnacceptableTenders,
        Optional<Boolean> previousProcedureNoTendersOrNoSuitable,
        Optional<Boolean> procurementDocumentsNotSubstantiallyChanged,
        Optional<Boolean> specificationsAndTermsNotSubstantiallyChanged,
        Optional<Boolean> onlyOneSupplierInMarket,
        Optional<Boolean> onlyOneSupplierTechnical,
        Optional<Boolean> onlyOneSupplierExclusiveRights,
        Optional<Boolean> onlyOneSupplierArtistic,
        Optional<Boolean> unforeseenCannotWaitForTenderCompetition,
        Optional<Boolean> extremeUrgencyUnforeseeable,
        Optional<Boolean> urgencyCausedByBuyer,
        Optional<Boolean> isRepetitionOfSimilarServices,
        Optional<Boolean> goodsSolelyForResearch,
        Optional<Boolean> priceSubstantiallyBelowMarket,
        Optional<Boolean> additionalDeliveriesStrictlyNecessary,
        Optional<Boolean> boughtOnExchange,
        Optional<Boolean> coverPurchaseNeeded,
        Optional<Boolean> hasClearCrossBorderInterest,
        Optional<Boolean> wantsMarketDialogue) {

    /** Nothing known. */
    public static final MarketFacts UNKNOWN = new Builder().buildUnchecked();

    /**
     * Treats {@code null} as unknown and copies the lists. Build with {@link #builder()}: this
     * constructor gains a parameter with every fact the law adds, and is outside the compatibility promise.
     */
    @GrowsWithEveryFact
    public MarketFacts {
        solutionExistsOnMarket = solutionExistsOnMarket == null ? Optional.empty() : solutionExistsOnMarket;
        intendsToBuyResultingSolution = intendsToBuyResultingSolution == null ? Optional.empty() : intendsToBuyResultingSolution;
        needsAdaptationOrDesign = needsAdaptationOrDesign == null ? Optional.empty() : needsAdaptationOrDesign;
        cannotBeAwardedWithoutNegotiation = cannotBeAwardedWithoutNegotiation == null ? Optional.empty() : cannotBeAwardedWithoutNegotiation;
        specificationsCannotBePrecise = specificationsCannotBePrecise == null ? Optional.empty() : specificationsCannotBePrecise;
        previousOpenRestrictedGotOnlyUnacceptableTenders = previousOpenRestrictedGotOnlyUnacceptableTenders == null ? Optional.empty() : previousOpenRestrictedGotOnlyUnacceptableTenders;
        previousProcedureNoTendersOrNoSuitable = previousProcedureNoTendersOrNoSuitable == null ? Optional.empty() : previousProcedureNoTendersOrNoSuitable;
        procurementDocumentsNotSubstantiallyChanged = procurementDocumentsNotSubstantiallyChanged == null ? Optional.empty() : procurementDocumentsNotSubstantiallyChanged;
        specificationsAndTermsNotSubstantiallyChanged = specificationsAndTermsNotSubstantiallyChanged == null ? Optional.empty() : specificationsAndTermsNotSubstantiallyChanged;
        onlyOneSupplierInMarket = onlyOneSupplierInMarket == null ? Optional.empty() : onlyOneSupplierInMarket;
        onlyOneSupplierTechnical = onlyOneSupplierTechnical == null ? Optional.empty() : onlyOneSupplierTechnical;
        onlyOneSupplierExclusiveRights = onlyOneSupplierExclusiveRights == null ? Optional.empty() : onlyOneSupplierExclusiveRights;
        onlyOneSupplierArtistic = onlyOneSupplierArtistic == null ? Optional.empty() : onlyOneSupplierArtistic;
        unforeseenCannotWaitForTenderCompetition = unforeseenCannotWaitForTenderCompetition == null ? Optional.empty() : unforeseenCannotWaitForTenderCompetition;
        extremeUrgencyUnforeseeable = extremeUrgencyUnforeseeable == null ? Optional.empty() : extremeUrgencyUnforeseeable;
        urgencyCausedByBuyer = urgencyCausedByBuyer == null ? Optional.empty() : urgencyCausedByBuyer;
        isRepetitionOfSimilarServices = isRepetitionOfSimilarServices == null ? Optional.empty() : isRepetitionOfSimilarServices;
        goodsSolelyForResearch = goodsSolelyForResearch == null ? Optional.empty() : goodsSolelyForResearch;
        priceSubstantiallyBelowMarket = priceSubstantiallyBelowMarket == null ? Optional.empty() : priceSubstantiallyBelowMarket;
        additionalDeliveriesStrictlyNecessary = additionalDeliveriesStrictlyNecessary == null ? Optional.empty() : additionalDeliveriesStrictlyNecessary;
        boughtOnExchange = boughtOnExchange == null ? Optional.empty() : boughtOnExchange;
        coverPurchaseNeeded = coverPurchaseNeeded == null ? Optional.empty() : coverPurchaseNeeded;
        hasClearCrossBorderInterest = hasClearCrossBorderInterest == null ? Optional.empty() : hasClearCrossBorderInterest;
        wantsMarketDialogue = wantsMarketDialogue == null ? Optional.empty() : wantsMarketDialogue;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these facts, to learn more of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.solutionExistsOnMarket = solutionExistsOnMarket.orElse(null);
        b.intendsToBuyResultingSolution = intendsToBuyResultingSolution.orElse(null);
        b.needsAdaptationOrDesign = needsAdaptationOrDesign.orElse(null);
        b.cannotBeAwardedWithoutNegotiation = cannotBeAwardedWithoutNegotiation.orElse(null);
        b.specificationsCannotBePrecise = specificationsCannotBePrecise.orElse(null);
        b.previousOpenRestrictedGotOnlyUnacceptableTenders = previousOpenRestrictedGotOnlyUnacceptableTenders.orElse(null);
        b.previousProcedureNoTendersOrNoSuitable = previousProcedureNoTendersOrNoSuitable.orElse(null);
        b.procurementDocumentsNotSubstantiallyChanged = procurementDocumentsNotSubstantiallyChanged.orElse(null);
        b.specificationsAndTermsNotSubstantiallyChanged = specificationsAndTermsNotSubstantiallyChanged.orElse(null);
        b.onlyOneSupplierInMarket = onlyOneSupplierInMarket.orElse(null);
        b.onlyOneSupplierTechnical = onlyOneSupplierTechnical.orElse(null);
        b.onlyOneSupplierExclusiveRights = onlyOneSupplierExclusiveRights.orElse(null);
        b.onlyOneSupplierArtistic = onlyOneSupplierArtistic.orElse(null);
        b.unforeseenCannotWaitForTenderCompetition = unforeseenCannotWaitForTenderCompetition.orElse(null);
        b.extremeUrgencyUnforeseeable = extremeUrgencyUnforeseeable.orElse(null);
        b.urgencyCausedByBuyer = urgencyCausedByBuyer.orElse(null);
        b.isRepetitionOfSimilarServices = isRepetitionOfSimilarServices.orElse(null);
        b.goodsSolelyForResearch = goodsSolelyForResearch.orElse(null);
        b.priceSubstantiallyBelowMarket = priceSubstantiallyBelowMarket.orElse(null);
        b.additionalDeliveriesStrictlyNecessary = additionalDeliveriesStrictlyNecessary.orElse(null);
        b.boughtOnExchange = boughtOnExchange.orElse(null);
        b.coverPurchaseNeeded = coverPurchaseNeeded.orElse(null);
        b.hasClearCrossBorderInterest = hasClearCrossBorderInterest.orElse(null);
        b.wantsMarketDialogue = wantsMarketDialogue.orElse(null);
        return b;
    }

    /** Collects raw values; {@code null} leaves a fact unknown. Not thread-safe. */
    public static final class Builder {
        private Boolean solutionExistsOnMarket;
        private Boolean intendsToBuyResultingSolution;
        private Boolean needsAdaptationOrDesign;
        private Boolean cannotBeAwardedWithoutNegotiation;
        private Boolean specificationsCannotBePrecise;
        private Boolean previousOpenRestrictedGotOnlyUnacceptableTenders;
        private Boolean previousProcedureNoTendersOrNoSuitable;
        private Boolean procurementDocumentsNotSubstantiallyChanged;
        private Boolean specificationsAndTermsNotSubstantiallyChanged;
        private Boolean onlyOneSupplierInMarket;
        private Boolean onlyOneSupplierTechnical;
        private Boolean onlyOneSupplierExclusiveRights;
        private Boolean onlyOneSupplierArtistic;
        private Boolean unforeseenCannotWaitForTenderCompetition;
        private Boolean extremeUrgencyUnforeseeable;
        private Boolean urgencyCausedByBuyer;
        private Boolean isRepetitionOfSimilarServices;
        private Boolean goodsSolelyForResearch;
        private Boolean priceSubstantiallyBelowMarket;
        private Boolean additionalDeliveriesStrictlyNecessary;
        private Boolean boughtOnExchange;
        private Boolean coverPurchaseNeeded;
        private Boolean hasClearCrossBorderInterest;
        private Boolean wantsMarketDialogue;

        Builder() {
        }

        /** An adequate solution can be bought from the market as it is. */
        public Builder solutionExistsOnMarket(Boolean solutionExistsOnMarket) {
            this.solutionExistsOnMarket = solutionExistsOnMarket;
            return this;
        }

        /** The buyer intends to buy the goods, services or works that the development results in (FOA § 13-1 (3)). */
        public Builder intendsToBuyResultingSolution(Boolean intendsToBuyResultingSolution) {
            this.intendsToBuyResultingSolution = intendsToBuyResultingSolution;
            return this;
        }

        /** The need requires adapting available solutions, or design or innovative solutions (FOA § 13-2 a, b). */
        public Builder needsAdaptationOrDesign(Boolean needsAdaptationOrDesign) {
            this.needsAdaptationOrDesign = needsAdaptationOrDesign;
            return this;
        }

        /** Negotiation is necessary because of the nature, complexity or risks of the contract (FOA § 13-2 c). */
        public Builder cannotBeAwardedWithoutNegotiation(Boolean cannotBeAwardedWithoutNegotiation) {
            this.cannotBeAwardedWithoutNegotiation = cannotBeAwardedWithoutNegotiation;
            return this;
        }

        /** The technical specifications cannot be set precisely enough (FOA § 13-2 d). */
        public Builder specificationsCannotBePrecise(Boolean specificationsCannotBePrecise) {
            this.specificationsCannotBePrecise = specificationsCannotBePrecise;
            return this;
        }

        /** An earlier open or restricted procedure gave only irregular or unacceptable tenders (FOA § 13-2 e, § 13-3 a). */
        public Builder previousOpenRestrictedGotOnlyUnacceptableTenders(Boolean previousOpenRestrictedGotOnlyUnacceptableTenders) {
            this.previousOpenRestrictedGotOnlyUnacceptableTenders = previousOpenRestrictedGotOnlyUnacceptableTenders;
            return this;
        }

        /** An earlier open or restricted procedure gave no tenders or no suitable ones, without substantial changes since (FOA § 13-3 b). */
        public Builder previousProcedureNoTendersOrNoSuitable(Boolean previousProcedureNoTendersOrNoSuitable) {
            this.previousProcedureNoTendersOrNoSuitable = previousProcedureNoTendersOrNoSuitable;
            return this;
        }

        /** After the failed tender competition, the procurement documents are not substantially changed (FOA § 5-2 (1) e). */
        public Builder procurementDocumentsNotSubstantiallyChanged(Boolean procurementDocumentsNotSubstantiallyChanged) {
            this.procurementDocumentsNotSubstantiallyChanged = procurementDocumentsNotSubstantiallyChanged;
            return this;
        }

        /** After the failed procedure, the specifications and contract terms are not substantially changed (FOA § 13-3 a). */
        public Builder specificationsAndTermsNotSubstantiallyChanged(Boolean specificationsAndTermsNotSubstantiallyChanged) {
            this.specificationsAndTermsNotSubstantiallyChanged = specificationsAndTermsNotSubstantiallyChanged;
            return this;
        }

        /** The contract can only be concluded with one particular supplier in the market, for whatever reason (FOA § 5-2 (1) a). */
        public Builder onlyOneSupplierInMarket(Boolean onlyOneSupplierInMarket) {
            this.onlyOneSupplierInMarket = onlyOneSupplierInMarket;
            return this;
        }

        /** Only one supplier for technical reasons, with no reasonable alternative and no tailoring by the buyer (FOA § 13-4 b no. 2). */
        public Builder onlyOneSupplierTechnical(Boolean onlyOneSupplierTechnical) {
            this.onlyOneSupplierTechnical = onlyOneSupplierTechnical;
            return this;
        }

        /** Only one supplier because of an exclusive right, with no reasonable alternative and no tailoring (FOA § 13-4 b no. 3). */
        public Builder onlyOneSupplierExclusiveRights(Boolean onlyOneSupplierExclusiveRights) {
            this.onlyOneSupplierExclusiveRights = onlyOneSupplierExclusiveRights;
            return this;
        }

        /** The aim is a unique work of art or artistic performance (FOA § 13-4 b no. 1). */
        public Builder onlyOneSupplierArtistic(Boolean onlyOneSupplierArtistic) {
            this.onlyOneSupplierArtistic = onlyOneSupplierArtistic;
            return this;
        }

        /** Unforeseen circumstances mean the award cannot wait for an open or restricted tender competition (FOA § 5-2 (1) c). */
        public Builder unforeseenCannotWaitForTenderCompetition(Boolean unforeseenCannotWaitForTenderCompetition) {
            this.unforeseenCannotWaitForTenderCompetition = unforeseenCannotWaitForTenderCompetition;
            return this;
        }

        /** Extreme urgency from unforeseeable events not caused by the buyer; only what is strictly necessary (FOA § 13-3 e). */
        public Builder extremeUrgencyUnforeseeable(Boolean extremeUrgencyUnforeseeable) {
            this.extremeUrgencyUnforeseeable = extremeUrgencyUnforeseeable;
            return this;
        }

        /** The urgency is the buyer's own doing, for example poor planning. */
        public Builder urgencyCausedByBuyer(Boolean urgencyCausedByBuyer) {
            this.urgencyCausedByBuyer = urgencyCausedByBuyer;
            return this;
        }

        /** New services or works repeating earlier ones under all the conditions of FOA § 13-4 d. */
        public Builder isRepetitionOfSimilarServices(Boolean isRepetitionOfSimilarServices) {
            this.isRepetitionOfSimilarServices = isRepetitionOfSimilarServices;
            return this;
        }

        /** Goods made solely for research, experiment, study or development (FOA § 13-3 c). */
        public Builder goodsSolelyForResearch(Boolean goodsSolelyForResearch) {
            this.goodsSolelyForResearch = goodsSolelyForResearch;
            return this;
        }

        /** An exceptionally advantageous offer far below normal market prices (FOA § 5-2 (1) b). */
        public Builder priceSubstantiallyBelowMarket(Boolean priceSubstantiallyBelowMarket) {
            this.priceSubstantiallyBelowMarket = priceSubstantiallyBelowMarket;
            return this;
        }

        /** Additional deliveries strictly necessary, because of unforeseen circumstances, to complete a contract (FOA § 5-2 (1) d). */
        public Builder additionalDeliveriesStrictlyNecessary(Boolean additionalDeliveriesStrictlyNecessary) {
            this.additionalDeliveriesStrictlyNecessary = additionalDeliveriesStrictlyNecessary;
            return this;
        }

        /** Bought on an exchange, commodity exchange or similar market (FOA § 5-2 (1) f). */
        public Builder boughtOnExchange(Boolean boughtOnExchange) {
            this.boughtOnExchange = boughtOnExchange;
            return this;
        }

        /** A cover purchase is needed while a competition is cancelled or a dispute delays the award (FOA § 5-2 (1) g). */
        public Builder coverPurchaseNeeded(Boolean coverPurchaseNeeded) {
            this.coverPurchaseNeeded = coverPurchaseNeeded;
            return this;
        }

        /** The contract, though below the EEA threshold, is of certain cross-border interest. */
        public Builder hasClearCrossBorderInterest(Boolean hasClearCrossBorderInterest) {
            this.hasClearCrossBorderInterest = hasClearCrossBorderInterest;
            return this;
        }

        /** The buyer plans market dialogue before the competition. */
        public Builder wantsMarketDialogue(Boolean wantsMarketDialogue) {
            this.wantsMarketDialogue = wantsMarketDialogue;
            return this;
        }

        /** Builds the facts, or throws naming every invalid value. */
        public MarketFacts build() {
            List<Problem> problems = new ArrayList<>();
            MarketFacts facts = build(problems, "market");
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            return facts;
        }

        MarketFacts buildUnchecked() {
            return build(new ArrayList<>(), "market");
        }

        MarketFacts build(List<Problem> problems, String prefix) {
            Optional<Boolean> solutionExistsOnMarket = Optional.ofNullable(this.solutionExistsOnMarket);
            Optional<Boolean> intendsToBuyResultingSolution = Optional.ofNullable(this.intendsToBuyResultingSolution);
            Optional<Boolean> needsAdaptationOrDesign = Optional.ofNullable(this.needsAdaptationOrDesign);
            Optional<Boolean> cannotBeAwardedWithoutNegotiation = Optional.ofNullable(this.cannotBeAwardedWithoutNegotiation);
            Optional<Boolean> specificationsCannotBePrecise = Optional.ofNullable(this.specificationsCannotBePrecise);
            Optional<Boolean> previousOpenRestrictedGotOnlyUnacceptableTenders = Optional.ofNullable(this.previousOpenRestrictedGotOnlyUnacceptableTenders);
            Optional<Boolean> previousProcedureNoTendersOrNoSuitable = Optional.ofNullable(this.previousProcedureNoTendersOrNoSuitable);
            Optional<Boolean> procurementDocumentsNotSubstantiallyChanged = Optional.ofNullable(this.procurementDocumentsNotSubstantiallyChanged);
            Optional<Boolean> specificationsAndTermsNotSubstantiallyChanged = Optional.ofNullable(this.specificationsAndTermsNotSubstantiallyChanged);
            Optional<Boolean> onlyOneSupplierInMarket = Optional.ofNullable(this.onlyOneSupplierInMarket);
            Optional<Boolean> onlyOneSupplierTechnical = Optional.ofNullable(this.onlyOneSupplierTechnical);
            Optional<Boolean> onlyOneSupplierExclusiveRights = Optional.ofNullable(this.onlyOneSupplierExclusiveRights);
            Optional<Boolean> onlyOneSupplierArtistic = Optional.ofNullable(this.onlyOneSupplierArtistic);
            Optional<Boolean> unforeseenCannotWaitForTenderCompetition = Optional.ofNullable(this.unforeseenCannotWaitForTenderCompetition);
            Optional<Boolean> extremeUrgencyUnforeseeable = Optional.ofNullable(this.extremeUrgencyUnforeseeable);
            Optional<Boolean> urgencyCausedByBuyer = Optional.ofNullable(this.urgencyCausedByBuyer);
            Optional<Boolean> isRepetitionOfSimilarServices = Optional.ofNullable(this.isRepetitionOfSimilarServices);
            Optional<Boolean> goodsSolelyForResearch = Optional.ofNullable(this.goodsSolelyForResearch);
            Optional<Boolean> priceSubstantiallyBelowMarket = Optional.ofNullable(this.priceSubstantiallyBelowMarket);
            Optional<Boolean> additionalDeliveriesStrictlyNecessary = Optional.ofNullable(this.additionalDeliveriesStrictlyNecessary);
            Optional<Boolean> boughtOnExchange = Optional.ofNullable(this.boughtOnExchange);
            Optional<Boolean> coverPurchaseNeeded = Optional.ofNullable(this.coverPurchaseNeeded);
            Optional<Boolean> hasClearCrossBorderInterest = Optional.ofNullable(this.hasClearCrossBorderInterest);
            Optional<Boolean> wantsMarketDialogue = Optional.ofNullable(this.wantsMarketDialogue);
            return new MarketFacts(solutionExistsOnMarket, intendsToBuyResultingSolution, needsAdaptationOrDesign, cannotBeAwardedWithoutNegotiation, specificationsCannotBePrecise, previousOpenRestrictedGotOnlyUnacceptableTenders, previousProcedureNoTendersOrNoSuitable, procurementDocumentsNotSubstantiallyChanged, specificationsAndTermsNotSubstantiallyChanged, onlyOneSupplierInMarket, onlyOneSupplierTechnical, onlyOneSupplierExclusiveRights, onlyOneSupplierArtistic, unforeseenCannotWaitForTenderCompetition, extremeUrgencyUnforeseeable, urgencyCausedByBuyer, isRepetitionOfSimilarServices, goodsSolelyForResearch, priceSubstantiallyBelowMarket, additionalDeliveriesStrictlyNecessary, boughtOnExchange, coverPurchaseNeeded, hasClearCrossBorderInterest, wantsMarketDialogue);
        }
    }
}
