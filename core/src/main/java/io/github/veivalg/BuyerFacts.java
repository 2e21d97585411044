package io.github.veivalg;

import io.github.veivalg.internal.GrowsWithEveryFact;

import org.apiguardian.api.API;

import io.github.veivalg.vocabulary.Percent;

import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.vocabulary.PathStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Facts about the buyer (spec a.1). Every fact is optional: an empty value means <em>unknown</em>, and a
 * path that needs an unknown fact comes back {@link PathStatus#UNDETERMINED} naming it.
 *
 * <p>Build with {@link #builder()}; the builder accepts raw values and the enclosing
 * {@link AssessmentRequest.Builder#build()} reports every invalid one at once.
 *
 * @param authorityKind Who buys (FOA § 1-2 (1) a-d); a utility or a non-contracting buyer is outside FOA.
 * @param isCentralGovernmentAuthority Overrides whether the lower state EEA threshold applies (FOA § 5-3 (1) a); derived from the authority kind when unknown.
 * @param buyerControlsSupplier The buyer, alone or jointly, controls the supplier like its own department (FOA § 3-1 (1) a, § 3-2).
 * @param supplierActivityShareForControllers Share of the supplier's activity performed for its controlling authorities (FOA § 3-1 (1) b; more than 80 % needed).
 * @param supplierHasPrivateCapital The supplier has direct private ownership (FOA § 3-1 (1) c).
 * @param isCooperationBetweenAuthorities The contract is a cooperation between contracting authorities for a common public task (FOA § 3-3).
 * @param cooperationMarketShare Share of the cooperation's activities performed for others than the cooperating authorities (FOA § 3-3 c; less than 20 % needed).
 */
@API(status = STABLE, since = "0.1")
public record BuyerFacts(
        Optional<AuthorityKind> authorityKind,
        Optional<Boolean> isCentralGovernmentAuthority,
        Optional<Boolean> buyerControlsSupplier,
        Optional<Percent> supplierActivityShareForControllers,
        Optional<Boolean> supplierHasPrivateCapital,
        Optional<Boolean> isCooperationBetweenAuthorities,
        Optional<Percent> cooperationMarketShare) {

    /** Nothing known. */
    public static final BuyerFacts UNKNOWN = new Builder().buildUnchecked();

    /**
     * Treats {@code null} as unknown and copies the lists. Build with {@link #builder()}: this
     * constructor gains a parameter with every fact the law adds, and is outside the compatibility promise.
     */
    @GrowsWithEveryFact
    public BuyerFacts {
        authorityKind = authorityKind == null ? Optional.empty() : authorityKind;
        isCentralGovernmentAuthority = isCentralGovernmentAuthority == null ? Optional.empty() : isCentralGovernmentAuthority;
        buyerControlsSupplier = buyerControlsSupplier == null ? Optional.empty() : buyerControlsSupplier;
        supplierActivityShareForControllers = supplierActivityShareForControllers == null ? Optional.empty() : supplierActivityShareForControllers;
        supplierHasPrivateCapital = supplierHasPrivateCapital == null ? Optional.empty() : supplierHasPrivateCapital;
        isCooperationBetweenAuthorities = isCooperationBetweenAuthorities == null ? Optional.empty() : isCooperationBetweenAuthorities;
        cooperationMarketShare = cooperationMarketShare == null ? Optional.empty() : cooperationMarketShare;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these facts, to learn more of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.authorityKind = authorityKind.orElse(null);
        b.isCentralGovernmentAuthority = isCentralGovernmentAuthority.orElse(null);
        b.buyerControlsSupplier = buyerControlsSupplier.orElse(null);
        supplierActivityShareForControllers.ifPresent(v -> b.supplierActivityShareForControllers = v.value().doubleValue());
        b.supplierHasPrivateCapital = supplierHasPrivateCapital.orElse(null);
        b.isCooperationBetweenAuthorities = isCooperationBetweenAuthorities.orElse(null);
        cooperationMarketShare.ifPresent(v -> b.cooperationMarketShare = v.value().doubleValue());
        return b;
    }

    /** Collects raw values; {@code null} leaves a fact unknown. Not thread-safe. */
    public static final class Builder {
        private AuthorityKind authorityKind;
        private Boolean isCentralGovernmentAuthority;
        private Boolean buyerControlsSupplier;
        private Double supplierActivityShareForControllers;
        private Boolean supplierHasPrivateCapital;
        private Boolean isCooperationBetweenAuthorities;
        private Double cooperationMarketShare;

        Builder() {
        }

        /** Who buys (FOA § 1-2 (1) a-d); a utility or a non-contracting buyer is outside FOA. */
        public Builder authorityKind(AuthorityKind authorityKind) {
            this.authorityKind = authorityKind;
            return this;
        }

        /** Overrides whether the lower state EEA threshold applies (FOA § 5-3 (1) a); derived from the authority kind when unknown. */
        public Builder isCentralGovernmentAuthority(Boolean isCentralGovernmentAuthority) {
            this.isCentralGovernmentAuthority = isCentralGovernmentAuthority;
            return this;
        }

        /** The buyer, alone or jointly, controls the supplier like its own department (FOA § 3-1 (1) a, § 3-2). */
        public Builder buyerControlsSupplier(Boolean buyerControlsSupplier) {
            this.buyerControlsSupplier = buyerControlsSupplier;
            return this;
        }

        /** Share of the supplier's activity performed for its controlling authorities (FOA § 3-1 (1) b; more than 80 % needed). A percentage from 0 to 100. */
        public Builder supplierActivityShareForControllers(Double supplierActivityShareForControllers) {
            this.supplierActivityShareForControllers = supplierActivityShareForControllers;
            return this;
        }

        /** The supplier has direct private ownership (FOA § 3-1 (1) c). */
        public Builder supplierHasPrivateCapital(Boolean supplierHasPrivateCapital) {
            this.supplierHasPrivateCapital = supplierHasPrivateCapital;
            return this;
        }

        /** The contract is a cooperation between contracting authorities for a common public task (FOA § 3-3). */
        public Builder isCooperationBetweenAuthorities(Boolean isCooperationBetweenAuthorities) {
            this.isCooperationBetweenAuthorities = isCooperationBetweenAuthorities;
            return this;
        }

        /** Share of the cooperation's activities performed for others than the cooperating authorities (FOA § 3-3 c; less than 20 % needed). A percentage from 0 to 100. */
        public Builder cooperationMarketShare(Double cooperationMarketShare) {
            this.cooperationMarketShare = cooperationMarketShare;
            return this;
        }

        /** Builds the facts, or throws naming every invalid value. */
        public BuyerFacts build() {
            List<Problem> problems = new ArrayList<>();
            BuyerFacts facts = build(problems, "buyer");
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            return facts;
        }

        BuyerFacts buildUnchecked() {
            return build(new ArrayList<>(), "buyer");
        }

        BuyerFacts build(List<Problem> problems, String prefix) {
            Optional<AuthorityKind> authorityKind = Optional.ofNullable(this.authorityKind);
            Optional<Boolean> isCentralGovernmentAuthority = Optional.ofNullable(this.isCentralGovernmentAuthority);
            Optional<Boolean> buyerControlsSupplier = Optional.ofNullable(this.buyerControlsSupplier);
            Optional<Percent> supplierActivityShareForControllers = Checks.percent(this.supplierActivityShareForControllers, prefix + ".supplierActivityShareForControllers", problems);
            Optional<Boolean> supplierHasPrivateCapital = Optional.ofNullable(this.supplierHasPrivateCapital);
            Optional<Boolean> isCooperationBetweenAuthorities = Optional.ofNullable(this.isCooperationBetweenAuthorities);
            Optional<Percent> cooperationMarketShare = Checks.percent(this.cooperationMarketShare, prefix + ".cooperationMarketShare", problems);
            return new BuyerFacts(authorityKind, isCentralGovernmentAuthority, buyerControlsSupplier, supplierActivityShareForControllers, supplierHasPrivateCapital, isCooperationBetweenAuthorities, cooperationMarketShare);
        }
    }
}
