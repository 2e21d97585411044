package io.github.veivalg.examples.notice;

import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.examples.notice.NoticeProblem.Reason;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@link AssessmentRequest} a notice makes: only what the notice says. No exemption is stated
 * as absent, no supplier fact is made up; what the law presumes is the engine's business.
 */
public final class NoticeRequest {

    private NoticeRequest() {
    }

    /**
     * The request for a notice, as of a date (the notice's {@code IssueDate}, or the date asked for
     * when the notice is a draft).
     *
     * @throws NoticeRefusal when the facts the notice gives contradict each other
     */
    public static AssessmentRequest of(Notice notice, LocalDate date) throws NoticeRefusal {
        try {
            return AssessmentRequest.builder(date)
                    .buyer(b -> notice.authorityKind().ifPresent(b::authorityKind))
                    .purchase(p -> {
                        notice.subjectType().ifPresent(p::subjectType);
                        if (!notice.cpvCodes().isEmpty()) {
                            p.cpvCodes(notice.cpvCodes());
                        }
                        notice.estimatedValueNok().ifPresent(p::estimatedValueNok);
                        notice.agreementType().ifPresent(p::agreementType);
                        // A notice under FOA announces a public contract: a mutually binding agreement
                        // for payment (FOA § 4-1 a). That is what the notice is, not a presumption.
                        p.isMutuallyBindingForPayment(Boolean.TRUE);
                        List<Notice.NoticeLot> lots = notice.lots();
                        boolean divided = lots.size() > 1;
                        if (divided) {
                            p.isDividedIntoLots(Boolean.TRUE);
                            if (lots.stream().allMatch(l -> l.estimatedValueNok().isPresent())) {
                                lots.forEach(l -> p.lot(l.id(), l.estimatedValueNok().get(), null));
                            }
                        }
                    })
                    .process(pr -> {
                        if (!notice.reservationPaths().isEmpty()) {
                            pr.reservationStatedInNotice(Boolean.TRUE);
                        }
                    })
                    .build();
        } catch (InvalidRequestException e) {
            // A date before FOA is a bad value; anything else is the notice contradicting itself.
            throw new NoticeRefusal(e.problems().stream()
                    .map(p -> new NoticeProblem(p.field().equals("evaluationDate") ? Reason.BAD_VALUE : Reason.CONTRADICTORY_FACTS,
                            p.field(), p.message()))
                    .toList());
        }
    }
}
