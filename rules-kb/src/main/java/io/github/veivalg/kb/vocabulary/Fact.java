package io.github.veivalg.kb.vocabulary;

/**
 * The input facts of spec section a, each named by its field path in the JSON contract.
 * A missing fact is reported by this id, so that a wizard can ask for it.
 */
public enum Fact {
    EVALUATION_DATE("evaluationDate", Kind.REGIME, "FOA § 32-2 (1)", false),
    AUTHORITY_KIND("buyer.authorityKind", Kind.REGIME, "FOA § 1-2", false),
    IS_CENTRAL_GOVERNMENT_AUTHORITY("buyer.isCentralGovernmentAuthority", Kind.REGIME, "FOA § 5-3 (1) a", false),
    BUYER_CONTROLS_SUPPLIER("buyer.buyerControlsSupplier", Kind.EXCEPTION, "FOA § 3-1 (1) a", false),
    SUPPLIER_ACTIVITY_SHARE_FOR_CONTROLLERS("buyer.supplierActivityShareForControllers", Kind.EXCEPTION, "FOA § 3-1 (1) b", false),
    SUPPLIER_HAS_PRIVATE_CAPITAL("buyer.supplierHasPrivateCapital", Kind.EXCEPTION, "FOA § 3-1 (1) c", true),
    IS_COOPERATION_BETWEEN_AUTHORITIES("buyer.isCooperationBetweenAuthorities", Kind.EXCEPTION, "FOA § 3-3", false),
    COOPERATION_MARKET_SHARE("buyer.cooperationMarketShare", Kind.EXCEPTION, "FOA § 3-3 c", false),
    SUBJECT_TYPE("purchase.subjectType", Kind.REGIME, "FOA § 5-3", false),
    MAIN_SUBJECT_TYPE("purchase.mainSubjectType", Kind.REGIME, "FOA § 6-1", false),
    SERVICE_CATEGORY("purchase.serviceCategory", Kind.REGIME, "FOA § 4-1 f and g", false),
    CPV_CODES("purchase.cpvCodes", Kind.REGIME, "FOA vedlegg 2, 3 and 4", false),
    IS_SERVICE_TO_INDIVIDUAL_USER("purchase.isServiceToIndividualUser", Kind.EXCEPTION, "FOA § 30-4", false),
    COMPETITION_NEEDS_CONFIDENTIAL_USER_INFO("purchase.competitionNeedsConfidentialUserInfo", Kind.EXCEPTION, "FOA § 30-4 a", false),
    USER_DISCLOSURE_CONSENT("purchase.userDisclosureConsent", Kind.EXCEPTION, "FOA § 30-4 b", false),
    INVOLVES_EXERCISE_OF_PUBLIC_AUTHORITY("purchase.involvesExerciseOfPublicAuthority", Kind.EXCEPTION, "FOA § 2-4 h", false),
    ESTIMATED_VALUE_NOK("purchase.estimatedValueNok", Kind.REGIME, "FOA § 5-4", false),
    VALUE_INCLUDES_OPTIONS_AND_EXTENSIONS("purchase.valueIncludesOptionsAndExtensions", Kind.REGIME, "FOA § 5-4 (1)", false),
    CONTRACT_DURATION_MONTHS("purchase.contractDurationMonths", Kind.REGIME, "FOA § 5-4 (12)", false),
    IS_INDEFINITE_DURATION("purchase.isIndefiniteDuration", Kind.REGIME, "FOA § 5-4 (12) b", false),
    AGREEMENT_TYPE("purchase.agreementType", Kind.REGIME, "FOA § 2-1 (1) c; FOA § 4-1 h and i", false),
    FRAMEWORK_DURATION_MONTHS("purchase.frameworkDurationMonths", Kind.REGIME, "FOA §§ 11-1 (4), 26-1 (4)", false),
    IS_DIVIDED_INTO_LOTS("purchase.isDividedIntoLots", Kind.REGIME, "FOA § 5-4 (8)", false),
    LOTS("purchase.lots", Kind.REGIME, "FOA § 5-4 (8)", false),
    RELATED_PURCHASES_VALUE_NOK("purchase.relatedPurchasesValueNok", Kind.REGIME, "FOA § 5-4 (3), (4) and (9)", false),
    IS_SPLIT_TO_AVOID_THRESHOLD("purchase.isSplitToAvoidThreshold", Kind.REGIME, "FOA § 5-4 (4)", false),
    BUYER_WANTS_TO_STEER_CONTENT("purchase.buyerWantsToSteerContent", Kind.REGIME, "FOA § 4-1 a", false),
    IS_MUTUALLY_BINDING_FOR_PAYMENT("purchase.isMutuallyBindingForPayment", Kind.REGIME, "FOA § 4-1 a", false),
    IS_GRANT_UNDER_GRANT_RULES("purchase.isGrantUnderGrantRules", Kind.EXCEPTION, "LOA § 2; FOA § 4-1 a", false),
    IS_EMPLOYMENT_CONTRACT("purchase.isEmploymentContract", Kind.EXCEPTION, "FOA § 2-4 f", false),
    IS_REAL_ESTATE_ACQUISITION_OR_RENTAL("purchase.isRealEstateAcquisitionOrRental", Kind.EXCEPTION, "FOA § 2-4 a", false),
    IS_RESEARCH_AND_DEVELOPMENT_SERVICE("purchase.isResearchAndDevelopmentService", Kind.EXCEPTION, "FOA § 2-5 (1)", false),
    RD_BENEFITS_EXCLUSIVELY_BUYER("purchase.rdBenefitsExclusivelyBuyer", Kind.EXCEPTION, "FOA § 2-5 (2) a", true),
    RD_FULLY_PAID_BY_BUYER("purchase.rdFullyPaidByBuyer", Kind.EXCEPTION, "FOA § 2-5 (2) b", true),
    IS_USER_CHOICE_SCHEME("purchase.isUserChoiceScheme", Kind.EXCEPTION, "CJEU C-410/14 Falk Pharma", false),
    SOLUTION_EXISTS_ON_MARKET("market.solutionExistsOnMarket", Kind.QUALIFICATION, "FOA § 13-1 (3); FOA § 26-8 (3)", false),
    INTENDS_TO_BUY_RESULTING_SOLUTION("market.intendsToBuyResultingSolution", Kind.UNDERTAKING, "FOA § 13-1 (3)", false),
    NEEDS_ADAPTATION_OR_DESIGN("market.needsAdaptationOrDesign", Kind.EXCEPTION, "FOA § 13-2 a and b", false),
    CANNOT_BE_AWARDED_WITHOUT_NEGOTIATION("market.cannotBeAwardedWithoutNegotiation", Kind.EXCEPTION, "FOA § 13-2 c", false),
    SPECIFICATIONS_CANNOT_BE_PRECISE("market.specificationsCannotBePrecise", Kind.EXCEPTION, "FOA § 13-2 d", false),
    PREVIOUS_OPEN_RESTRICTED_GOT_ONLY_UNACCEPTABLE_TENDERS("market.previousOpenRestrictedGotOnlyUnacceptableTenders", Kind.EXCEPTION, "FOA § 13-2 e; FOA § 13-3 a; FOA § 5-2 (1) e", false),
    PREVIOUS_PROCEDURE_NO_TENDERS_OR_NO_SUITABLE("market.previousProcedureNoTendersOrNoSuitable", Kind.EXCEPTION, "FOA § 13-3 b; FOA § 5-2 (1) e", false),
    PROCUREMENT_DOCUMENTS_NOT_SUBSTANTIALLY_CHANGED("market.procurementDocumentsNotSubstantiallyChanged", Kind.EXCEPTION, "FOA § 5-2 (1) e", false),
    SPECIFICATIONS_AND_TERMS_NOT_SUBSTANTIALLY_CHANGED("market.specificationsAndTermsNotSubstantiallyChanged", Kind.EXCEPTION, "FOA § 13-3 a and b", false),
    ONLY_ONE_SUPPLIER_IN_MARKET("market.onlyOneSupplierInMarket", Kind.EXCEPTION, "FOA § 5-2 (1) a", false),
    ONLY_ONE_SUPPLIER_TECHNICAL("market.onlyOneSupplierTechnical", Kind.EXCEPTION, "FOA § 13-4 b no. 2", false),
    ONLY_ONE_SUPPLIER_EXCLUSIVE_RIGHTS("market.onlyOneSupplierExclusiveRights", Kind.EXCEPTION, "FOA § 13-4 b no. 3", false),
    ONLY_ONE_SUPPLIER_ARTISTIC("market.onlyOneSupplierArtistic", Kind.EXCEPTION, "FOA § 13-4 b no. 1", false),
    UNFORESEEN_CANNOT_WAIT_FOR_TENDER_COMPETITION("market.unforeseenCannotWaitForTenderCompetition", Kind.EXCEPTION, "FOA § 5-2 (1) c", false),
    EXTREME_URGENCY_UNFORESEEABLE("market.extremeUrgencyUnforeseeable", Kind.EXCEPTION, "FOA § 13-3 e", false),
    URGENCY_CAUSED_BY_BUYER("market.urgencyCausedByBuyer", Kind.EXCEPTION, "FOA § 13-3 e; FOA § 5-2 (1) c", true),
    IS_REPETITION_OF_SIMILAR_SERVICES("market.isRepetitionOfSimilarServices", Kind.EXCEPTION, "FOA § 13-4 d", false),
    GOODS_SOLELY_FOR_RESEARCH("market.goodsSolelyForResearch", Kind.EXCEPTION, "FOA § 13-3 c", false),
    PRICE_SUBSTANTIALLY_BELOW_MARKET("market.priceSubstantiallyBelowMarket", Kind.EXCEPTION, "FOA § 5-2 (1) b", false),
    ADDITIONAL_DELIVERIES_STRICTLY_NECESSARY("market.additionalDeliveriesStrictlyNecessary", Kind.EXCEPTION, "FOA § 5-2 (1) d", false),
    BOUGHT_ON_EXCHANGE("market.boughtOnExchange", Kind.EXCEPTION, "FOA § 5-2 (1) f", false),
    COVER_PURCHASE_NEEDED("market.coverPurchaseNeeded", Kind.EXCEPTION, "FOA § 5-2 (1) g", false),
    HAS_CLEAR_CROSS_BORDER_INTEREST("market.hasClearCrossBorderInterest", Kind.EXCEPTION, "EEA primary law (CJEU C-324/98 Telaustria)", false),
    WANTS_MARKET_DIALOGUE("market.wantsMarketDialogue", Kind.UNDERTAKING, "FOA §§ 8-1, 12-1", false),
    SUPPLIER_LEGAL_FORM("supplier.supplierLegalForm", Kind.QUALIFICATION, "FOA § 30-2a (2)", false),
    IS_NON_PROFIT("supplier.isNonProfit", Kind.QUALIFICATION, "FOA § 30-2a (2)", false),
    NON_PROFIT_PURPOSE_IN_STATUTES("supplier.nonProfitPurposeInStatutes", Kind.QUALIFICATION, "FOA § 30-2a (2)", false),
    PAYS_DIVIDENDS("supplier.paysDividends", Kind.QUALIFICATION, "FOA § 30-2a (2)", false),
    MAIN_PURPOSE_WORK_INTEGRATION("supplier.mainPurposeWorkIntegration", Kind.QUALIFICATION, "FOA §§ 8-8, 16-9, 30-3", false),
    SHARE_DISADVANTAGED_EMPLOYEES("supplier.shareDisadvantagedEmployees", Kind.QUALIFICATION, "FOA §§ 8-8, 16-9, 30-3", false),
    IS_SHELTERED_PROGRAMME("supplier.isShelteredProgramme", Kind.QUALIFICATION, "FOA §§ 8-8, 16-9, 30-3", false),
    IS_SME("supplier.isSme", Kind.QUALIFICATION, "LOA § 4", false),
    SUPPLIER_IS_SOCIAL_ENTREPRENEUR("supplier.supplierIsSocialEntrepreneur", Kind.QUALIFICATION, "-", false),
    ORG_PURPOSE_PUBLIC_SERVICE_MISSION("supplier.orgPurposePublicServiceMission", Kind.QUALIFICATION, "FOA § 30-2 (1) a", false),
    EMPLOYEE_OWNERSHIP_OR_PARTICIPATION("supplier.employeeOwnershipOrParticipation", Kind.QUALIFICATION, "FOA § 30-2 (1) b", false),
    SURPLUS_USED_FOR_ORG_OBJECTIVES("supplier.surplusUsedForOrgObjectives", Kind.QUALIFICATION, "FOA § 30-2 (1) c", false),
    HAD_SECTION_30_2_CONTRACT_WITH_BUYER_LAST3_YEARS("supplier.hadSection30_2ContractWithBuyerLast3Years", Kind.QUALIFICATION, "FOA § 30-2 (1) d", false),
    RESERVATION_STATED_IN_NOTICE("process.reservationStatedInNotice", Kind.UNDERTAKING, "FOA §§ 8-8, 16-9, 30-2 (3), 30-2a (3), 30-3", false),
    RESERVATION_CONTRIBUTES_TO_SOCIAL_GOALS_AND_BUDGET_EFFICIENCY("process.reservationContributesToSocialGoalsAndBudgetEfficiency", Kind.UNDERTAKING, "FOA § 30-2a (1)", false),
    EMERGENCY_WITH_QUALIFIED_STAFF("process.emergencyWithQualifiedStaff", Kind.EXCEPTION, "FOA § 2-4 g", false),
    PRIOR_INFORMATION_OR_CONTRACT_NOTICE("process.priorInformationOrContractNotice", Kind.UNDERTAKING, "FOA § 30-5 (1)", false),
    IS_PILOT("process.isPilot", Kind.QUALIFICATION, "FOA § 5-4", false),
    IS_SOCIAL_OUTCOME_CONTRACT("process.isSocialOutcomeContract", Kind.QUALIFICATION, "FOA § 5-4", false);

