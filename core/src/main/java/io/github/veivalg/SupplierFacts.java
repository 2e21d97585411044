package io.github.veivalg;

import io.github.veivalg.internal.GrowsWithEveryFact;

import org.apiguardian.api.API;

import io.github.veivalg.vocabulary.Percent;

import io.github.veivalg.vocabulary.LegalForm;
import io.github.veivalg.vocabulary.PathStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Facts about the supplier (spec a.4). Every fact is optional: an empty value means <em>unknown</em>, and a
 * path that needs an unknown fact comes back {@link PathStatus#UNDETERMINED} naming it.
 *
 * <p>Build with {@link #builder()}; the builder accepts raw values and the enclosing
 * {@link AssessmentRequest.Builder#build()} reports every invalid one at once.
 *
 * @param supplierLegalForm The supplier's legal form; never decides a path on its own.
 * @param isNonProfit The supplier is an ideell organisation as defined in FOA § 30-2a (2).
 * @param nonProfitPurposeInStatutes The social purpose and reinvestment of surplus are locked in the statutes.
 * @param paysDividends The supplier distributes profit to its owners (then it is not ideell).
 * @param mainPurposeWorkIntegration The main purpose of the enterprise or programme is to integrate disabled or disadvantaged persons into working life (FOA §§ 8-8, 16-9, 30-3).
 * @param shareDisadvantagedEmployees Share of employees who are disabled or disadvantaged (at least 30 % needed).
 * @param isShelteredProgramme The reservation is to a sheltered employment programme rather than an enterprise.
 * @param isSme The supplier is a small or medium-sized enterprise.
 * @param supplierIsSocialEntrepreneur The caller calls the supplier a social entrepreneur; not a legal category.
 * @param orgPurposePublicServiceMission The organisation's purpose is a public-service mission linked to vedlegg 4 services (FOA § 30-2 (1) a).
 * @param employeeOwnershipOrParticipation Employees own the organisation or take part in its management (FOA § 30-2 (1) b).
 * @param surplusUsedForOrgObjectives Profits serve the organisation's objective (FOA § 30-2 (1) c).
 * @param hadSection30_2ContractWithBuyerLast3Years In the last three years the organisation had a § 30-2 contract with this buyer for the same services (FOA § 30-2 (1) d).
 */
@API(status = STABLE, since = "0.1")
public record SupplierFacts(
        Optional<LegalForm> supplierLegalForm,
        Optional<Boolean> isNonProfit,
        Optional<Boolean> nonProfitPurposeInStatutes,
        Optional<Boolean> paysDividends,
        Optional<Boolean> mainPurposeWorkIntegration,
        Optional<Percent> shareDisadvantagedEmployees,
        Optional<Boolean> isShelteredProgramme,
        Optional<Boolean> isSme,
        Optional<Boolean> supplierIsSocialEntrepreneur,
        Optional<Boolean> orgPurposePublicServiceMission,
        Optional<Boolean> employeeOwnershipOrParticipation,
        Optional<Boolean> surplusUsedForOrgObjectives,
        Optional<Boolean> hadSection30_2ContractWithBuyerLast3Years) {

    /** Nothing known. */
    public static final SupplierFacts UNKNOWN = new Builder().buildUnchecked();

    /**
     * Treats {@code null} as unknown and copies the lists. Build with {@link #builder()}: this
     * constructor gains a parameter with every fact the law adds, and is outside the compatibility promise.
     */
    @GrowsWithEveryFact
    public SupplierFacts {
        supplierLegalForm = supplierLegalForm == null ? Optional.empty() : supplierLegalForm;
        isNonProfit = isNonProfit == null ? Optional.empty() : isNonProfit;
        nonProfitPurposeInStatutes = nonProfitPurposeInStatutes == null ? Optional.empty() : nonProfitPurposeInStatutes;
        paysDividends = paysDividends == null ? Optional.empty() : paysDividends;
        mainPurposeWorkIntegration = mainPurposeWorkIntegration == null ? Optional.empty() : mainPurposeWorkIntegration;
        shareDisadvantagedEmployees = shareDisadvantagedEmployees == null ? Optional.empty() : shareDisadvantagedEmployees;
        isShelteredProgramme = isShelteredProgramme == null ? Optional.empty() : isShelteredProgramme;
        isSme = isSme == null ? Optional.empty() : isSme;
        supplierIsSocialEntrepreneur = supplierIsSocialEntrepreneur == null ? Optional.empty() : supplierIsSocialEntrepreneur;
        orgPurposePublicServiceMission = orgPurposePublicServiceMission == null ? Optional.empty() : orgPurposePublicServiceMission;
        employeeOwnershipOrParticipation = employeeOwnershipOrParticipation == null ? Optional.empty() : employeeOwnershipOrParticipation;
        surplusUsedForOrgObjectives = surplusUsedForOrgObjectives == null ? Optional.empty() : surplusUsedForOrgObjectives;
        hadSection30_2ContractWithBuyerLast3Years = hadSection30_2ContractWithBuyerLast3Years == null ? Optional.empty() : hadSection30_2ContractWithBuyerLast3Years;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these facts, to learn more of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.supplierLegalForm = supplierLegalForm.orElse(null);
        b.isNonProfit = isNonProfit.orElse(null);
        b.nonProfitPurposeInStatutes = nonProfitPurposeInStatutes.orElse(null);
        b.paysDividends = paysDividends.orElse(null);
        b.mainPurposeWorkIntegration = mainPurposeWorkIntegration.orElse(null);
        shareDisadvantagedEmployees.ifPresent(v -> b.shareDisadvantagedEmployees = v.value().doubleValue());
        b.isShelteredProgramme = isShelteredProgramme.orElse(null);
        b.isSme = isSme.orElse(null);
        b.supplierIsSocialEntrepreneur = supplierIsSocialEntrepreneur.orElse(null);
        b.orgPurposePublicServiceMission = orgPurposePublicServiceMission.orElse(null);
        b.employeeOwnershipOrParticipation = employeeOwnershipOrParticipation.orElse(null);
        b.surplusUsedForOrgObjectives = surplusUsedForOrgObjectives.orElse(null);
        b.hadSection30_2ContractWithBuyerLast3Years = hadSection30_2ContractWithBuyerLast3Years.orElse(null);
        return b;
    }

    /** Collects raw values; {@code null} leaves a fact unknown. Not thread-safe. */
    public static final class Builder {
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

        Builder() {
        }

        /** The supplier's legal form; never decides a path on its own. */
        public Builder supplierLegalForm(LegalForm supplierLegalForm) {
            this.supplierLegalForm = supplierLegalForm;
            return this;
        }

        /** The supplier is an ideell organisation as defined in FOA § 30-2a (2). */
        public Builder isNonProfit(Boolean isNonProfit) {
            this.isNonProfit = isNonProfit;
            return this;
        }

        /** The social purpose and reinvestment of surplus are locked in the statutes. */
        public Builder nonProfitPurposeInStatutes(Boolean nonProfitPurposeInStatutes) {
            this.nonProfitPurposeInStatutes = nonProfitPurposeInStatutes;
            return this;
        }

        /** The supplier distributes profit to its owners (then it is not ideell). */
        public Builder paysDividends(Boolean paysDividends) {
            this.paysDividends = paysDividends;
            return this;
        }

        /** The main purpose of the enterprise or programme is to integrate disabled or disadvantaged persons into working life (FOA §§ 8-8, 16-9, 30-3). */
        public Builder mainPurposeWorkIntegration(Boolean mainPurposeWorkIntegration) {
            this.mainPurposeWorkIntegration = mainPurposeWorkIntegration;
            return this;
        }

        /** Share of employees who are disabled or disadvantaged (at least 30 % needed). A percentage from 0 to 100. */
        public Builder shareDisadvantagedEmployees(Double shareDisadvantagedEmployees) {
            this.shareDisadvantagedEmployees = shareDisadvantagedEmployees;
            return this;
        }

        /** The reservation is to a sheltered employment programme rather than an enterprise. */
        public Builder isShelteredProgramme(Boolean isShelteredProgramme) {
            this.isShelteredProgramme = isShelteredProgramme;
            return this;
        }

        /** The supplier is a small or medium-sized enterprise. */
        public Builder isSme(Boolean isSme) {
            this.isSme = isSme;
            return this;
        }

        /** The caller calls the supplier a social entrepreneur; not a legal category. */
        public Builder supplierIsSocialEntrepreneur(Boolean supplierIsSocialEntrepreneur) {
            this.supplierIsSocialEntrepreneur = supplierIsSocialEntrepreneur;
            return this;
        }

        /** The organisation's purpose is a public-service mission linked to vedlegg 4 services (FOA § 30-2 (1) a). */
        public Builder orgPurposePublicServiceMission(Boolean orgPurposePublicServiceMission) {
            this.orgPurposePublicServiceMission = orgPurposePublicServiceMission;
            return this;
        }

        /** Employees own the organisation or take part in its management (FOA § 30-2 (1) b). */
        public Builder employeeOwnershipOrParticipation(Boolean employeeOwnershipOrParticipation) {
            this.employeeOwnershipOrParticipation = employeeOwnershipOrParticipation;
            return this;
        }

        /** Profits serve the organisation's objective (FOA § 30-2 (1) c). */
        public Builder surplusUsedForOrgObjectives(Boolean surplusUsedForOrgObjectives) {
            this.surplusUsedForOrgObjectives = surplusUsedForOrgObjectives;
            return this;
        }

        /** In the last three years the organisation had a § 30-2 contract with this buyer for the same services (FOA § 30-2 (1) d). */
        public Builder hadSection30_2ContractWithBuyerLast3Years(Boolean hadSection30_2ContractWithBuyerLast3Years) {
            this.hadSection30_2ContractWithBuyerLast3Years = hadSection30_2ContractWithBuyerLast3Years;
            return this;
        }

        /** Builds the facts, or throws naming every invalid value. */
        public SupplierFacts build() {
            List<Problem> problems = new ArrayList<>();
            SupplierFacts facts = build(problems, "supplier");
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            return facts;
        }

        SupplierFacts buildUnchecked() {
            return build(new ArrayList<>(), "supplier");
        }

        SupplierFacts build(List<Problem> problems, String prefix) {
            Optional<LegalForm> supplierLegalForm = Optional.ofNullable(this.supplierLegalForm);
            Optional<Boolean> isNonProfit = Optional.ofNullable(this.isNonProfit);
            Optional<Boolean> nonProfitPurposeInStatutes = Optional.ofNullable(this.nonProfitPurposeInStatutes);
            Optional<Boolean> paysDividends = Optional.ofNullable(this.paysDividends);
            Optional<Boolean> mainPurposeWorkIntegration = Optional.ofNullable(this.mainPurposeWorkIntegration);
            Optional<Percent> shareDisadvantagedEmployees = Checks.percent(this.shareDisadvantagedEmployees, prefix + ".shareDisadvantagedEmployees", problems);
            Optional<Boolean> isShelteredProgramme = Optional.ofNullable(this.isShelteredProgramme);
            Optional<Boolean> isSme = Optional.ofNullable(this.isSme);
            Optional<Boolean> supplierIsSocialEntrepreneur = Optional.ofNullable(this.supplierIsSocialEntrepreneur);
            Optional<Boolean> orgPurposePublicServiceMission = Optional.ofNullable(this.orgPurposePublicServiceMission);
            Optional<Boolean> employeeOwnershipOrParticipation = Optional.ofNullable(this.employeeOwnershipOrParticipation);
            Optional<Boolean> surplusUsedForOrgObjectives = Optional.ofNullable(this.surplusUsedForOrgObjectives);
            Optional<Boolean> hadSection30_2ContractWithBuyerLast3Years = Optional.ofNullable(this.hadSection30_2ContractWithBuyerLast3Years);
            return new SupplierFacts(supplierLegalForm, isNonProfit, nonProfitPurposeInStatutes, paysDividends, mainPurposeWorkIntegration, shareDisadvantagedEmployees, isShelteredProgramme, isSme, supplierIsSocialEntrepreneur, orgPurposePublicServiceMission, employeeOwnershipOrParticipation, surplusUsedForOrgObjectives, hadSection30_2ContractWithBuyerLast3Years);
        }
    }
}
