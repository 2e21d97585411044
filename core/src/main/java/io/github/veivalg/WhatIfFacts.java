package io.github.veivalg;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The facts the what-if varies, each with its kind from spec section a.0, how to read it from a
 * request and how to set it on a builder.
 *
 * <p>TO BE REPLACED by the knowledge base's fact-kind data (issue #11) once it is merged: this is
 * the one place that records kinds for the what-if, so that the replacement touches only this file.
 *
 * <p>Deliberately absent: every REGIME fact (the date, the buyer kind, the subject, the category,
 * the CPV codes, the agreement type, the durations) and above all {@code estimatedValueNok},
 * {@code relatedPurchasesValueNok} and {@code isSplitToAvoidThreshold}: the what-if never suggests
 * lowering the value or splitting a purchase (FOA § 5-4 (4)). Division into lots is varied apart,
 * under § 5-4 (8)'s small-lots rule ({@link WhatIfEngine}).
 */
final class WhatIfFacts {

    /** One varied fact: its field path, kind, the values tried, a getter and a setter. */
    record Varied(String fact, Change.FactKind kind, List<Object> values,
                  Function<AssessmentRequest, Optional<?>> get, BiConsumer<AssessmentRequest.Builder, Object> set) {
    }

    private WhatIfFacts() {
    }

    private static final List<Object> BOTH = List.of(Boolean.TRUE, Boolean.FALSE);

    private static Varied buyer(String name, Change.FactKind kind, Function<BuyerFacts, Optional<?>> get,
                                BiConsumer<BuyerFacts.Builder, Boolean> set) {
        return new Varied("buyer." + name, kind, BOTH, r -> get.apply(r.buyer()), (b, v) -> b.buyer(x -> set.accept(x, (Boolean) v)));
    }

    private static Varied purchase(String name, Change.FactKind kind, Function<PurchaseFacts, Optional<?>> get,
                                   BiConsumer<PurchaseFacts.Builder, Boolean> set) {
        return new Varied("purchase." + name, kind, BOTH, r -> get.apply(r.purchase()), (b, v) -> b.purchase(x -> set.accept(x, (Boolean) v)));
    }

    private static Varied market(String name, Change.FactKind kind, Function<MarketFacts, Optional<?>> get,
                                 BiConsumer<MarketFacts.Builder, Boolean> set) {
        return new Varied("market." + name, kind, BOTH, r -> get.apply(r.market()), (b, v) -> b.market(x -> set.accept(x, (Boolean) v)));
    }

    private static Varied supplier(String name, Change.FactKind kind, Function<SupplierFacts, Optional<?>> get,
                                   BiConsumer<SupplierFacts.Builder, Boolean> set) {
        return new Varied("supplier." + name, kind, BOTH, r -> get.apply(r.supplier()), (b, v) -> b.supplier(x -> set.accept(x, (Boolean) v)));
    }

    private static Varied process(String name, Change.FactKind kind, Function<ProcessFacts, Optional<?>> get,
                                  BiConsumer<ProcessFacts.Builder, Boolean> set) {
        return new Varied("process." + name, kind, BOTH, r -> get.apply(r.process()), (b, v) -> b.process(x -> set.accept(x, (Boolean) v)));
    }

    private static final Change.FactKind EXCEPTION = Change.FactKind.EXCEPTION;
    private static final Change.FactKind QUALIFICATION = Change.FactKind.QUALIFICATION;
    private static final Change.FactKind UNDERTAKING = Change.FactKind.UNDERTAKING;

