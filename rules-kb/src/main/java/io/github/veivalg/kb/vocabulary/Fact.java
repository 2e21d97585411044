package io.github.veivalg.kb.vocabulary;

/**
 * The input facts of spec section a, each named by its field path in the JSON contract.
 * A missing fact is reported by this id, so that a wizard can ask for it.
 */
public enum Fact {
    EVALUATION_DATE("evaluationDate"),
    AUTHORITY_KIND("buyer.authorityKind"),
    IS_CENTRAL_GOVERNMENT_AUTHORITY("buyer.isCentralGovernmentAuthority"),
    BUYER_CONTROLS_SUPPLIER("buyer.buyerControlsSupplier"),
    SUPPLIER_ACTIVITY_SHARE_FOR_CONTROLLERS("buyer.supplierActivityShareForControllers"),
    SUPPLIER_HAS_PRIVATE_CAPITAL("buyer.supplierHasPrivateCapital"),
    IS_COOPERATION_BETWEEN_AUTHORITIES("buyer.isCooperationBetweenAuthorities"),
    COOPERATION_MARKET_SHARE("buyer.cooperationMarketShare"),
    SUBJECT_TYPE("purchase.subjectType"),
    MAIN_SUBJECT_TYPE("purchase.mainSubjectType"),
    SERVICE_CATEGORY("purchase.serviceCategory"),
    CPV_CODES("purchase.cpvCodes"),
    IS_SERVICE_TO_INDIVIDUAL_USER("purchase.isServiceToIndividualUser"),
    COMPETITION_NEEDS_CONFIDENTIAL_USER_INFO("purchase.competitionNeedsConfidentialUserInfo"),
    USER_DISCLOSURE_CONSENT("purchase.userDisclosureConsent"),
    INVOLVES_EXERCISE_OF_PUBLIC_AUTHORITY("purchase.involvesExerciseOfPublicAuthority"),
    ESTIMATED_VALUE_NOK("purchase.estimatedValueNok"),
    VALUE_INCLUDES_OPTIONS_AND_EXTENSIONS("purchase.valueIncludesOptionsAndExtensions"),
    CONTRACT_DURATION_MONTHS("purchase.contractDurationMonths"),
    IS_INDEFINITE_DURATION("purchase.isIndefiniteDuration"),
    AGREEMENT_TYPE("purchase.agreementType"),
    FRAMEWORK_DURATION_MONTHS("purchase.frameworkDurationMonths"),
    IS_DIVIDED_INTO_LOTS("purchase.isDividedIntoLots"),
    LOTS("purchase.lots"),
    RELATED_PURCHASES_VALUE_NOK("purchase.relatedPurchasesValueNok"),
    IS_SPLIT_TO_AVOID_THRESHOLD("purchase.isSplitToAvoidThreshold"),
    BUYER_WANTS_TO_STEER_CONTENT("purchase.buyerWantsToSteerContent"),
    IS_MUTUALLY_BINDING_FOR_PAYMENT("purchase.isMutuallyBindingForPayment"),
    IS_GRANT_UNDER_GRANT_RULES("purchase.isGrantUnderGrantRules"),
    IS_EMPLOYMENT_CONTRACT("purchase.isEmploymentContract"),
    IS_REAL_ESTATE_ACQUISITION_OR_RENTAL("purchase.isRealEstateAcquisitionOrRental"),
    IS_RESEARCH_AND_DEVELOPMENT_SERVICE("purchase.isResearchAndDevelopmentService"),
    RD_BENEFITS_EXCLUSIVELY_BUYER("purchase.rdBenefitsExclusivelyBuyer"),
    RD_FULLY_PAID_BY_BUYER("purchase.rdFullyPaidByBuyer"),
    IS_USER_CHOICE_SCHEME("purchase.isUserChoiceScheme"),
    SOLUTION_EXISTS_ON_MARKET("market.solutionExistsOnMarket"),
    INTENDS_TO_BUY_RESULTING_SOLUTION("market.intendsToBuyResultingSolution"),
    NEEDS_ADAPTATION_OR_DESIGN("market.needsAdaptationOrDesign"),
    CANNOT_BE_AWARDED_WITHOUT_NEGOTIATION("market.cannotBeAwardedWithoutNegotiation"),
    SPECIFICATIONS_CANNOT_BE_PRECISE("market.specificationsCannotBePrecise"),
    PREVIOUS_OPEN_RESTRICTED_GOT_ONLY_UNACCEPTABLE_TENDERS("market.previousOpenRestrictedGotOnlyUnacceptableTenders"),
    PREVIOUS_PROCEDURE_NO_TENDERS_OR_NO_SUITABLE("market.previousProcedureNoTendersOrNoSuitable"),
    PROCUREMENT_DOCUMENTS_NOT_SUBSTANTIALLY_CHANGED("market.procurementDocumentsNotSubstantiallyChanged"),
    SPECIFICATIONS_AND_TERMS_NOT_SUBSTANTIALLY_CHANGED("market.specificationsAndTermsNotSubstantiallyChanged"),
    ONLY_ONE_SUPPLIER_IN_MARKET("market.onlyOneSupplierInMarket"),
    ONLY_ONE_SUPPLIER_TECHNICAL("market.onlyOneSupplierTechnical"),
    ONLY_ONE_SUPPLIER_EXCLUSIVE_RIGHTS("market.onlyOneSupplierExclusiveRights"),
    ONLY_ONE_SUPPLIER_ARTISTIC("market.onlyOneSupplierArtistic"),
    UNFORESEEN_CANNOT_WAIT_FOR_TENDER_COMPETITION("market.unforeseenCannotWaitForTenderCompetition"),
    EXTREME_URGENCY_UNFORESEEABLE("market.extremeUrgencyUnforeseeable"),
    URGENCY_CAUSED_BY_BUYER("market.urgencyCausedByBuyer"),
    IS_REPETITION_OF_SIMILAR_SERVICES("market.isRepetitionOfSimilarServices"),
    GOODS_SOLELY_FOR_RESEARCH("market.goodsSolelyForResearch"),
    PRICE_SUBSTANTIALLY_BELOW_MARKET("market.priceSubstantiallyBelowMarket"),
    ADDITIONAL_DELIVERIES_STRICTLY_NECESSARY("market.additionalDeliveriesStrictlyNecessary"),
    BOUGHT_ON_EXCHANGE("market.boughtOnExchange"),
    COVER_PURCHASE_NEEDED("market.coverPurchaseNeeded"),
    HAS_CLEAR_CROSS_BORDER_INTEREST("market.hasClearCrossBorderInterest"),
    WANTS_MARKET_DIALOGUE("market.wantsMarketDialogue"),
    SUPPLIER_LEGAL_FORM("supplier.supplierLegalForm"),
    IS_NON_PROFIT("supplier.isNonProfit"),
    NON_PROFIT_PURPOSE_IN_STATUTES("supplier.nonProfitPurposeInStatutes"),
    PAYS_DIVIDENDS("supplier.paysDividends"),
    MAIN_PURPOSE_WORK_INTEGRATION("supplier.mainPurposeWorkIntegration"),
    SHARE_DISADVANTAGED_EMPLOYEES("supplier.shareDisadvantagedEmployees"),
    IS_SHELTERED_PROGRAMME("supplier.isShelteredProgramme"),
    IS_SME("supplier.isSme"),
    SUPPLIER_IS_SOCIAL_ENTREPRENEUR("supplier.supplierIsSocialEntrepreneur"),
    ORG_PURPOSE_PUBLIC_SERVICE_MISSION("supplier.orgPurposePublicServiceMission"),
    EMPLOYEE_OWNERSHIP_OR_PARTICIPATION("supplier.employeeOwnershipOrParticipation"),
    SURPLUS_USED_FOR_ORG_OBJECTIVES("supplier.surplusUsedForOrgObjectives"),
    HAD_SECTION_30_2_CONTRACT_WITH_BUYER_LAST3_YEARS("supplier.hadSection30_2ContractWithBuyerLast3Years"),
    RESERVATION_STATED_IN_NOTICE("process.reservationStatedInNotice"),
    RESERVATION_CONTRIBUTES_TO_SOCIAL_GOALS_AND_BUDGET_EFFICIENCY("process.reservationContributesToSocialGoalsAndBudgetEfficiency"),
    EMERGENCY_WITH_QUALIFIED_STAFF("process.emergencyWithQualifiedStaff"),
    PRIOR_INFORMATION_OR_CONTRACT_NOTICE("process.priorInformationOrContractNotice"),
    IS_PILOT("process.isPilot"),
    IS_SOCIAL_OUTCOME_CONTRACT("process.isSocialOutcomeContract");

    private final String fieldPath;

    Fact(String fieldPath) {
        this.fieldPath = fieldPath;
    }

    /** The field path in the JSON contract, for example {@code purchase.estimatedValueNok}. */
    public String fieldPath() {
        return fieldPath;
    }
}