    /**
     * What an unknown fact of this kind does to an answer (spec section a.0). Recorded once, here,
     * and applied by {@link Truth} and {@link Finding} for every rule alike.
     */
    public enum Kind {
        /** Decides what the purchase is and which rules apply; no legal default, so unknown stays unknown. */
        REGIME,
        /**
         * A condition of an exemption, exclusion or ground that lifts a duty. The burden of showing it
         * lies on whoever relies on it: unknown reads "not established" for every path but its own.
         */
        EXCEPTION,
        /** A fact about the supplier or the market that an optional path needs; unknown leaves that path open to question. */
        QUALIFICATION,
        /** Something the buyer does by choosing the path; unknown becomes one of the path's obligations. */
        UNDERTAKING
    }

    private final String fieldPath;
    private final Kind kind;
    private final String legalBasis;
    private final boolean notEstablishedValue;

    Fact(String fieldPath, Kind kind, String legalBasis, boolean notEstablishedValue) {
        this.fieldPath = fieldPath;
        this.kind = kind;
        this.legalBasis = legalBasis;
        this.notEstablishedValue = notEstablishedValue;
    }

    /** The fact's kind (spec section a.0). */
    public Kind kind() {
        return kind;
    }

    /** The provision the fact belongs to, for example {@code FOA § 2-4 a}; named with a presumption. */
    public String legalBasis() {
        return legalBasis;
    }

