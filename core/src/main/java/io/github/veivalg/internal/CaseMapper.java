package io.github.veivalg.internal;

import org.apiguardian.api.API;

import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.Lot;
import io.github.veivalg.vocabulary.Money;
import io.github.veivalg.vocabulary.Percent;
import io.github.veivalg.kb.vocabulary.Case;

import java.util.List;
import java.util.Optional;
import static org.apiguardian.api.API.Status.INTERNAL;

/** Copies a validated request into the knowledge base's flat {@link Case} fact; unknown stays {@code null}. */
@API(status = INTERNAL)
public final class CaseMapper {

    private CaseMapper() {
    }

    public static Case toCase(AssessmentRequest r) {
        Case c = new Case().setEvaluationDate(r.evaluationDate()).setStrict(r.strict());
        c.setAuthorityKind(r.buyer().authorityKind().orElse(null));
        c.setIsCentralGovernmentAuthority(r.buyer().isCentralGovernmentAuthority().orElse(null));
        c.setBuyerControlsSupplier(r.buyer().buyerControlsSupplier().orElse(null));
        c.setSupplierActivityShareForControllers(percent(r.buyer().supplierActivityShareForControllers()));
        c.setSupplierHasPrivateCapital(r.buyer().supplierHasPrivateCapital().orElse(null));
        c.setIsCooperationBetweenAuthorities(r.buyer().isCooperationBetweenAuthorities().orElse(null));
        c.setCooperationMarketShare(percent(r.buyer().cooperationMarketShare()));
        c.setSubjectType(r.purchase().subjectType().orElse(null));
        c.setMainSubjectType(r.purchase().mainSubjectType().orElse(null));
        c.setServiceCategory(r.purchase().serviceCategory().orElse(null));
        c.setCpvCodes(r.purchase().cpvCodes().isEmpty() ? null : List.copyOf(r.purchase().cpvCodes()));
        c.setIsServiceToIndividualUser(r.purchase().isServiceToIndividualUser().orElse(null));
        c.setCompetitionNeedsConfidentialUserInfo(r.purchase().competitionNeedsConfidentialUserInfo().orElse(null));
        c.setUserDisclosureConsent(r.purchase().userDisclosureConsent().orElse(null));
        c.setInvolvesExerciseOfPublicAuthority(r.purchase().involvesExerciseOfPublicAuthority().orElse(null));
        c.setEstimatedValueNok(money(r.purchase().estimatedValueNok()));
        c.setValueIncludesOptionsAndExtensions(r.purchase().valueIncludesOptionsAndExtensions().orElse(null));
        c.setContractDurationMonths(r.purchase().contractDurationMonths().orElse(null));
        c.setIsIndefiniteDuration(r.purchase().isIndefiniteDuration().orElse(null));
        c.setAgreementType(r.purchase().agreementType().orElse(null));
        c.setFrameworkDurationMonths(r.purchase().frameworkDurationMonths().orElse(null));
        c.setIsDividedIntoLots(r.purchase().isDividedIntoLots().orElse(null));
        c.setLots(r.purchase().lots().isEmpty() ? null : r.purchase().lots().stream().map(CaseMapper::lot).toList());
        c.setRelatedPurchasesValueNok(money(r.purchase().relatedPurchasesValueNok()));
        c.setIsSplitToAvoidThreshold(r.purchase().isSplitToAvoidThreshold().orElse(null));
        c.setBuyerWantsToSteerContent(r.purchase().buyerWantsToSteerContent().orElse(null));
        c.setIsMutuallyBindingForPayment(r.purchase().isMutuallyBindingForPayment().orElse(null));
        c.setIsGrantUnderGrantRules(r.purchase().isGrantUnderGrantRules().orElse(null));
        c.setIsEmploymentContract(r.purchase().isEmploymentContract().orElse(null));
        c.setIsRealEstateAcquisitionOrRental(r.purchase().isRealEstateAcquisitionOrRental().orElse(null));
        c.setIsResearchAndDevelopmentService(r.purchase().isResearchAndDevelopmentService().orElse(null));
        c.setRdBenefitsExclusivelyBuyer(r.purchase().rdBenefitsExclusivelyBuyer().orElse(null));
        c.setRdFullyPaidByBuyer(r.purchase().rdFullyPaidByBuyer().orElse(null));
        c.setIsUserChoiceScheme(r.purchase().isUserChoiceScheme().orElse(null));
        c.setSolutionExistsOnMarket(r.market().solutionExistsOnMarket().orElse(null));
        c.setIntendsToBuyResultingSolution(r.market().intendsToBuyResultingSolution().orElse(null));
        c.setNeedsAdaptationOrDesign(r.market().needsAdaptationOrDesign().orElse(null));
        c.setCannotBeAwardedWithoutNegotiation(r.market().cannotBeAwardedWithoutNegotiation().orElse(null));
        c.setSpecificationsCannotBePrecise(r.market().specificationsCannotBePrecise().orElse(null));
        c.setPreviousOpenRestrictedGotOnlyUnacceptableTenders(r.market().previousOpenRestrictedGotOnlyUnacceptableTenders().orElse(null));
        c.setPreviousProcedureNoTendersOrNoSuitable(r.market().previousProcedureNoTendersOrNoSuitable().orElse(null));
        c.setProcurementDocumentsNotSubstantiallyChanged(r.market().procurementDocumentsNotSubstantiallyChanged().orElse(null));
        c.setSpecificationsAndTermsNotSubstantiallyChanged(r.market().specificationsAndTermsNotSubstantiallyChanged().orElse(null));
        c.setOnlyOneSupplierInMarket(r.market().onlyOneSupplierInMarket().orElse(null));
        c.setOnlyOneSupplierTechnical(r.market().onlyOneSupplierTechnical().orElse(null));
        c.setOnlyOneSupplierExclusiveRights(r.market().onlyOneSupplierExclusiveRights().orElse(null));
        c.setOnlyOneSupplierArtistic(r.market().onlyOneSupplierArtistic().orElse(null));
        c.setUnforeseenCannotWaitForTenderCompetition(r.market().unforeseenCannotWaitForTenderCompetition().orElse(null));
        c.setExtremeUrgencyUnforeseeable(r.market().extremeUrgencyUnforeseeable().orElse(null));
        c.setUrgencyCausedByBuyer(r.market().urgencyCausedByBuyer().orElse(null));
        c.setIsRepetitionOfSimilarServices(r.market().isRepetitionOfSimilarServices().orElse(null));
        c.setGoodsSolelyForResearch(r.market().goodsSolelyForResearch().orElse(null));
        c.setPriceSubstantiallyBelowMarket(r.market().priceSubstantiallyBelowMarket().orElse(null));
        c.setAdditionalDeliveriesStrictlyNecessary(r.market().additionalDeliveriesStrictlyNecessary().orElse(null));
        c.setBoughtOnExchange(r.market().boughtOnExchange().orElse(null));
        c.setCoverPurchaseNeeded(r.market().coverPurchaseNeeded().orElse(null));
        c.setHasClearCrossBorderInterest(r.market().hasClearCrossBorderInterest().orElse(null));
        c.setWantsMarketDialogue(r.market().wantsMarketDialogue().orElse(null));
        c.setSupplierLegalForm(r.supplier().supplierLegalForm().orElse(null));
        c.setIsNonProfit(r.supplier().isNonProfit().orElse(null));
        c.setNonProfitPurposeInStatutes(r.supplier().nonProfitPurposeInStatutes().orElse(null));
        c.setPaysDividends(r.supplier().paysDividends().orElse(null));
        c.setMainPurposeWorkIntegration(r.supplier().mainPurposeWorkIntegration().orElse(null));
        c.setShareDisadvantagedEmployees(percent(r.supplier().shareDisadvantagedEmployees()));
        c.setIsShelteredProgramme(r.supplier().isShelteredProgramme().orElse(null));
        c.setIsSme(r.supplier().isSme().orElse(null));
        c.setSupplierIsSocialEntrepreneur(r.supplier().supplierIsSocialEntrepreneur().orElse(null));
        c.setOrgPurposePublicServiceMission(r.supplier().orgPurposePublicServiceMission().orElse(null));
        c.setEmployeeOwnershipOrParticipation(r.supplier().employeeOwnershipOrParticipation().orElse(null));
        c.setSurplusUsedForOrgObjectives(r.supplier().surplusUsedForOrgObjectives().orElse(null));
        c.setHadSection30_2ContractWithBuyerLast3Years(r.supplier().hadSection30_2ContractWithBuyerLast3Years().orElse(null));
        c.setReservationStatedInNotice(r.process().reservationStatedInNotice().orElse(null));
        c.setReservationContributesToSocialGoalsAndBudgetEfficiency(r.process().reservationContributesToSocialGoalsAndBudgetEfficiency().orElse(null));
        c.setEmergencyWithQualifiedStaff(r.process().emergencyWithQualifiedStaff().orElse(null));
        c.setPriorInformationOrContractNotice(r.process().priorInformationOrContractNotice().orElse(null));
        c.setIsPilot(r.process().isPilot().orElse(null));
        c.setIsSocialOutcomeContract(r.process().isSocialOutcomeContract().orElse(null));
        return c;
    }


    private static Double percent(Optional<Percent> p) {
        return p.map(v -> v.value().doubleValue()).orElse(null);
    }

    private static Long money(Optional<Money> m) {
        return m.map(Money::kroner).orElse(null);
    }

    private static io.github.veivalg.kb.vocabulary.Lot lot(Lot lot) {
        return new io.github.veivalg.kb.vocabulary.Lot(lot.id(), lot.valueNok().kroner(),
                lot.subjectType().orElse(null));
    }
}
