package io.github.veivalg.kb.vocabulary;

import io.github.veivalg.vocabulary.*;

import java.time.LocalDate;
import java.util.List;

/**
 * The input facts of spec section a, each named by its field path in the JSON contract.
 * A missing fact is reported by this id, so that a wizard can ask for it.
 */
public enum Fact {
    /** picks the law and thresholds in force (§ 32-2 (1)); nothing to presume */
    EVALUATION_DATE("evaluationDate", LocalDate.class, Kind.REGIME, "FOA § 32-2 (1)", false),
    /** who is bound at all, and which EEA threshold (§ 1-2, § 5-3) */
    AUTHORITY_KIND("buyer.authorityKind", AuthorityKind.class, Kind.REGIME, "FOA § 1-2", false),
    /** decides which rules apply; the law has no default for it */
    IS_CENTRAL_GOVERNMENT_AUTHORITY("buyer.isCentralGovernmentAuthority", Boolean.class, Kind.REGIME, "FOA § 5-3 (1) a", false),
    /** in-house is an exception from the duty to compete; who relies on it must show control */
    BUYER_CONTROLS_SUPPLIER("buyer.buyerControlsSupplier", Boolean.class, Kind.EXCEPTION, "FOA § 3-1 (1) a", false),
    /** a condition of in-house (more than 80 %); not met until shown */
    SUPPLIER_ACTIVITY_SHARE_FOR_CONTROLLERS("buyer.supplierActivityShareForControllers", Double.class, Kind.EXCEPTION, "FOA § 3-1 (1) b", false),
    /** in-house needs no private capital; that absence must be shown (presumed present) */
    SUPPLIER_HAS_PRIVATE_CAPITAL("buyer.supplierHasPrivateCapital", Boolean.class, Kind.EXCEPTION, "FOA § 3-1 (1) c", true),
    /** horizontal cooperation is an exception from the rules; must be shown */
    IS_COOPERATION_BETWEEN_AUTHORITIES("buyer.isCooperationBetweenAuthorities", Boolean.class, Kind.EXCEPTION, "FOA § 3-3", false),
    /** a condition of the cooperation exception (less than 20 %); not met until shown */
    COOPERATION_MARKET_SHARE("buyer.cooperationMarketShare", Double.class, Kind.EXCEPTION, "FOA § 3-3 c", false),
    /** decides which rules apply; the law has no default for it */
    SUBJECT_TYPE("purchase.subjectType", SubjectType.class, Kind.REGIME, "FOA § 5-3", false),
    /** decides which rules apply; the law has no default for it */
    MAIN_SUBJECT_TYPE("purchase.mainSubjectType", SubjectType.class, Kind.REGIME, "FOA § 6-1", false),
    /** decides which rules apply; the law has no default for it */
    SERVICE_CATEGORY("purchase.serviceCategory", ServiceCategory.class, Kind.REGIME, "FOA § 4-1 f and g", false),
    /** decides which rules apply; the law has no default for it */
    CPV_CODES("purchase.cpvCodes", List.class, Kind.REGIME, "FOA vedlegg 2, 3 and 4", false),
    /** what the services are where no CPV code tells it: the buyer may state that they fall under vedlegg 4 (spec a.2 serviceInAnnex4); given CPV codes decide instead. Like the category, it decides what is bought: no default */
    SERVICE_IN_ANNEX4("purchase.serviceInAnnex4", Boolean.class, Kind.REGIME, "FOA § 30-2 (1); vedlegg 4", false),
    /** § 30-4 lifts Part IV; an exception, its own path asks */
    IS_SERVICE_TO_INDIVIDUAL_USER("purchase.isServiceToIndividualUser", Boolean.class, Kind.EXCEPTION, "FOA § 30-4", false),
    /** condition of § 30-4 a */
    COMPETITION_NEEDS_CONFIDENTIAL_USER_INFO("purchase.competitionNeedsConfidentialUserInfo", Boolean.class, Kind.EXCEPTION, "FOA § 30-4 a", false),
    /** condition of § 30-4 b */
    USER_DISCLOSURE_CONSENT("purchase.userDisclosureConsent", UserDisclosureConsent.class, Kind.EXCEPTION, "FOA § 30-4 b", false),
    /** listed exclusion (§ 2-4 h), read narrowly */
    INVOLVES_EXERCISE_OF_PUBLIC_AUTHORITY("purchase.involvesExerciseOfPublicAuthority", Boolean.class, Kind.EXCEPTION, "FOA § 2-4 h", false),
    /** the threshold comparison itself (§ 5-4); never guessed */
    ESTIMATED_VALUE_NOK("purchase.estimatedValueNok", Long.class, Kind.REGIME, "FOA § 5-4", false),
    /** decides which rules apply; the law has no default for it */
    VALUE_INCLUDES_OPTIONS_AND_EXTENSIONS("purchase.valueIncludesOptionsAndExtensions", Boolean.class, Kind.REGIME, "FOA § 5-4 (1)", false),
    /** decides which rules apply; the law has no default for it */
    CONTRACT_DURATION_MONTHS("purchase.contractDurationMonths", Integer.class, Kind.REGIME, "FOA § 5-4 (12)", false),
    /** decides which rules apply; the law has no default for it */
    IS_INDEFINITE_DURATION("purchase.isIndefiniteDuration", Boolean.class, Kind.REGIME, "FOA § 5-4 (12) b", false),
    /** a concession is outside FOA (§ 2-1 (1) c), a framework has its own limits */
    AGREEMENT_TYPE("purchase.agreementType", AgreementType.class, Kind.REGIME, "FOA § 2-1 (1) c; FOA § 4-1 h and i", false),
    /** decides which rules apply; the law has no default for it */
    FRAMEWORK_DURATION_MONTHS("purchase.frameworkDurationMonths", Integer.class, Kind.REGIME, "FOA §§ 11-1 (4), 26-1 (4)", false),
    /** decides which rules apply; the law has no default for it */
    IS_DIVIDED_INTO_LOTS("purchase.isDividedIntoLots", Boolean.class, Kind.REGIME, "FOA § 5-4 (8)", false),
    /** decides which rules apply; the law has no default for it */
    LOTS("purchase.lots", List.class, Kind.REGIME, "FOA § 5-4 (8)", false),
    /** decides which rules apply; the law has no default for it */
    RELATED_PURCHASES_VALUE_NOK("purchase.relatedPurchasesValueNok", Long.class, Kind.REGIME, "FOA § 5-4 (3), (4) and (9)", false),
    /** decides which rules apply; the law has no default for it */
    IS_SPLIT_TO_AVOID_THRESHOLD("purchase.isSplitToAvoidThreshold", Boolean.class, Kind.REGIME, "FOA § 5-4 (4)", false),
    /** decides which rules apply; the law has no default for it */
    BUYER_WANTS_TO_STEER_CONTENT("purchase.buyerWantsToSteerContent", Boolean.class, Kind.REGIME, "FOA § 4-1 a", false),
    /** the definition of a public contract (§ 4-1 a): no default either way */
    IS_MUTUALLY_BINDING_FOR_PAYMENT("purchase.isMutuallyBindingForPayment", Boolean.class, Kind.REGIME, "FOA § 4-1 a", false),
    /** a grant takes the payment outside the rules; who relies on it must show it */
    IS_GRANT_UNDER_GRANT_RULES("purchase.isGrantUnderGrantRules", Boolean.class, Kind.EXCEPTION, "LOA § 2; FOA § 4-1 a", false),
    /** listed exclusion (§ 2-4 f), read narrowly */
    IS_EMPLOYMENT_CONTRACT("purchase.isEmploymentContract", Boolean.class, Kind.EXCEPTION, "FOA § 2-4 f", false),
    /** listed exclusion (§ 2-4 a), read narrowly */
    IS_REAL_ESTATE_ACQUISITION_OR_RENTAL("purchase.isRealEstateAcquisitionOrRental", Boolean.class, Kind.EXCEPTION, "FOA § 2-4 a", false),
    /** exclusion of R&amp;D services (§ 2-5 (1)), read narrowly */
    IS_RESEARCH_AND_DEVELOPMENT_SERVICE("purchase.isResearchAndDevelopmentService", Boolean.class, Kind.EXCEPTION, "FOA § 2-5 (1)", false),
    /** brings R&amp;D back inside the rules (§ 2-5 (2) a); the exclusion is not established unless this is shown false */
    RD_BENEFITS_EXCLUSIVELY_BUYER("purchase.rdBenefitsExclusivelyBuyer", Boolean.class, Kind.EXCEPTION, "FOA § 2-5 (2) a", true),
    /** brings R&amp;D back inside the rules (§ 2-5 (2) b); same reading */
    RD_FULLY_PAID_BY_BUYER("purchase.rdFullyPaidByBuyer", Boolean.class, Kind.EXCEPTION, "FOA § 2-5 (2) b", true),
    /** an open approval scheme is no public contract (Falk Pharma); must be shown */
    IS_USER_CHOICE_SCHEME("purchase.isUserChoiceScheme", Boolean.class, Kind.EXCEPTION, "CJEU C-410/14 Falk Pharma", false),
    /** innovation partnership is for what the market lacks (§ 26-8 (3)) */
    SOLUTION_EXISTS_ON_MARKET("market.solutionExistsOnMarket", Boolean.class, Kind.QUALIFICATION, "FOA § 13-1 (3); FOA § 26-8 (3)", false),
    /** something the buyer does by choosing the path; it becomes an obligation */
    INTENDS_TO_BUY_RESULTING_SOLUTION("market.intendsToBuyResultingSolution", Boolean.class, Kind.UNDERTAKING, "FOA § 13-1 (3)", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    NEEDS_ADAPTATION_OR_DESIGN("market.needsAdaptationOrDesign", Boolean.class, Kind.EXCEPTION, "FOA § 13-2 a and b", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    CANNOT_BE_AWARDED_WITHOUT_NEGOTIATION("market.cannotBeAwardedWithoutNegotiation", Boolean.class, Kind.EXCEPTION, "FOA § 13-2 c", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    SPECIFICATIONS_CANNOT_BE_PRECISE("market.specificationsCannotBePrecise", Boolean.class, Kind.EXCEPTION, "FOA § 13-2 d", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    PREVIOUS_OPEN_RESTRICTED_GOT_ONLY_UNACCEPTABLE_TENDERS("market.previousOpenRestrictedGotOnlyUnacceptableTenders", Boolean.class, Kind.EXCEPTION, "FOA § 13-2 e; FOA § 13-3 a; FOA § 5-2 (1) e", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    PREVIOUS_PROCEDURE_NO_TENDERS_OR_NO_SUITABLE("market.previousProcedureNoTendersOrNoSuitable", Boolean.class, Kind.EXCEPTION, "FOA § 13-3 b; FOA § 5-2 (1) e", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    PROCUREMENT_DOCUMENTS_NOT_SUBSTANTIALLY_CHANGED("market.procurementDocumentsNotSubstantiallyChanged", Boolean.class, Kind.EXCEPTION, "FOA § 5-2 (1) e", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    SPECIFICATIONS_AND_TERMS_NOT_SUBSTANTIALLY_CHANGED("market.specificationsAndTermsNotSubstantiallyChanged", Boolean.class, Kind.EXCEPTION, "FOA § 13-3 a and b", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    ONLY_ONE_SUPPLIER_IN_MARKET("market.onlyOneSupplierInMarket", Boolean.class, Kind.EXCEPTION, "FOA § 5-2 (1) a", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    ONLY_ONE_SUPPLIER_TECHNICAL("market.onlyOneSupplierTechnical", Boolean.class, Kind.EXCEPTION, "FOA § 13-4 b no. 2", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    ONLY_ONE_SUPPLIER_EXCLUSIVE_RIGHTS("market.onlyOneSupplierExclusiveRights", Boolean.class, Kind.EXCEPTION, "FOA § 13-4 b no. 3", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    ONLY_ONE_SUPPLIER_ARTISTIC("market.onlyOneSupplierArtistic", Boolean.class, Kind.EXCEPTION, "FOA § 13-4 b no. 1", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    UNFORESEEN_CANNOT_WAIT_FOR_TENDER_COMPETITION("market.unforeseenCannotWaitForTenderCompetition", Boolean.class, Kind.EXCEPTION, "FOA § 5-2 (1) c", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    EXTREME_URGENCY_UNFORESEEABLE("market.extremeUrgencyUnforeseeable", Boolean.class, Kind.EXCEPTION, "FOA § 13-3 e", false),
    /** urgency the buyer caused is no ground; that it is not the buyer's doing must be shown */
    URGENCY_CAUSED_BY_BUYER("market.urgencyCausedByBuyer", Boolean.class, Kind.EXCEPTION, "FOA § 13-3 e; FOA § 5-2 (1) c", true),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    IS_REPETITION_OF_SIMILAR_SERVICES("market.isRepetitionOfSimilarServices", Boolean.class, Kind.EXCEPTION, "FOA § 13-4 d", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    GOODS_SOLELY_FOR_RESEARCH("market.goodsSolelyForResearch", Boolean.class, Kind.EXCEPTION, "FOA § 13-3 c", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    PRICE_SUBSTANTIALLY_BELOW_MARKET("market.priceSubstantiallyBelowMarket", Boolean.class, Kind.EXCEPTION, "FOA § 5-2 (1) b", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    ADDITIONAL_DELIVERIES_STRICTLY_NECESSARY("market.additionalDeliveriesStrictlyNecessary", Boolean.class, Kind.EXCEPTION, "FOA § 5-2 (1) d", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    BOUGHT_ON_EXCHANGE("market.boughtOnExchange", Boolean.class, Kind.EXCEPTION, "FOA § 5-2 (1) f", false),
    /** a condition of a ground or exception that lifts a duty; the buyer relying on it must show it (§ 13-1 (4)-(5): "kan bare") */
    COVER_PURCHASE_NEEDED("market.coverPurchaseNeeded", Boolean.class, Kind.EXCEPTION, "FOA § 5-2 (1) g", false),
    /** raises the bar for a Part I direct award; must be shown, not presumed (Telaustria line) */
    HAS_CLEAR_CROSS_BORDER_INTEREST("market.hasClearCrossBorderInterest", Boolean.class, Kind.EXCEPTION, "EEA primary law (CJEU C-324/98 Telaustria)", false),
    /** something the buyer does by choosing the path; it becomes an obligation */
    WANTS_MARKET_DIALOGUE("market.wantsMarketDialogue", Boolean.class, Kind.UNDERTAKING, "FOA §§ 8-1, 12-1", false),
    /** a condition of an optional path only; no other path depends on it */
    SUPPLIER_LEGAL_FORM("supplier.supplierLegalForm", LegalForm.class, Kind.QUALIFICATION, "FOA § 30-2a (2)", false),
    /** ideell status (§ 30-2a (2)) for the reservation; never presumed */
    IS_NON_PROFIT("supplier.isNonProfit", Boolean.class, Kind.QUALIFICATION, "FOA § 30-2a (2)", false),
    /** a condition of an optional path only; no other path depends on it */
    NON_PROFIT_PURPOSE_IN_STATUTES("supplier.nonProfitPurposeInStatutes", Boolean.class, Kind.QUALIFICATION, "FOA § 30-2a (2)", false),
    /** a dividend payer is not ideell (§ 30-2a (2): surplus reinvested) */
    PAYS_DIVIDENDS("supplier.paysDividends", Boolean.class, Kind.QUALIFICATION, "FOA § 30-2a (2)", false),
    /** a condition of an optional path only; no other path depends on it */
    MAIN_PURPOSE_WORK_INTEGRATION("supplier.mainPurposeWorkIntegration", Boolean.class, Kind.QUALIFICATION, "FOA §§ 8-8, 16-9, 30-3", false),
    /** a condition of an optional path only; no other path depends on it */
    SHARE_DISADVANTAGED_EMPLOYEES("supplier.shareDisadvantagedEmployees", Double.class, Kind.QUALIFICATION, "FOA §§ 8-8, 16-9, 30-3", false),
    /** a condition of an optional path only; no other path depends on it */
    IS_SHELTERED_PROGRAMME("supplier.isShelteredProgramme", Boolean.class, Kind.QUALIFICATION, "FOA §§ 8-8, 16-9, 30-3", false),
    /** a condition of an optional path only; no other path depends on it */
    IS_SME("supplier.isSme", Boolean.class, Kind.QUALIFICATION, "LOA § 4", false),
    /** a condition of an optional path only; no other path depends on it */
    SUPPLIER_IS_SOCIAL_ENTREPRENEUR("supplier.supplierIsSocialEntrepreneur", Boolean.class, Kind.QUALIFICATION, "-", false),
    /** a condition of an optional path only; no other path depends on it */
    ORG_PURPOSE_PUBLIC_SERVICE_MISSION("supplier.orgPurposePublicServiceMission", Boolean.class, Kind.QUALIFICATION, "FOA § 30-2 (1) a", false),
    /** a condition of an optional path only; no other path depends on it */
    EMPLOYEE_OWNERSHIP_OR_PARTICIPATION("supplier.employeeOwnershipOrParticipation", Boolean.class, Kind.QUALIFICATION, "FOA § 30-2 (1) b", false),
    /** a condition of an optional path only; no other path depends on it */
    SURPLUS_USED_FOR_ORG_OBJECTIVES("supplier.surplusUsedForOrgObjectives", Boolean.class, Kind.QUALIFICATION, "FOA § 30-2 (1) c", false),
    /** a condition of an optional path only; no other path depends on it */
    HAD_SECTION_30_2_CONTRACT_WITH_BUYER_LAST3_YEARS("supplier.hadSection30_2ContractWithBuyerLast3Years", Boolean.class, Kind.QUALIFICATION, "FOA § 30-2 (1) d", false),
    /** something the buyer does by choosing the path; it becomes an obligation */
    RESERVATION_STATED_IN_NOTICE("process.reservationStatedInNotice", Boolean.class, Kind.UNDERTAKING, "FOA §§ 8-8, 16-9, 30-2 (3), 30-2a (3), 30-3", false),
    /** something the buyer does by choosing the path; it becomes an obligation */
    RESERVATION_CONTRIBUTES_TO_SOCIAL_GOALS_AND_BUDGET_EFFICIENCY("process.reservationContributesToSocialGoalsAndBudgetEfficiency", Boolean.class, Kind.UNDERTAKING, "FOA § 30-2a (1)", false),
    /** the one question of the § 2-4 g exclusion (CJEU C-465/17); a "no" settles it without CPV codes */
    EMERGENCY_WITH_QUALIFIED_STAFF("process.emergencyWithQualifiedStaff", Boolean.class, Kind.EXCEPTION, "FOA § 2-4 g", false),
    /** something the buyer does by choosing the path; it becomes an obligation */
    PRIOR_INFORMATION_OR_CONTRACT_NOTICE("process.priorInformationOrContractNotice", Boolean.class, Kind.UNDERTAKING, "FOA § 30-5 (1)", false),
    /** a condition of an optional path only; no other path depends on it */
    IS_PILOT("process.isPilot", Boolean.class, Kind.QUALIFICATION, "FOA § 5-4", false),
    /** a condition of an optional path only; no other path depends on it */
    IS_SOCIAL_OUTCOME_CONTRACT("process.isSocialOutcomeContract", Boolean.class, Kind.QUALIFICATION, "FOA § 5-4", false);

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
    private final Class<?> type;
    private final Kind kind;
    private final String legalBasis;
    private final boolean notEstablishedValue;

    Fact(String fieldPath, Class<?> type, Kind kind, String legalBasis, boolean notEstablishedValue) {
        this.fieldPath = fieldPath;
        this.type = type;
        this.kind = kind;
        this.legalBasis = legalBasis;
        this.notEstablishedValue = notEstablishedValue;
    }

    /**
     * The type of the fact's value as the rules read it from {@link Case}: {@code Boolean}, {@code Long}
     * (kroner), {@code Double} (a percentage), {@code Integer} (months), an enum of the vocabulary, a
     * {@code List} (CPV codes, lots) or {@code LocalDate}.
     */
    public Class<?> type() {
        return type;
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
