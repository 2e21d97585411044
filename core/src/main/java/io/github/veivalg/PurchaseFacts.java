package io.github.veivalg;

import io.github.veivalg.internal.GrowsWithEveryFact;

import org.apiguardian.api.API;

import io.github.veivalg.vocabulary.Money;

import io.github.veivalg.vocabulary.AgreementType;
import io.github.veivalg.vocabulary.PathStatus;
import io.github.veivalg.vocabulary.ServiceCategory;
import io.github.veivalg.vocabulary.SubjectType;
import io.github.veivalg.vocabulary.UserDisclosureConsent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Facts about what is bought (spec a.2). Every fact is optional: an empty value means <em>unknown</em>, and a
 * path that needs an unknown fact comes back {@link PathStatus#UNDETERMINED} naming it.
 *
 * <p>Build with {@link #builder()}; the builder accepts raw values and the enclosing
 * {@link AssessmentRequest.Builder#build()} reports every invalid one at once.
 *
 * @param subjectType Goods, services, works, or a mix of them.
 * @param mainSubjectType For a mixed contract, the main subject (FOA § 6-1).
 * @param serviceCategory Health and social services (vedlegg 3), other special services (vedlegg 2), ordinary services, or not a service; CPV codes win over it.
 * @param cpvCodes CPV codes of the contract, 8 digits with an optional check digit.
 * @param serviceInAnnex4 The services fall under FOA vedlegg 4 (§ 30-2): stated by the buyer when no CPV code is given; given CPV codes decide it instead.
 * @param isServiceToIndividualUser A health or social service for a named individual user (FOA § 30-4).
 * @param competitionNeedsConfidentialUserInfo A sound competition needs confidential information about the user (FOA § 30-4 a).
 * @param userDisclosureConsent Whether the user consents to that information being given out (FOA § 30-4 b).
 * @param involvesExerciseOfPublicAuthority The service is exercise of public authority exempt under EEA art. 39 with art. 32 (FOA § 2-4 h).
 * @param estimatedValueNok Estimated total value ex VAT over the full term, under FOA § 5-4, in whole kroner.
 * @param valueIncludesOptionsAndExtensions The estimate includes every option and extension (FOA § 5-4 (1)).
 * @param contractDurationMonths Planned maximum duration in months, extensions included.
 * @param isIndefiniteDuration The contract has no end date (its value is then the monthly value times 48, FOA § 5-4 (10) and (12)).
 * @param agreementType Single contract, framework agreement, dynamic purchasing system or concession.
 * @param frameworkDurationMonths Duration of a framework agreement in months, extensions included (FOA §§ 11-1 (4), 26-1 (4)).
 * @param isDividedIntoLots The purchase is divided into lots (FOA § 5-4 (8), § 19-4).
 * @param lots The lots, each with an id, a value and a subject.
 * @param relatedPurchasesValueNok Value of other purchases of the same kind that together may form one procurement (FOA § 5-4 (3), (4), (9)).
 * @param isSplitToAvoidThreshold The purchase was divided to stay below a threshold (FOA § 5-4 (4)); requires the related purchases' value.
 * @param buyerWantsToSteerContent The buyer decides what is delivered, how and to whom, or owns the result: a purchase, not a grant.
 * @param isMutuallyBindingForPayment A mutually binding agreement in which the buyer pays for a performance (FOA § 4-1 a).
 * @param isGrantUnderGrantRules The payment is a grant under grant rules for the recipient's own activity.
 * @param isEmploymentContract The arrangement is an employment contract (FOA § 2-4 f).
 * @param isRealEstateAcquisitionOrRental The contract is for the acquisition or rental of land, existing buildings or other real estate, or rights in them, not the construction of a new building (FOA § 2-4 a).
 * @param isResearchAndDevelopmentService The contract is for research and development services (FOA § 2-5).
 * @param rdBenefitsExclusivelyBuyer The R&amp;D result accrues wholly to the buyer for its own use (FOA § 2-5 (2) a).
 * @param rdFullyPaidByBuyer The buyer pays the full price of the R&amp;D service (FOA § 2-5 (2) b).
 * @param isUserChoiceScheme An approval scheme that every qualified supplier may join, with no selection; users choose.
 */
@API(status = STABLE, since = "0.1")
public record PurchaseFacts(
        Optional<SubjectType> subjectType,
        Optional<SubjectType> mainSubjectType,
        Optional<ServiceCategory> serviceCategory,
        List<String> cpvCodes,
        Optional<Boolean> serviceInAnnex4,
        Optional<Boolean> isServiceToIndividualUser,
        Optional<Boolean> competitionNeedsConfidentialUserInfo,
        Optional<UserDisclosureConsent> userDisclosureConsent,
        Optional<Boolean> involvesExerciseOfPublicAuthority,
        Optional<Money> estimatedValueNok,
        Optional<Boolean> valueIncludesOptionsAndExtensions,
        Optional<Integer> contractDurationMonths,
        Optional<Boolean> isIndefiniteDuration,
        Optional<AgreementType> agreementType,
        Optional<Integer> frameworkDurationMonths,
        Optional<Boolean> isDividedIntoLots,
        List<Lot> lots,
        Optional<Money> relatedPurchasesValueNok,
        Optional<Boolean> isSplitToAvoidThreshold,
        Optional<Boolean> buyerWantsToSteerContent,
        Optional<Boolean> isMutuallyBindingForPayment,
        Optional<Boolean> isGrantUnderGrantRules,
        Optional<Boolean> isEmploymentContract,
        Optional<Boolean> isRealEstateAcquisitionOrRental,
        Optional<Boolean> isResearchAndDevelopmentService,
        Optional<Boolean> rdBenefitsExclusivelyBuyer,
        Optional<Boolean> rdFullyPaidByBuyer,
        Optional<Boolean> isUserChoiceScheme) {

    /** Nothing known. */
    public static final PurchaseFacts UNKNOWN = new Builder().buildUnchecked();

    /**
     * Treats {@code null} as unknown and copies the lists. Checks the CPV codes and the month counts
     * as the builder does, so that malformed facts never reach the knowledge base.
     *
     * Build with {@link #builder()}: this constructor gains a parameter with every fact the law adds,
     * and is outside the compatibility promise.
     *
     * @throws InvalidRequestException naming every malformed CPV code and every month count below 1
     */
    @GrowsWithEveryFact
    public PurchaseFacts {
        List<Problem> problems = new ArrayList<>();
        if (cpvCodes != null) {
            Checks.cpvCodes(cpvCodes, "purchase.cpvCodes", problems);
        }
        if (contractDurationMonths != null) {
            Checks.months(contractDurationMonths.orElse(null), "purchase.contractDurationMonths", problems);
        }
        if (frameworkDurationMonths != null) {
            Checks.months(frameworkDurationMonths.orElse(null), "purchase.frameworkDurationMonths", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        subjectType = subjectType == null ? Optional.empty() : subjectType;
        mainSubjectType = mainSubjectType == null ? Optional.empty() : mainSubjectType;
        serviceCategory = serviceCategory == null ? Optional.empty() : serviceCategory;
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
        serviceInAnnex4 = serviceInAnnex4 == null ? Optional.empty() : serviceInAnnex4;
        isServiceToIndividualUser = isServiceToIndividualUser == null ? Optional.empty() : isServiceToIndividualUser;
        competitionNeedsConfidentialUserInfo = competitionNeedsConfidentialUserInfo == null ? Optional.empty() : competitionNeedsConfidentialUserInfo;
        userDisclosureConsent = userDisclosureConsent == null ? Optional.empty() : userDisclosureConsent;
        involvesExerciseOfPublicAuthority = involvesExerciseOfPublicAuthority == null ? Optional.empty() : involvesExerciseOfPublicAuthority;
        estimatedValueNok = estimatedValueNok == null ? Optional.empty() : estimatedValueNok;
        valueIncludesOptionsAndExtensions = valueIncludesOptionsAndExtensions == null ? Optional.empty() : valueIncludesOptionsAndExtensions;
        contractDurationMonths = contractDurationMonths == null ? Optional.empty() : contractDurationMonths;
        isIndefiniteDuration = isIndefiniteDuration == null ? Optional.empty() : isIndefiniteDuration;
        agreementType = agreementType == null ? Optional.empty() : agreementType;
        frameworkDurationMonths = frameworkDurationMonths == null ? Optional.empty() : frameworkDurationMonths;
        isDividedIntoLots = isDividedIntoLots == null ? Optional.empty() : isDividedIntoLots;
        lots = lots == null ? List.of() : List.copyOf(lots);
        relatedPurchasesValueNok = relatedPurchasesValueNok == null ? Optional.empty() : relatedPurchasesValueNok;
        isSplitToAvoidThreshold = isSplitToAvoidThreshold == null ? Optional.empty() : isSplitToAvoidThreshold;
        buyerWantsToSteerContent = buyerWantsToSteerContent == null ? Optional.empty() : buyerWantsToSteerContent;
        isMutuallyBindingForPayment = isMutuallyBindingForPayment == null ? Optional.empty() : isMutuallyBindingForPayment;
        isGrantUnderGrantRules = isGrantUnderGrantRules == null ? Optional.empty() : isGrantUnderGrantRules;
        isEmploymentContract = isEmploymentContract == null ? Optional.empty() : isEmploymentContract;
        isRealEstateAcquisitionOrRental = isRealEstateAcquisitionOrRental == null ? Optional.empty() : isRealEstateAcquisitionOrRental;
        isResearchAndDevelopmentService = isResearchAndDevelopmentService == null ? Optional.empty() : isResearchAndDevelopmentService;
        rdBenefitsExclusivelyBuyer = rdBenefitsExclusivelyBuyer == null ? Optional.empty() : rdBenefitsExclusivelyBuyer;
        rdFullyPaidByBuyer = rdFullyPaidByBuyer == null ? Optional.empty() : rdFullyPaidByBuyer;
        isUserChoiceScheme = isUserChoiceScheme == null ? Optional.empty() : isUserChoiceScheme;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these facts, to learn more of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.subjectType = subjectType.orElse(null);
        b.mainSubjectType = mainSubjectType.orElse(null);
        b.serviceCategory = serviceCategory.orElse(null);
        b.cpvCodes = new ArrayList<>(cpvCodes);
        b.serviceInAnnex4 = serviceInAnnex4.orElse(null);
        b.isServiceToIndividualUser = isServiceToIndividualUser.orElse(null);
        b.competitionNeedsConfidentialUserInfo = competitionNeedsConfidentialUserInfo.orElse(null);
        b.userDisclosureConsent = userDisclosureConsent.orElse(null);
        b.involvesExerciseOfPublicAuthority = involvesExerciseOfPublicAuthority.orElse(null);
        estimatedValueNok.ifPresent(v -> b.estimatedValueNok = v.kroner());
        b.valueIncludesOptionsAndExtensions = valueIncludesOptionsAndExtensions.orElse(null);
        b.contractDurationMonths = contractDurationMonths.orElse(null);
        b.isIndefiniteDuration = isIndefiniteDuration.orElse(null);
        b.agreementType = agreementType.orElse(null);
        b.frameworkDurationMonths = frameworkDurationMonths.orElse(null);
        b.isDividedIntoLots = isDividedIntoLots.orElse(null);
        lots.forEach(l -> b.lots.add(new Builder.RawLot(l.id(), l.valueNok().kroner(), l.subjectType().orElse(null))));
        relatedPurchasesValueNok.ifPresent(v -> b.relatedPurchasesValueNok = v.kroner());
        b.isSplitToAvoidThreshold = isSplitToAvoidThreshold.orElse(null);
        b.buyerWantsToSteerContent = buyerWantsToSteerContent.orElse(null);
        b.isMutuallyBindingForPayment = isMutuallyBindingForPayment.orElse(null);
        b.isGrantUnderGrantRules = isGrantUnderGrantRules.orElse(null);
        b.isEmploymentContract = isEmploymentContract.orElse(null);
        b.isRealEstateAcquisitionOrRental = isRealEstateAcquisitionOrRental.orElse(null);
        b.isResearchAndDevelopmentService = isResearchAndDevelopmentService.orElse(null);
        b.rdBenefitsExclusivelyBuyer = rdBenefitsExclusivelyBuyer.orElse(null);
        b.rdFullyPaidByBuyer = rdFullyPaidByBuyer.orElse(null);
        b.isUserChoiceScheme = isUserChoiceScheme.orElse(null);
        return b;
    }

    /** Collects raw values; {@code null} leaves a fact unknown. Not thread-safe. */
    public static final class Builder {
        record RawLot(String id, Long valueNok, SubjectType subjectType) {
        }

        private SubjectType subjectType;
        private SubjectType mainSubjectType;
        private ServiceCategory serviceCategory;
        private List<String> cpvCodes = new ArrayList<>();
        private Boolean serviceInAnnex4;
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
        private final List<RawLot> lots = new ArrayList<>();
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

        Builder() {
        }

        /** Goods, services, works, or a mix of them. */
        public Builder subjectType(SubjectType subjectType) {
            this.subjectType = subjectType;
            return this;
        }

        /** For a mixed contract, the main subject (FOA § 6-1). */
        public Builder mainSubjectType(SubjectType mainSubjectType) {
            this.mainSubjectType = mainSubjectType;
            return this;
        }

        /** Health and social services (vedlegg 3), other special services (vedlegg 2), ordinary services, or not a service; CPV codes win over it. */
        public Builder serviceCategory(ServiceCategory serviceCategory) {
            this.serviceCategory = serviceCategory;
            return this;
        }

        /** CPV codes of the contract, 8 digits with an optional check digit. */
        public Builder cpvCodes(String... codes) {
            return cpvCodes(codes == null ? null : java.util.Arrays.asList(codes));
        }

        /** CPV codes of the contract, 8 digits with an optional check digit. */
        public Builder cpvCodes(List<String> codes) {
            this.cpvCodes = codes == null ? new ArrayList<>() : new ArrayList<>(codes);
            return this;
        }

        /** The services fall under FOA vedlegg 4 (§ 30-2): stated by the buyer when no CPV code is given; given CPV codes decide it instead. */
        public Builder serviceInAnnex4(Boolean serviceInAnnex4) {
            this.serviceInAnnex4 = serviceInAnnex4;
            return this;
        }

        /** A health or social service for a named individual user (FOA § 30-4). */
        public Builder isServiceToIndividualUser(Boolean isServiceToIndividualUser) {
            this.isServiceToIndividualUser = isServiceToIndividualUser;
            return this;
        }

        /** A sound competition needs confidential information about the user (FOA § 30-4 a). */
        public Builder competitionNeedsConfidentialUserInfo(Boolean competitionNeedsConfidentialUserInfo) {
            this.competitionNeedsConfidentialUserInfo = competitionNeedsConfidentialUserInfo;
            return this;
        }

        /** Whether the user consents to that information being given out (FOA § 30-4 b). */
        public Builder userDisclosureConsent(UserDisclosureConsent userDisclosureConsent) {
            this.userDisclosureConsent = userDisclosureConsent;
            return this;
        }

        /** The service is exercise of public authority exempt under EEA art. 39 with art. 32 (FOA § 2-4 h). */
        public Builder involvesExerciseOfPublicAuthority(Boolean involvesExerciseOfPublicAuthority) {
            this.involvesExerciseOfPublicAuthority = involvesExerciseOfPublicAuthority;
            return this;
        }

        /** Estimated total value ex VAT over the full term, under FOA § 5-4, in whole kroner. Whole kroner ex VAT, not negative. */
        public Builder estimatedValueNok(Long estimatedValueNok) {
            this.estimatedValueNok = estimatedValueNok;
            return this;
        }

        /** The estimate includes every option and extension (FOA § 5-4 (1)). */
        public Builder valueIncludesOptionsAndExtensions(Boolean valueIncludesOptionsAndExtensions) {
            this.valueIncludesOptionsAndExtensions = valueIncludesOptionsAndExtensions;
            return this;
        }

        /** Planned maximum duration in months, extensions included. Whole months, at least 1. */
        public Builder contractDurationMonths(Integer contractDurationMonths) {
            this.contractDurationMonths = contractDurationMonths;
            return this;
        }

        /** The contract has no end date (its value is then the monthly value times 48, FOA § 5-4 (10) and (12)). */
        public Builder isIndefiniteDuration(Boolean isIndefiniteDuration) {
            this.isIndefiniteDuration = isIndefiniteDuration;
            return this;
        }

        /** Single contract, framework agreement, dynamic purchasing system or concession. */
        public Builder agreementType(AgreementType agreementType) {
            this.agreementType = agreementType;
            return this;
        }

        /** Duration of a framework agreement in months, extensions included (FOA §§ 11-1 (4), 26-1 (4)). Whole months, at least 1. */
        public Builder frameworkDurationMonths(Integer frameworkDurationMonths) {
            this.frameworkDurationMonths = frameworkDurationMonths;
            return this;
        }

        /** The purchase is divided into lots (FOA § 5-4 (8), § 19-4). */
        public Builder isDividedIntoLots(Boolean isDividedIntoLots) {
            this.isDividedIntoLots = isDividedIntoLots;
            return this;
        }

        /** Adds a lot: its id, its value in whole kroner ex VAT, and its subject (may be {@code null}). */
        public Builder lot(String id, Long valueNok, SubjectType subjectType) {
            lots.add(new RawLot(id, valueNok, subjectType));
            return this;
        }

        /** Value of other purchases of the same kind that together may form one procurement (FOA § 5-4 (3), (4), (9)). Whole kroner ex VAT, not negative. */
        public Builder relatedPurchasesValueNok(Long relatedPurchasesValueNok) {
            this.relatedPurchasesValueNok = relatedPurchasesValueNok;
            return this;
        }

        /** The purchase was divided to stay below a threshold (FOA § 5-4 (4)); requires the related purchases' value. */
        public Builder isSplitToAvoidThreshold(Boolean isSplitToAvoidThreshold) {
            this.isSplitToAvoidThreshold = isSplitToAvoidThreshold;
            return this;
        }

        /** The buyer decides what is delivered, how and to whom, or owns the result: a purchase, not a grant. */
        public Builder buyerWantsToSteerContent(Boolean buyerWantsToSteerContent) {
            this.buyerWantsToSteerContent = buyerWantsToSteerContent;
            return this;
        }

        /** A mutually binding agreement in which the buyer pays for a performance (FOA § 4-1 a). */
        public Builder isMutuallyBindingForPayment(Boolean isMutuallyBindingForPayment) {
            this.isMutuallyBindingForPayment = isMutuallyBindingForPayment;
            return this;
        }

        /** The payment is a grant under grant rules for the recipient's own activity. */
        public Builder isGrantUnderGrantRules(Boolean isGrantUnderGrantRules) {
            this.isGrantUnderGrantRules = isGrantUnderGrantRules;
            return this;
        }

        /** The arrangement is an employment contract (FOA § 2-4 f). */
        public Builder isEmploymentContract(Boolean isEmploymentContract) {
            this.isEmploymentContract = isEmploymentContract;
            return this;
        }

        /** The contract is for the acquisition or rental of land, existing buildings or other real estate, or rights in them, not the construction of a new building (FOA § 2-4 a). */
        public Builder isRealEstateAcquisitionOrRental(Boolean isRealEstateAcquisitionOrRental) {
            this.isRealEstateAcquisitionOrRental = isRealEstateAcquisitionOrRental;
            return this;
        }

        /** The contract is for research and development services (FOA § 2-5). */
        public Builder isResearchAndDevelopmentService(Boolean isResearchAndDevelopmentService) {
            this.isResearchAndDevelopmentService = isResearchAndDevelopmentService;
            return this;
        }

        /** The R&amp;D result accrues wholly to the buyer for its own use (FOA § 2-5 (2) a). */
        public Builder rdBenefitsExclusivelyBuyer(Boolean rdBenefitsExclusivelyBuyer) {
            this.rdBenefitsExclusivelyBuyer = rdBenefitsExclusivelyBuyer;
            return this;
        }

        /** The buyer pays the full price of the R&amp;D service (FOA § 2-5 (2) b). */
        public Builder rdFullyPaidByBuyer(Boolean rdFullyPaidByBuyer) {
            this.rdFullyPaidByBuyer = rdFullyPaidByBuyer;
            return this;
        }

        /** An approval scheme that every qualified supplier may join, with no selection; users choose. */
        public Builder isUserChoiceScheme(Boolean isUserChoiceScheme) {
            this.isUserChoiceScheme = isUserChoiceScheme;
            return this;
        }

        /** Builds the facts, or throws naming every invalid value. */
        public PurchaseFacts build() {
            List<Problem> problems = new ArrayList<>();
            PurchaseFacts facts = build(problems, "purchase");
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            return facts;
        }

        PurchaseFacts buildUnchecked() {
            return build(new ArrayList<>(), "purchase");
        }

        PurchaseFacts build(List<Problem> problems, String prefix) {
            Optional<SubjectType> subjectType = Optional.ofNullable(this.subjectType);
            Optional<SubjectType> mainSubjectType = Optional.ofNullable(this.mainSubjectType);
            Optional<ServiceCategory> serviceCategory = Optional.ofNullable(this.serviceCategory);
            List<String> cpvCodes = Checks.cpvCodes(this.cpvCodes, prefix + ".cpvCodes", problems);
            Optional<Boolean> serviceInAnnex4 = Optional.ofNullable(this.serviceInAnnex4);
            Optional<Boolean> isServiceToIndividualUser = Optional.ofNullable(this.isServiceToIndividualUser);
            Optional<Boolean> competitionNeedsConfidentialUserInfo = Optional.ofNullable(this.competitionNeedsConfidentialUserInfo);
            Optional<UserDisclosureConsent> userDisclosureConsent = Optional.ofNullable(this.userDisclosureConsent);
            Optional<Boolean> involvesExerciseOfPublicAuthority = Optional.ofNullable(this.involvesExerciseOfPublicAuthority);
            Optional<Money> estimatedValueNok = Checks.money(this.estimatedValueNok, prefix + ".estimatedValueNok", problems);
            Optional<Boolean> valueIncludesOptionsAndExtensions = Optional.ofNullable(this.valueIncludesOptionsAndExtensions);
            Optional<Integer> contractDurationMonths = Checks.months(this.contractDurationMonths, prefix + ".contractDurationMonths", problems);
            Optional<Boolean> isIndefiniteDuration = Optional.ofNullable(this.isIndefiniteDuration);
            Optional<AgreementType> agreementType = Optional.ofNullable(this.agreementType);
            Optional<Integer> frameworkDurationMonths = Checks.months(this.frameworkDurationMonths, prefix + ".frameworkDurationMonths", problems);
            Optional<Boolean> isDividedIntoLots = Optional.ofNullable(this.isDividedIntoLots);
            List<Lot> lots = new ArrayList<>();
            for (int i = 0; i < this.lots.size(); i++) {
                RawLot raw = this.lots.get(i);
                Checks.lot(raw.id(), raw.valueNok(), raw.subjectType(), prefix + ".lots[" + i + "]", problems).ifPresent(lots::add);
            }
            Optional<Money> relatedPurchasesValueNok = Checks.money(this.relatedPurchasesValueNok, prefix + ".relatedPurchasesValueNok", problems);
            Optional<Boolean> isSplitToAvoidThreshold = Optional.ofNullable(this.isSplitToAvoidThreshold);
            Optional<Boolean> buyerWantsToSteerContent = Optional.ofNullable(this.buyerWantsToSteerContent);
            Optional<Boolean> isMutuallyBindingForPayment = Optional.ofNullable(this.isMutuallyBindingForPayment);
            Optional<Boolean> isGrantUnderGrantRules = Optional.ofNullable(this.isGrantUnderGrantRules);
            Optional<Boolean> isEmploymentContract = Optional.ofNullable(this.isEmploymentContract);
            Optional<Boolean> isRealEstateAcquisitionOrRental = Optional.ofNullable(this.isRealEstateAcquisitionOrRental);
            Optional<Boolean> isResearchAndDevelopmentService = Optional.ofNullable(this.isResearchAndDevelopmentService);
            Optional<Boolean> rdBenefitsExclusivelyBuyer = Optional.ofNullable(this.rdBenefitsExclusivelyBuyer);
            Optional<Boolean> rdFullyPaidByBuyer = Optional.ofNullable(this.rdFullyPaidByBuyer);
            Optional<Boolean> isUserChoiceScheme = Optional.ofNullable(this.isUserChoiceScheme);
            return new PurchaseFacts(subjectType, mainSubjectType, serviceCategory, cpvCodes, serviceInAnnex4, isServiceToIndividualUser, competitionNeedsConfidentialUserInfo, userDisclosureConsent, involvesExerciseOfPublicAuthority, estimatedValueNok, valueIncludesOptionsAndExtensions, contractDurationMonths, isIndefiniteDuration, agreementType, frameworkDurationMonths, isDividedIntoLots, lots, relatedPurchasesValueNok, isSplitToAvoidThreshold, buyerWantsToSteerContent, isMutuallyBindingForPayment, isGrantUnderGrantRules, isEmploymentContract, isRealEstateAcquisitionOrRental, isResearchAndDevelopmentService, rdBenefitsExclusivelyBuyer, rdFullyPaidByBuyer, isUserChoiceScheme);
        }
    }
}
