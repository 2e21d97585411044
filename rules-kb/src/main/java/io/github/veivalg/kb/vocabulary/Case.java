package io.github.veivalg.kb.vocabulary;

import io.github.veivalg.vocabulary.*;

import java.time.LocalDate;
import java.util.List;

/**
 * The purchase being assessed, as one flat fact: every input fact of spec section a.
 *
 * <p>A {@code null} field means the fact is unknown; rules treat it with three-valued logic (see
 * {@link Truth}) and never guess it. The engine fills this object once and the rules only read it.
 */
public final class Case {
    private LocalDate evaluationDate;
    private AuthorityKind authorityKind;
    private Boolean isCentralGovernmentAuthority;
    private Boolean buyerControlsSupplier;
    private Double supplierActivityShareForControllers;
    private Boolean supplierHasPrivateCapital;
    private Boolean isCooperationBetweenAuthorities;
    private Double cooperationMarketShare;
    private SubjectType subjectType;
    private SubjectType mainSubjectType;
    private ServiceCategory serviceCategory;
    private List<String> cpvCodes;
    private Boolean isServiceToIndividualUser;
    private Boolean competitionNeedsConfidentialUserInfo;
    private UserDisclosureConsent userDisclosureConsent;
    private Boolean involvesExerciseOfPublicAuthority;
    private Long estimatedValueNok;
    private Boolean valueIncludesOptionsAndExtensions;
    private Integer contractDurationMonths;
    private Boolean isIndefiniteDuration;
    private AgreementType agreementType;
    private Integer frameworkDurationMonths;
    private Boolean isDividedIntoLots;
    private List<Lot> lots;
    private Long relatedPurchasesValueNok;
    private Boolean isSplitToAvoidThreshold;
    private Boolean buyerWantsToSteerContent;
    private Boolean isMutuallyBindingForPayment;
    private Boolean isGrantUnderGrantRules;
    private Boolean isEmploymentContract;
    private Boolean isRealEstateAcquisitionOrRental;
    private Boolean isResearchAndDevelopmentService;
    private Boolean rdBenefitsExclusivelyBuyer;
    private Boolean rdFullyPaidByBuyer;
    private Boolean isUserChoiceScheme;
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
    private LegalForm supplierLegalForm;
    private Boolean isNonProfit;
    private Boolean nonProfitPurposeInStatutes;
    private Boolean paysDividends;
    private Boolean mainPurposeWorkIntegration;
    private Double shareDisadvantagedEmployees;
    private Boolean isShelteredProgramme;
    private Boolean isSme;
    private Boolean supplierIsSocialEntrepreneur;
    private Boolean orgPurposePublicServiceMission;
    private Boolean employeeOwnershipOrParticipation;
    private Boolean surplusUsedForOrgObjectives;
    private Boolean hadSection30_2ContractWithBuyerLast3Years;
    private Boolean reservationStatedInNotice;
    private Boolean reservationContributesToSocialGoalsAndBudgetEfficiency;
    private Boolean emergencyWithQualifiedStaff;
    private Boolean priorInformationOrContractNotice;
    private Boolean isPilot;
    private Boolean isSocialOutcomeContract;
    // Not a fact: whether the request asked for strict answers, without presumptions (spec a.0).
    private boolean strict;

    public boolean isStrict() {
        return strict;
    }

    public Case setStrict(boolean strict) {
        this.strict = strict;
        return this;
    }

    public LocalDate getEvaluationDate() {
        return evaluationDate;
    }

    public Case setEvaluationDate(LocalDate evaluationDate) {
        this.evaluationDate = evaluationDate;
        return this;
    }

    public AuthorityKind getAuthorityKind() {
        return authorityKind;
    }

    public Case setAuthorityKind(AuthorityKind authorityKind) {
        this.authorityKind = authorityKind;
        return this;
    }

    public Boolean getIsCentralGovernmentAuthority() {
        return isCentralGovernmentAuthority;
    }

    public Case setIsCentralGovernmentAuthority(Boolean isCentralGovernmentAuthority) {
        this.isCentralGovernmentAuthority = isCentralGovernmentAuthority;
        return this;
    }

    public Boolean getBuyerControlsSupplier() {
        return buyerControlsSupplier;
    }

    public Case setBuyerControlsSupplier(Boolean buyerControlsSupplier) {
        this.buyerControlsSupplier = buyerControlsSupplier;
        return this;
    }

    public Double getSupplierActivityShareForControllers() {
        return supplierActivityShareForControllers;
    }

