package io.github.veivalg;

import io.github.veivalg.internal.GrowsWithEveryFact;

import org.apiguardian.api.API;

import io.github.veivalg.vocabulary.PathStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Facts about the procurement process (spec a.5). Every fact is optional: an empty value means <em>unknown</em>, and a
 * path that needs an unknown fact comes back {@link PathStatus#UNDETERMINED} naming it.
 *
 * <p>Build with {@link #builder()}; the builder accepts raw values and the enclosing
 * {@link AssessmentRequest.Builder#build()} reports every invalid one at once.
 *
 * @param reservationStatedInNotice The notice states the reservation (FOA §§ 8-8, 16-9, 30-2 (3), 30-2a (3), 30-3).
 * @param reservationContributesToSocialGoalsAndBudgetEfficiency The buyer has documented that reserving for ideelle serves social goals, the common good and budget efficiency (FOA § 30-2a (1)).
 * @param emergencyWithQualifiedStaff The ambulance service is emergency care with qualified health staff, not patient transport (FOA § 2-4 g).
 * @param priorInformationOrContractNotice A contract notice or prior notice will be published (FOA § 30-5 (1)).
 * @param isPilot A time-limited, paid pilot.
 * @param isSocialOutcomeContract Payment depends on social results (social outcome contract).
 */
@API(status = STABLE, since = "0.1")
public record ProcessFacts(
        Optional<Boolean> reservationStatedInNotice,
        Optional<Boolean> reservationContributesToSocialGoalsAndBudgetEfficiency,
        Optional<Boolean> emergencyWithQualifiedStaff,
        Optional<Boolean> priorInformationOrContractNotice,
        Optional<Boolean> isPilot,
        Optional<Boolean> isSocialOutcomeContract) {

    /** Nothing known. */
    public static final ProcessFacts UNKNOWN = new Builder().buildUnchecked();

    /**
     * Treats {@code null} as unknown and copies the lists. Build with {@link #builder()}: this
     * constructor gains a parameter with every fact the law adds, and is outside the compatibility promise.
     */
    @GrowsWithEveryFact
    public ProcessFacts {
        reservationStatedInNotice = reservationStatedInNotice == null ? Optional.empty() : reservationStatedInNotice;
        reservationContributesToSocialGoalsAndBudgetEfficiency = reservationContributesToSocialGoalsAndBudgetEfficiency == null ? Optional.empty() : reservationContributesToSocialGoalsAndBudgetEfficiency;
        emergencyWithQualifiedStaff = emergencyWithQualifiedStaff == null ? Optional.empty() : emergencyWithQualifiedStaff;
        priorInformationOrContractNotice = priorInformationOrContractNotice == null ? Optional.empty() : priorInformationOrContractNotice;
        isPilot = isPilot == null ? Optional.empty() : isPilot;
        isSocialOutcomeContract = isSocialOutcomeContract == null ? Optional.empty() : isSocialOutcomeContract;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these facts, to learn more of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.reservationStatedInNotice = reservationStatedInNotice.orElse(null);
        b.reservationContributesToSocialGoalsAndBudgetEfficiency = reservationContributesToSocialGoalsAndBudgetEfficiency.orElse(null);
        b.emergencyWithQualifiedStaff = emergencyWithQualifiedStaff.orElse(null);
        b.priorInformationOrContractNotice = priorInformationOrContractNotice.orElse(null);
        b.isPilot = isPilot.orElse(null);
        b.isSocialOutcomeContract = isSocialOutcomeContract.orElse(null);
        return b;
    }

    /** Collects raw values; {@code null} leaves a fact unknown. Not thread-safe. */
    public static final class Builder {
        private Boolean reservationStatedInNotice;
        private Boolean reservationContributesToSocialGoalsAndBudgetEfficiency;
        private Boolean emergencyWithQualifiedStaff;
        private Boolean priorInformationOrContractNotice;
        private Boolean isPilot;
        private Boolean isSocialOutcomeContract;

        Builder() {
        }

        /** The notice states the reservation (FOA §§ 8-8, 16-9, 30-2 (3), 30-2a (3), 30-3). */
        public Builder reservationStatedInNotice(Boolean reservationStatedInNotice) {
            this.reservationStatedInNotice = reservationStatedInNotice;
            return this;
        }

        /** The buyer has documented that reserving for ideelle serves social goals, the common good and budget efficiency (FOA § 30-2a (1)). */
        public Builder reservationContributesToSocialGoalsAndBudgetEfficiency(Boolean reservationContributesToSocialGoalsAndBudgetEfficiency) {
            this.reservationContributesToSocialGoalsAndBudgetEfficiency = reservationContributesToSocialGoalsAndBudgetEfficiency;
            return this;
        }

        /** The ambulance service is emergency care with qualified health staff, not patient transport (FOA § 2-4 g). */
        public Builder emergencyWithQualifiedStaff(Boolean emergencyWithQualifiedStaff) {
            this.emergencyWithQualifiedStaff = emergencyWithQualifiedStaff;
            return this;
        }

        /** A contract notice or prior notice will be published (FOA § 30-5 (1)). */
        public Builder priorInformationOrContractNotice(Boolean priorInformationOrContractNotice) {
            this.priorInformationOrContractNotice = priorInformationOrContractNotice;
            return this;
        }

        /** A time-limited, paid pilot. */
        public Builder isPilot(Boolean isPilot) {
            this.isPilot = isPilot;
            return this;
        }

        /** Payment depends on social results (social outcome contract). */
        public Builder isSocialOutcomeContract(Boolean isSocialOutcomeContract) {
            this.isSocialOutcomeContract = isSocialOutcomeContract;
            return this;
        }

        /** Builds the facts, or throws naming every invalid value. */
        public ProcessFacts build() {
            List<Problem> problems = new ArrayList<>();
            ProcessFacts facts = build(problems, "process");
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            return facts;
        }

        ProcessFacts buildUnchecked() {
            return build(new ArrayList<>(), "process");
        }

        ProcessFacts build(List<Problem> problems, String prefix) {
            Optional<Boolean> reservationStatedInNotice = Optional.ofNullable(this.reservationStatedInNotice);
            Optional<Boolean> reservationContributesToSocialGoalsAndBudgetEfficiency = Optional.ofNullable(this.reservationContributesToSocialGoalsAndBudgetEfficiency);
            Optional<Boolean> emergencyWithQualifiedStaff = Optional.ofNullable(this.emergencyWithQualifiedStaff);
            Optional<Boolean> priorInformationOrContractNotice = Optional.ofNullable(this.priorInformationOrContractNotice);
            Optional<Boolean> isPilot = Optional.ofNullable(this.isPilot);
            Optional<Boolean> isSocialOutcomeContract = Optional.ofNullable(this.isSocialOutcomeContract);
            return new ProcessFacts(reservationStatedInNotice, reservationContributesToSocialGoalsAndBudgetEfficiency, emergencyWithQualifiedStaff, priorInformationOrContractNotice, isPilot, isSocialOutcomeContract);
        }
    }
}
