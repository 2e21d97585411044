package io.github.veivalg.examples.notice;

import io.github.veivalg.vocabulary.AgreementType;
import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.SubjectType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one eForms notice says, in Veivalg's terms: the facts (buyer, subject, CPV, value, lots,
 * date) and the choices (legal basis, procedure, reservation, justification). Nothing here is
 * guessed: what the notice does not say is empty.
 *
 * @param source              the file the notice was read from
 * @param kind                contract notice, contract award notice or prior information notice
 * @param subtype             the eForms notice subtype (for example {@code 16}, {@code E3})
 * @param issueDate           the notice's {@code IssueDate}, empty when it is a template placeholder
 * @param regime              {@code FOA-EEA} (Directive 2014/24) or {@code NATIONAL} (legal basis by ELI)
 * @param foaParts            the Parts of FOA the notice names as its legal basis ("Del 1 og 2" is {1, 2}); empty when it names none
 * @param legalBasisText      the legal basis as the notice words it, for the explanation
 * @param buyerLegalTypes     the buyers' {@code buyer-legal-type} codes
 * @param authorityKind       the kind of buyer, when every buyer's code names the same one
 * @param subjectType         from {@code contract-nature}
 * @param cpvCodes            the main and additional CPV codes of the procedure
 * @param estimatedValueNok   {@code EstimatedOverallContractAmount} of the procedure, whole kroner
 * @param lots                the lots (or DFØ's parts) with their estimated values
 * @param agreementType       from {@code framework-agreement} and {@code dps-usage}, when the notice says
 * @param procedureCode       {@code procurement-procedure-type}
 * @param procedurePaths      the paths that are this procedure (mapping table)
 * @param justificationCodes  {@code direct-award-justification} codes
 * @param justificationPaths  the ground paths they name; empty when none is modelled
 * @param reservationPaths    the reservation paths the notice uses
 * @param warnings            what the reader noticed and the verdict should say (placeholders, open questions)
 */
public record Notice(
        String source,
        Kind kind,
        String subtype,
        Optional<LocalDate> issueDate,
        String regime,
        Set<Integer> foaParts,
        Optional<String> legalBasisText,
        List<String> buyerLegalTypes,
        Optional<AuthorityKind> authorityKind,
        Optional<SubjectType> subjectType,
        List<String> cpvCodes,
        Optional<Long> estimatedValueNok,
        List<NoticeLot> lots,
        Optional<AgreementType> agreementType,
        Optional<String> procedureCode,
        Set<PathId> procedurePaths,
        List<String> justificationCodes,
        Set<PathId> justificationPaths,
        Set<PathId> reservationPaths,
        List<String> warnings) {

    /** The kinds of eForms procurement notice the reader knows, by their root element. */
    public enum Kind {
        CONTRACT_NOTICE("ContractNotice"),
        CONTRACT_AWARD_NOTICE("ContractAwardNotice"),
        PRIOR_INFORMATION_NOTICE("PriorInformationNotice");

        private final String root;

        Kind(String root) {
            this.root = root;
        }

        /** The root element's local name. */
        public String root() {
            return root;
        }

        static Optional<Kind> ofRoot(String localName) {
            for (Kind k : values()) {
                if (k.root.equals(localName)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** A lot (or one of DFØ's parts) and its estimated value, when the notice gives one. */
    public record NoticeLot(String id, Optional<Long> estimatedValueNok) {
    }

    public Notice {
        foaParts = Set.copyOf(foaParts);
        buyerLegalTypes = List.copyOf(buyerLegalTypes);
        cpvCodes = List.copyOf(cpvCodes);
        lots = List.copyOf(lots);
        procedurePaths = Set.copyOf(procedurePaths);
        justificationCodes = List.copyOf(justificationCodes);
        justificationPaths = Set.copyOf(justificationPaths);
        reservationPaths = Set.copyOf(reservationPaths);
        warnings = List.copyOf(warnings);
    }
}
