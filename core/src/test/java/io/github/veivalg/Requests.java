package io.github.veivalg;

import io.github.veivalg.vocabulary.AgreementType;
import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.vocabulary.LegalForm;
import io.github.veivalg.vocabulary.ServiceCategory;
import io.github.veivalg.vocabulary.SubjectType;

import java.time.LocalDate;

/** Requests the tests start from. */
final class Requests {

    private Requests() {
    }

    /** A municipality buying ordinary services, with every scope fact known: FOA applies. */
    static AssessmentRequest.Builder inScope(LocalDate date, long value) {
        return AssessmentRequest.builder(date)
                .buyer(b -> b.authorityKind(AuthorityKind.MUNICIPALITY).buyerControlsSupplier(false)
                        .isCooperationBetweenAuthorities(false))
                .purchase(p -> p.subjectType(SubjectType.SERVICES).serviceCategory(ServiceCategory.ORDINARY)
                        .estimatedValueNok(value).valueIncludesOptionsAndExtensions(true)
                        .agreementType(AgreementType.SINGLE_CONTRACT).isMutuallyBindingForPayment(true)
                        .isGrantUnderGrantRules(false).isUserChoiceScheme(false).isEmploymentContract(false)
                        .involvesExerciseOfPublicAuthority(false).isResearchAndDevelopmentService(false)
                        .isRealEstateAcquisitionOrRental(false).isSplitToAvoidThreshold(false))
                .market(m -> m.hasClearCrossBorderInterest(false))
                .supplier(s -> s.supplierLegalForm(LegalForm.AS).isNonProfit(false));
    }

    static AssessmentRequest inScope(long value) {
        return inScope(LocalDate.of(2025, 6, 1), value).build();
    }
}
