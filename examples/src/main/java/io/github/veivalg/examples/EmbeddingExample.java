package io.github.veivalg.examples;

import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.PathResult;
import io.github.veivalg.vocabulary.ServiceCategory;
import io.github.veivalg.vocabulary.SubjectType;
import io.github.veivalg.Veivalg;

import java.time.LocalDate;
import java.util.Locale;

/** The API in about twenty lines: a municipality buys a canteen service from a work-integration enterprise. */
public final class EmbeddingExample {

    public static void main(String[] args) {
        try (Veivalg veivalg = Veivalg.create()) {                       // load once, share across threads
            AssessmentRequest request = AssessmentRequest.builder(LocalDate.of(2025, 9, 1))
                    .buyer(b -> b.authorityKind(AuthorityKind.MUNICIPALITY).buyerControlsSupplier(false)
                            .isCooperationBetweenAuthorities(false))
                    .purchase(p -> p.subjectType(SubjectType.SERVICES).serviceCategory(ServiceCategory.OTHER_SPECIAL_SERVICE)
                            .cpvCodes("55512000").estimatedValueNok(2_400_000L).valueIncludesOptionsAndExtensions(true)
                            .agreementType(io.github.veivalg.vocabulary.AgreementType.SINGLE_CONTRACT).isMutuallyBindingForPayment(true)
                            .isGrantUnderGrantRules(false).isUserChoiceScheme(false).isEmploymentContract(false)
                            .involvesExerciseOfPublicAuthority(false).isResearchAndDevelopmentService(false)
                            .isRealEstateAcquisitionOrRental(false))
                    .supplier(s -> s.supplierLegalForm(io.github.veivalg.vocabulary.LegalForm.AS).isNonProfit(false).mainPurposeWorkIntegration(true).shareDisadvantagedEmployees(45.0))
                    .process(p -> p.reservationStatedInNotice(true))
                    .build();                                            // refuses bad input, naming every problem
            Assessment assessment = veivalg.assess(request, Locale.ENGLISH);
            System.out.println("Band: " + assessment.band());
            for (PathResult path : assessment.openPaths()) {             // most freedom for the buyer first
                System.out.println(path.id() + " " + path.status() + " " + path.legalBasis() + ": " + path.reason());
            }
        }
    }
}