    /**
     * For a yes/no EXCEPTION fact: the answer under which its exception is not established (mostly
     * {@code false}; {@code true} for a fact that must be shown to be absent, such as private capital
     * in an in-house supplier or urgency the buyer caused).
     */
    public boolean notEstablishedValue() {
        return notEstablishedValue;
    }

    /**
     * The fact whose answer this one only matters after, or {@code null}: the cooperation's market
     * share once there is a cooperation, the in-house shares once there is control, the R&D
     * conditions once it is R&D. A wizard asks this fact only after that one.
     */
    public Fact dependsOn() {
        return switch (this) {
            case COOPERATION_MARKET_SHARE -> IS_COOPERATION_BETWEEN_AUTHORITIES;
            case SUPPLIER_ACTIVITY_SHARE_FOR_CONTROLLERS, SUPPLIER_HAS_PRIVATE_CAPITAL -> BUYER_CONTROLS_SUPPLIER;
            case RD_BENEFITS_EXCLUSIVELY_BUYER, RD_FULLY_PAID_BY_BUYER -> IS_RESEARCH_AND_DEVELOPMENT_SERVICE;
            case COMPETITION_NEEDS_CONFIDENTIAL_USER_INFO -> IS_SERVICE_TO_INDIVIDUAL_USER;
            case USER_DISCLOSURE_CONSENT -> COMPETITION_NEEDS_CONFIDENTIAL_USER_INFO;
            case MAIN_SUBJECT_TYPE -> SUBJECT_TYPE;
            case FRAMEWORK_DURATION_MONTHS -> AGREEMENT_TYPE;
            case URGENCY_CAUSED_BY_BUYER -> EXTREME_URGENCY_UNFORESEEABLE;
            default -> null;
        };
    }

    /** The field path in the JSON contract, for example {@code purchase.estimatedValueNok}. */
    public String fieldPath() {
        return fieldPath;
    }
}