    /** Kinds as spec a.0 gives them; the order is the order changes are listed in. */
    static final List<Varied> ALL = List.of(
            // QUALIFICATION: the supplier and the market, for the optional paths (a.0).
            supplier("isNonProfit", QUALIFICATION, SupplierFacts::isNonProfit, SupplierFacts.Builder::isNonProfit),
            supplier("paysDividends", QUALIFICATION, SupplierFacts::paysDividends, SupplierFacts.Builder::paysDividends),
            supplier("nonProfitPurposeInStatutes", QUALIFICATION, SupplierFacts::nonProfitPurposeInStatutes, SupplierFacts.Builder::nonProfitPurposeInStatutes),
            supplier("mainPurposeWorkIntegration", QUALIFICATION, SupplierFacts::mainPurposeWorkIntegration, SupplierFacts.Builder::mainPurposeWorkIntegration),
            // The share is tried at the law's own figure, "minst 30 prosent" (FOA §§ 8-8, 16-9, 30-3).
            new Varied("supplier.shareDisadvantagedEmployees", QUALIFICATION, List.of(30.0),
                    r -> r.supplier().shareDisadvantagedEmployees(), (b, v) -> b.supplier(s -> s.shareDisadvantagedEmployees((Double) v))),
            supplier("isShelteredProgramme", QUALIFICATION, SupplierFacts::isShelteredProgramme, SupplierFacts.Builder::isShelteredProgramme),
            supplier("orgPurposePublicServiceMission", QUALIFICATION, SupplierFacts::orgPurposePublicServiceMission, SupplierFacts.Builder::orgPurposePublicServiceMission),
            supplier("employeeOwnershipOrParticipation", QUALIFICATION, SupplierFacts::employeeOwnershipOrParticipation, SupplierFacts.Builder::employeeOwnershipOrParticipation),
            supplier("surplusUsedForOrgObjectives", QUALIFICATION, SupplierFacts::surplusUsedForOrgObjectives, SupplierFacts.Builder::surplusUsedForOrgObjectives),
            supplier("hadSection30_2ContractWithBuyerLast3Years", QUALIFICATION, SupplierFacts::hadSection30_2ContractWithBuyerLast3Years,
                    SupplierFacts.Builder::hadSection30_2ContractWithBuyerLast3Years),
            // isSme and supplierIsSocialEntrepreneur decide only whether lots are advised (spec LOTS);
            // a.0 names no kind for them: like the other supplier facts they are found out, not presumed.
            supplier("isSme", QUALIFICATION, SupplierFacts::isSme, SupplierFacts.Builder::isSme),
            supplier("supplierIsSocialEntrepreneur", QUALIFICATION, SupplierFacts::supplierIsSocialEntrepreneur, SupplierFacts.Builder::supplierIsSocialEntrepreneur),
            market("solutionExistsOnMarket", QUALIFICATION, MarketFacts::solutionExistsOnMarket, MarketFacts.Builder::solutionExistsOnMarket),
            // UNDERTAKING: what the buyer does by choosing a path (a.0).
            process("reservationStatedInNotice", UNDERTAKING, ProcessFacts::reservationStatedInNotice, ProcessFacts.Builder::reservationStatedInNotice),
            process("reservationContributesToSocialGoalsAndBudgetEfficiency", UNDERTAKING,
                    ProcessFacts::reservationContributesToSocialGoalsAndBudgetEfficiency, ProcessFacts.Builder::reservationContributesToSocialGoalsAndBudgetEfficiency),
            market("intendsToBuyResultingSolution", UNDERTAKING, MarketFacts::intendsToBuyResultingSolution, MarketFacts.Builder::intendsToBuyResultingSolution),
            market("wantsMarketDialogue", UNDERTAKING, MarketFacts::wantsMarketDialogue, MarketFacts.Builder::wantsMarketDialogue),
            process("priorInformationOrContractNotice", UNDERTAKING, ProcessFacts::priorInformationOrContractNotice, ProcessFacts.Builder::priorInformationOrContractNotice),
            // A pilot is the buyer's choice of how to buy (spec PILOT_DEVELOPMENT_CONTRACT); a.0 names no kind for it.
            process("isPilot", UNDERTAKING, ProcessFacts::isPilot, ProcessFacts.Builder::isPilot),
            // EXCEPTION: conditions of an exemption or of a ground that lifts a duty (a.0).
            purchase("isServiceToIndividualUser", EXCEPTION, PurchaseFacts::isServiceToIndividualUser, PurchaseFacts.Builder::isServiceToIndividualUser),
            purchase("competitionNeedsConfidentialUserInfo", EXCEPTION, PurchaseFacts::competitionNeedsConfidentialUserInfo,
                    PurchaseFacts.Builder::competitionNeedsConfidentialUserInfo),
            market("needsAdaptationOrDesign", EXCEPTION, MarketFacts::needsAdaptationOrDesign, MarketFacts.Builder::needsAdaptationOrDesign),
            market("cannotBeAwardedWithoutNegotiation", EXCEPTION, MarketFacts::cannotBeAwardedWithoutNegotiation, MarketFacts.Builder::cannotBeAwardedWithoutNegotiation),
            market("specificationsCannotBePrecise", EXCEPTION, MarketFacts::specificationsCannotBePrecise, MarketFacts.Builder::specificationsCannotBePrecise),
            market("onlyOneSupplierInMarket", EXCEPTION, MarketFacts::onlyOneSupplierInMarket, MarketFacts.Builder::onlyOneSupplierInMarket),
            market("onlyOneSupplierTechnical", EXCEPTION, MarketFacts::onlyOneSupplierTechnical, MarketFacts.Builder::onlyOneSupplierTechnical),
            market("onlyOneSupplierExclusiveRights", EXCEPTION, MarketFacts::onlyOneSupplierExclusiveRights, MarketFacts.Builder::onlyOneSupplierExclusiveRights),
            market("onlyOneSupplierArtistic", EXCEPTION, MarketFacts::onlyOneSupplierArtistic, MarketFacts.Builder::onlyOneSupplierArtistic),
            market("unforeseenCannotWaitForTenderCompetition", EXCEPTION, MarketFacts::unforeseenCannotWaitForTenderCompetition,
                    MarketFacts.Builder::unforeseenCannotWaitForTenderCompetition),
            market("extremeUrgencyUnforeseeable", EXCEPTION, MarketFacts::extremeUrgencyUnforeseeable, MarketFacts.Builder::extremeUrgencyUnforeseeable),
            market("urgencyCausedByBuyer", EXCEPTION, MarketFacts::urgencyCausedByBuyer, MarketFacts.Builder::urgencyCausedByBuyer),
            market("additionalDeliveriesStrictlyNecessary", EXCEPTION, MarketFacts::additionalDeliveriesStrictlyNecessary, MarketFacts.Builder::additionalDeliveriesStrictlyNecessary),
            market("previousOpenRestrictedGotOnlyUnacceptableTenders", EXCEPTION, MarketFacts::previousOpenRestrictedGotOnlyUnacceptableTenders,
                    MarketFacts.Builder::previousOpenRestrictedGotOnlyUnacceptableTenders),
            market("previousProcedureNoTendersOrNoSuitable", EXCEPTION, MarketFacts::previousProcedureNoTendersOrNoSuitable,
                    MarketFacts.Builder::previousProcedureNoTendersOrNoSuitable),
            market("procurementDocumentsNotSubstantiallyChanged", EXCEPTION, MarketFacts::procurementDocumentsNotSubstantiallyChanged,
                    MarketFacts.Builder::procurementDocumentsNotSubstantiallyChanged),
            market("specificationsAndTermsNotSubstantiallyChanged", EXCEPTION, MarketFacts::specificationsAndTermsNotSubstantiallyChanged,
                    MarketFacts.Builder::specificationsAndTermsNotSubstantiallyChanged),
            market("isRepetitionOfSimilarServices", EXCEPTION, MarketFacts::isRepetitionOfSimilarServices, MarketFacts.Builder::isRepetitionOfSimilarServices),
            market("goodsSolelyForResearch", EXCEPTION, MarketFacts::goodsSolelyForResearch, MarketFacts.Builder::goodsSolelyForResearch),
            market("priceSubstantiallyBelowMarket", EXCEPTION, MarketFacts::priceSubstantiallyBelowMarket, MarketFacts.Builder::priceSubstantiallyBelowMarket),
            market("boughtOnExchange", EXCEPTION, MarketFacts::boughtOnExchange, MarketFacts.Builder::boughtOnExchange),
            market("coverPurchaseNeeded", EXCEPTION, MarketFacts::coverPurchaseNeeded, MarketFacts.Builder::coverPurchaseNeeded),
            market("hasClearCrossBorderInterest", EXCEPTION, MarketFacts::hasClearCrossBorderInterest, MarketFacts.Builder::hasClearCrossBorderInterest),
            buyer("buyerControlsSupplier", EXCEPTION, BuyerFacts::buyerControlsSupplier, BuyerFacts.Builder::buyerControlsSupplier),
            buyer("isCooperationBetweenAuthorities", EXCEPTION, BuyerFacts::isCooperationBetweenAuthorities, BuyerFacts.Builder::isCooperationBetweenAuthorities),
            purchase("isGrantUnderGrantRules", EXCEPTION, PurchaseFacts::isGrantUnderGrantRules, PurchaseFacts.Builder::isGrantUnderGrantRules),
            purchase("isUserChoiceScheme", EXCEPTION, PurchaseFacts::isUserChoiceScheme, PurchaseFacts.Builder::isUserChoiceScheme),
            purchase("isEmploymentContract", EXCEPTION, PurchaseFacts::isEmploymentContract, PurchaseFacts.Builder::isEmploymentContract),
            purchase("isRealEstateAcquisitionOrRental", EXCEPTION, PurchaseFacts::isRealEstateAcquisitionOrRental, PurchaseFacts.Builder::isRealEstateAcquisitionOrRental),
            purchase("involvesExerciseOfPublicAuthority", EXCEPTION, PurchaseFacts::involvesExerciseOfPublicAuthority, PurchaseFacts.Builder::involvesExerciseOfPublicAuthority),
            purchase("isResearchAndDevelopmentService", EXCEPTION, PurchaseFacts::isResearchAndDevelopmentService, PurchaseFacts.Builder::isResearchAndDevelopmentService),
            process("emergencyWithQualifiedStaff", EXCEPTION, ProcessFacts::emergencyWithQualifiedStaff, ProcessFacts.Builder::emergencyWithQualifiedStaff));
}