    public Case setSupplierActivityShareForControllers(Double supplierActivityShareForControllers) {
        this.supplierActivityShareForControllers = supplierActivityShareForControllers;
        return this;
    }

    public Boolean getSupplierHasPrivateCapital() {
        return supplierHasPrivateCapital;
    }

    public Case setSupplierHasPrivateCapital(Boolean supplierHasPrivateCapital) {
        this.supplierHasPrivateCapital = supplierHasPrivateCapital;
        return this;
    }

    public Boolean getIsCooperationBetweenAuthorities() {
        return isCooperationBetweenAuthorities;
    }

    public Case setIsCooperationBetweenAuthorities(Boolean isCooperationBetweenAuthorities) {
        this.isCooperationBetweenAuthorities = isCooperationBetweenAuthorities;
        return this;
    }

    public Double getCooperationMarketShare() {
        return cooperationMarketShare;
    }

    public Case setCooperationMarketShare(Double cooperationMarketShare) {
        this.cooperationMarketShare = cooperationMarketShare;
        return this;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public Case setSubjectType(SubjectType subjectType) {
        this.subjectType = subjectType;
        return this;
    }

    public SubjectType getMainSubjectType() {
        return mainSubjectType;
    }

    public Case setMainSubjectType(SubjectType mainSubjectType) {
        this.mainSubjectType = mainSubjectType;
        return this;
    }

    public ServiceCategory getServiceCategory() {
        return serviceCategory;
    }

    public Case setServiceCategory(ServiceCategory serviceCategory) {
        this.serviceCategory = serviceCategory;
        return this;
    }

    public List<String> getCpvCodes() {
        return cpvCodes;
    }

    public Case setCpvCodes(List<String> cpvCodes) {
        this.cpvCodes = cpvCodes;
        return this;
    }

    public Boolean getIsServiceToIndividualUser() {
        return isServiceToIndividualUser;
    }

    public Case setIsServiceToIndividualUser(Boolean isServiceToIndividualUser) {
        this.isServiceToIndividualUser = isServiceToIndividualUser;
        return this;
    }

    public Boolean getCompetitionNeedsConfidentialUserInfo() {
        return competitionNeedsConfidentialUserInfo;
    }

    public Case setCompetitionNeedsConfidentialUserInfo(Boolean competitionNeedsConfidentialUserInfo) {
        this.competitionNeedsConfidentialUserInfo = competitionNeedsConfidentialUserInfo;
        return this;
    }

    public UserDisclosureConsent getUserDisclosureConsent() {
        return userDisclosureConsent;
    }

    public Case setUserDisclosureConsent(UserDisclosureConsent userDisclosureConsent) {
        this.userDisclosureConsent = userDisclosureConsent;
        return this;
    }

    public Boolean getInvolvesExerciseOfPublicAuthority() {
        return involvesExerciseOfPublicAuthority;
    }

    public Case setInvolvesExerciseOfPublicAuthority(Boolean involvesExerciseOfPublicAuthority) {
        this.involvesExerciseOfPublicAuthority = involvesExerciseOfPublicAuthority;
        return this;
    }

    public Long getEstimatedValueNok() {
        return estimatedValueNok;
    }

    public Case setEstimatedValueNok(Long estimatedValueNok) {
        this.estimatedValueNok = estimatedValueNok;
        return this;
    }

    public Boolean getValueIncludesOptionsAndExtensions() {
        return valueIncludesOptionsAndExtensions;
    }

    public Case setValueIncludesOptionsAndExtensions(Boolean valueIncludesOptionsAndExtensions) {
        this.valueIncludesOptionsAndExtensions = valueIncludesOptionsAndExtensions;
        return this;
    }

    public Integer getContractDurationMonths() {
        return contractDurationMonths;
    }

    public Case setContractDurationMonths(Integer contractDurationMonths) {
        this.contractDurationMonths = contractDurationMonths;
        return this;
    }

    public Boolean getIsIndefiniteDuration() {
        return isIndefiniteDuration;
    }

    public Case setIsIndefiniteDuration(Boolean isIndefiniteDuration) {
        this.isIndefiniteDuration = isIndefiniteDuration;
        return this;
    }

    public AgreementType getAgreementType() {
        return agreementType;
    }

    public Case setAgreementType(AgreementType agreementType) {
        this.agreementType = agreementType;
        return this;
    }

    public Integer getFrameworkDurationMonths() {
        return frameworkDurationMonths;
    }

    public Case setFrameworkDurationMonths(Integer frameworkDurationMonths) {
        this.frameworkDurationMonths = frameworkDurationMonths;
        return this;
    }

    public Boolean getIsDividedIntoLots() {
        return isDividedIntoLots;
    }

    public Case setIsDividedIntoLots(Boolean isDividedIntoLots) {
        this.isDividedIntoLots = isDividedIntoLots;
        return this;
    }

    public List<Lot> getLots() {
        return lots;
    }

    public Case setLots(List<Lot> lots) {
        this.lots = lots;
        return this;
    }

    public Long getRelatedPurchasesValueNok() {
        return relatedPurchasesValueNok;
    }

    public Case setRelatedPurchasesValueNok(Long relatedPurchasesValueNok) {
        this.relatedPurchasesValueNok = relatedPurchasesValueNok;
        return this;
    }

    public Boolean getIsSplitToAvoidThreshold() {
        return isSplitToAvoidThreshold;
    }

    public Case setIsSplitToAvoidThreshold(Boolean isSplitToAvoidThreshold) {
        this.isSplitToAvoidThreshold = isSplitToAvoidThreshold;
        return this;
    }

    public Boolean getBuyerWantsToSteerContent() {
        return buyerWantsToSteerContent;
    }

    public Case setBuyerWantsToSteerContent(Boolean buyerWantsToSteerContent) {
        this.buyerWantsToSteerContent = buyerWantsToSteerContent;
        return this;
    }

    public Boolean getIsMutuallyBindingForPayment() {
        return isMutuallyBindingForPayment;
    }

    public Case setIsMutuallyBindingForPayment(Boolean isMutuallyBindingForPayment) {
        this.isMutuallyBindingForPayment = isMutuallyBindingForPayment;
        return this;
    }

    public Boolean getIsGrantUnderGrantRules() {
        return isGrantUnderGrantRules;
    }

    public Case setIsGrantUnderGrantRules(Boolean isGrantUnderGrantRules) {
        this.isGrantUnderGrantRules = isGrantUnderGrantRules;
        return this;
    }

    public Boolean getIsEmploymentContract() {
        return isEmploymentContract;
    }

    public Case setIsEmploymentContract(Boolean isEmploymentContract) {
        this.isEmploymentContract = isEmploymentContract;
        return this;
    }

    public Boolean getIsResearchAndDevelopmentService() {
        return isResearchAndDevelopmentService;
    }

    public Case setIsResearchAndDevelopmentService(Boolean isResearchAndDevelopmentService) {
        this.isResearchAndDevelopmentService = isResearchAndDevelopmentService;
        return this;
    }

    public Boolean getRdBenefitsExclusivelyBuyer() {
        return rdBenefitsExclusivelyBuyer;
    }

    public Case setRdBenefitsExclusivelyBuyer(Boolean rdBenefitsExclusivelyBuyer) {
        this.rdBenefitsExclusivelyBuyer = rdBenefitsExclusivelyBuyer;
        return this;
    }

    public Boolean getRdFullyPaidByBuyer() {
        return rdFullyPaidByBuyer;
    }

    public Case setRdFullyPaidByBuyer(Boolean rdFullyPaidByBuyer) {
        this.rdFullyPaidByBuyer = rdFullyPaidByBuyer;
        return this;
    }

    public Boolean getIsUserChoiceScheme() {
        return isUserChoiceScheme;
    }

    public Case setIsUserChoiceScheme(Boolean isUserChoiceScheme) {
        this.isUserChoiceScheme = isUserChoiceScheme;
        return this;
    }

    public Boolean getSolutionExistsOnMarket() {
        return solutionExistsOnMarket;
    }

    public Case setSolutionExistsOnMarket(Boolean solutionExistsOnMarket) {
        this.solutionExistsOnMarket = solutionExistsOnMarket;
        return this;
    }

    public Boolean getNeedsAdaptationOrDesign() {
        return needsAdaptationOrDesign;
    }

    public Case setNeedsAdaptationOrDesign(Boolean needsAdaptationOrDesign) {
        this.needsAdaptationOrDesign = needsAdaptationOrDesign;
        return this;
    }

    public Boolean getCannotBeAwardedWithoutNegotiation() {
        return cannotBeAwardedWithoutNegotiation;
    }

    public Case setCannotBeAwardedWithoutNegotiation(Boolean cannotBeAwardedWithoutNegotiation) {
        this.cannotBeAwardedWithoutNegotiation = cannotBeAwardedWithoutNegotiation;
        return this;
    }

    public Boolean getSpecificationsCannotBePrecise() {
        return specificationsCannotBePrecise;
    }

    public Case setSpecificationsCannotBePrecise(Boolean specificationsCannotBePrecise) {
        this.specificationsCannotBePrecise = specificationsCannotBePrecise;
        return this;
    }

    public Boolean getPreviousOpenRestrictedGotOnlyUnacceptableTenders() {
        return previousOpenRestrictedGotOnlyUnacceptableTenders;
    }

    public Case setPreviousOpenRestrictedGotOnlyUnacceptableTenders(Boolean previousOpenRestrictedGotOnlyUnacceptableTenders) {
        this.previousOpenRestrictedGotOnlyUnacceptableTenders = previousOpenRestrictedGotOnlyUnacceptableTenders;
        return this;
    }

    public Boolean getPreviousProcedureNoTendersOrNoSuitable() {
        return previousProcedureNoTendersOrNoSuitable;
    }

    public Case setPreviousProcedureNoTendersOrNoSuitable(Boolean previousProcedureNoTendersOrNoSuitable) {
        this.previousProcedureNoTendersOrNoSuitable = previousProcedureNoTendersOrNoSuitable;
        return this;
    }

    public Boolean getProcurementDocumentsNotSubstantiallyChanged() {
        return procurementDocumentsNotSubstantiallyChanged;
    }

    public Case setProcurementDocumentsNotSubstantiallyChanged(Boolean procurementDocumentsNotSubstantiallyChanged) {
        this.procurementDocumentsNotSubstantiallyChanged = procurementDocumentsNotSubstantiallyChanged;
        return this;
    }

    public Boolean getSpecificationsAndTermsNotSubstantiallyChanged() {
        return specificationsAndTermsNotSubstantiallyChanged;
    }

    public Case setSpecificationsAndTermsNotSubstantiallyChanged(Boolean specificationsAndTermsNotSubstantiallyChanged) {
        this.specificationsAndTermsNotSubstantiallyChanged = specificationsAndTermsNotSubstantiallyChanged;
        return this;
    }

    public Boolean getOnlyOneSupplierInMarket() {
        return onlyOneSupplierInMarket;
    }

    public Case setOnlyOneSupplierInMarket(Boolean onlyOneSupplierInMarket) {
        this.onlyOneSupplierInMarket = onlyOneSupplierInMarket;
        return this;
    }

    public Boolean getOnlyOneSupplierTechnical() {
        return onlyOneSupplierTechnical;
    }

    public Case setOnlyOneSupplierTechnical(Boolean onlyOneSupplierTechnical) {
        this.onlyOneSupplierTechnical = onlyOneSupplierTechnical;
        return this;
    }

    public Boolean getOnlyOneSupplierExclusiveRights() {
        return onlyOneSupplierExclusiveRights;
    }

    public Case setOnlyOneSupplierExclusiveRights(Boolean onlyOneSupplierExclusiveRights) {
        this.onlyOneSupplierExclusiveRights = onlyOneSupplierExclusiveRights;
        return this;
    }

    public Boolean getOnlyOneSupplierArtistic() {
        return onlyOneSupplierArtistic;
    }

    public Case setOnlyOneSupplierArtistic(Boolean onlyOneSupplierArtistic) {
        this.onlyOneSupplierArtistic = onlyOneSupplierArtistic;
        return this;
    }

    public Boolean getUnforeseenCannotWaitForTenderCompetition() {
        return unforeseenCannotWaitForTenderCompetition;
    }

    public Case setUnforeseenCannotWaitForTenderCompetition(Boolean unforeseenCannotWaitForTenderCompetition) {
        this.unforeseenCannotWaitForTenderCompetition = unforeseenCannotWaitForTenderCompetition;
        return this;
    }

    public Boolean getExtremeUrgencyUnforeseeable() {
        return extremeUrgencyUnforeseeable;
    }

    public Case setExtremeUrgencyUnforeseeable(Boolean extremeUrgencyUnforeseeable) {
        this.extremeUrgencyUnforeseeable = extremeUrgencyUnforeseeable;
        return this;
    }

    public Boolean getUrgencyCausedByBuyer() {
        return urgencyCausedByBuyer;
    }

    public Case setUrgencyCausedByBuyer(Boolean urgencyCausedByBuyer) {
        this.urgencyCausedByBuyer = urgencyCausedByBuyer;
        return this;
    }

    public Boolean getIsRepetitionOfSimilarServices() {
        return isRepetitionOfSimilarServices;
    }

    public Case setIsRepetitionOfSimilarServices(Boolean isRepetitionOfSimilarServices) {
        this.isRepetitionOfSimilarServices = isRepetitionOfSimilarServices;
        return this;
    }

    public Boolean getGoodsSolelyForResearch() {
        return goodsSolelyForResearch;
    }

    public Case setGoodsSolelyForResearch(Boolean goodsSolelyForResearch) {
        this.goodsSolelyForResearch = goodsSolelyForResearch;
        return this;
    }

    public Boolean getPriceSubstantiallyBelowMarket() {
        return priceSubstantiallyBelowMarket;
    }

    public Case setPriceSubstantiallyBelowMarket(Boolean priceSubstantiallyBelowMarket) {
        this.priceSubstantiallyBelowMarket = priceSubstantiallyBelowMarket;
        return this;
    }

    public Boolean getAdditionalDeliveriesStrictlyNecessary() {
        return additionalDeliveriesStrictlyNecessary;
    }

    public Case setAdditionalDeliveriesStrictlyNecessary(Boolean additionalDeliveriesStrictlyNecessary) {
        this.additionalDeliveriesStrictlyNecessary = additionalDeliveriesStrictlyNecessary;
        return this;
    }

    public Boolean getBoughtOnExchange() {
        return boughtOnExchange;
    }

    public Case setBoughtOnExchange(Boolean boughtOnExchange) {
        this.boughtOnExchange = boughtOnExchange;
        return this;
    }

    public Boolean getCoverPurchaseNeeded() {
        return coverPurchaseNeeded;
    }

    public Case setCoverPurchaseNeeded(Boolean coverPurchaseNeeded) {
        this.coverPurchaseNeeded = coverPurchaseNeeded;
        return this;
    }

    public Boolean getHasClearCrossBorderInterest() {
        return hasClearCrossBorderInterest;
    }

    public Case setHasClearCrossBorderInterest(Boolean hasClearCrossBorderInterest) {
        this.hasClearCrossBorderInterest = hasClearCrossBorderInterest;
        return this;
    }

    public Boolean getWantsMarketDialogue() {
        return wantsMarketDialogue;
    }

    public Case setWantsMarketDialogue(Boolean wantsMarketDialogue) {
        this.wantsMarketDialogue = wantsMarketDialogue;
        return this;
    }

    public LegalForm getSupplierLegalForm() {
        return supplierLegalForm;
    }

    public Case setSupplierLegalForm(LegalForm supplierLegalForm) {
        this.supplierLegalForm = supplierLegalForm;
        return this;
    }

    public Boolean getIsNonProfit() {
        return isNonProfit;
    }

    public Case setIsNonProfit(Boolean isNonProfit) {
        this.isNonProfit = isNonProfit;
        return this;
    }

    public Boolean getNonProfitPurposeInStatutes() {
        return nonProfitPurposeInStatutes;
    }

    public Case setNonProfitPurposeInStatutes(Boolean nonProfitPurposeInStatutes) {
        this.nonProfitPurposeInStatutes = nonProfitPurposeInStatutes;
        return this;
    }

    public Boolean getPaysDividends() {
        return paysDividends;
    }

    public Case setPaysDividends(Boolean paysDividends) {
        this.paysDividends = paysDividends;
        return this;
    }

    public Boolean getMainPurposeWorkIntegration() {
        return mainPurposeWorkIntegration;
    }

    public Case setMainPurposeWorkIntegration(Boolean mainPurposeWorkIntegration) {
        this.mainPurposeWorkIntegration = mainPurposeWorkIntegration;
        return this;
    }

    public Double getShareDisadvantagedEmployees() {
        return shareDisadvantagedEmployees;
    }

    public Case setShareDisadvantagedEmployees(Double shareDisadvantagedEmployees) {
        this.shareDisadvantagedEmployees = shareDisadvantagedEmployees;
        return this;
    }

    public Boolean getIsShelteredProgramme() {
        return isShelteredProgramme;
    }

    public Case setIsShelteredProgramme(Boolean isShelteredProgramme) {
        this.isShelteredProgramme = isShelteredProgramme;
        return this;
    }

    public Boolean getIsSme() {
        return isSme;
    }

    public Case setIsSme(Boolean isSme) {
        this.isSme = isSme;
        return this;
    }

    public Boolean getSupplierIsSocialEntrepreneur() {
        return supplierIsSocialEntrepreneur;
    }

    public Case setSupplierIsSocialEntrepreneur(Boolean supplierIsSocialEntrepreneur) {
        this.supplierIsSocialEntrepreneur = supplierIsSocialEntrepreneur;
        return this;
    }

    public Boolean getOrgPurposePublicServiceMission() {
        return orgPurposePublicServiceMission;
    }

    public Case setOrgPurposePublicServiceMission(Boolean orgPurposePublicServiceMission) {
        this.orgPurposePublicServiceMission = orgPurposePublicServiceMission;
        return this;
    }

    public Boolean getEmployeeOwnershipOrParticipation() {
        return employeeOwnershipOrParticipation;
    }

    public Case setEmployeeOwnershipOrParticipation(Boolean employeeOwnershipOrParticipation) {
        this.employeeOwnershipOrParticipation = employeeOwnershipOrParticipation;
        return this;
    }

    public Boolean getSurplusUsedForOrgObjectives() {
        return surplusUsedForOrgObjectives;
    }

    public Case setSurplusUsedForOrgObjectives(Boolean surplusUsedForOrgObjectives) {
        this.surplusUsedForOrgObjectives = surplusUsedForOrgObjectives;
        return this;
    }

    public Boolean getHadSection30_2ContractWithBuyerLast3Years() {
        return hadSection30_2ContractWithBuyerLast3Years;
    }

    public Case setHadSection30_2ContractWithBuyerLast3Years(Boolean hadSection30_2ContractWithBuyerLast3Years) {
        this.hadSection30_2ContractWithBuyerLast3Years = hadSection30_2ContractWithBuyerLast3Years;
        return this;
    }

    public Boolean getReservationStatedInNotice() {
        return reservationStatedInNotice;
    }

    public Case setReservationStatedInNotice(Boolean reservationStatedInNotice) {
        this.reservationStatedInNotice = reservationStatedInNotice;
        return this;
    }

    public Boolean getReservationContributesToSocialGoalsAndBudgetEfficiency() {
        return reservationContributesToSocialGoalsAndBudgetEfficiency;
    }

    public Case setReservationContributesToSocialGoalsAndBudgetEfficiency(Boolean reservationContributesToSocialGoalsAndBudgetEfficiency) {
        this.reservationContributesToSocialGoalsAndBudgetEfficiency = reservationContributesToSocialGoalsAndBudgetEfficiency;
        return this;
    }

    public Boolean getEmergencyWithQualifiedStaff() {
        return emergencyWithQualifiedStaff;
    }

    public Case setEmergencyWithQualifiedStaff(Boolean emergencyWithQualifiedStaff) {
        this.emergencyWithQualifiedStaff = emergencyWithQualifiedStaff;
        return this;
    }

    public Boolean getPriorInformationOrContractNotice() {
        return priorInformationOrContractNotice;
    }

    public Case setPriorInformationOrContractNotice(Boolean priorInformationOrContractNotice) {
        this.priorInformationOrContractNotice = priorInformationOrContractNotice;
        return this;
    }

    public Boolean getIsPilot() {
        return isPilot;
    }

    public Case setIsPilot(Boolean isPilot) {
        this.isPilot = isPilot;
        return this;
    }

    public Boolean getIsSocialOutcomeContract() {
        return isSocialOutcomeContract;
    }

    public Case setIsSocialOutcomeContract(Boolean isSocialOutcomeContract) {
        this.isSocialOutcomeContract = isSocialOutcomeContract;
        return this;
    }

    /** The subject that decides the threshold: the main subject of a mixed contract (FOA § 6-1). */
    public SubjectType getEffectiveSubjectType() {
        return subjectType == SubjectType.MIXED ? mainSubjectType : subjectType;
    }

    public Boolean getIsRealEstateAcquisitionOrRental() {
        return isRealEstateAcquisitionOrRental;
    }

    public Case setIsRealEstateAcquisitionOrRental(Boolean isRealEstateAcquisitionOrRental) {
        this.isRealEstateAcquisitionOrRental = isRealEstateAcquisitionOrRental;
        return this;
    }

    public Boolean getIntendsToBuyResultingSolution() {
        return intendsToBuyResultingSolution;
    }

    public Case setIntendsToBuyResultingSolution(Boolean intendsToBuyResultingSolution) {
        this.intendsToBuyResultingSolution = intendsToBuyResultingSolution;
        return this;
    }
}
