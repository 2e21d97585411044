package io.github.veivalg;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * An exception nobody has shown, taken as not established, that a path's status rests on (spec
 * section a.0): the law reads exceptions narrowly and puts the burden of proof on whoever relies
 * on one, so the ordinary rule applies, and the answer says so. Learning the fact may change the
 * status; {@link AssessmentRequest.Builder#strict(boolean) strict} answers make no presumptions.
 *
 * @param fact       the unknown fact, by its field path in the JSON contract, for example
 *                   {@code purchase.isRealEstateAcquisitionOrRental}
 * @param legalBasis the provision of the exception, for example {@code FOA § 2-4 a}
 * @param text       the presumption in a sentence, in the assessment's language
 */
@API(status = STABLE, since = "0.1")
public record Presumption(String fact, String legalBasis, String text) {

    /** @throws NullPointerException if a component is {@code null} */
    public Presumption {
        Values.required(fact, "fact");
        Values.required(legalBasis, "legalBasis");
        Values.required(text, "text");
    }

    @Override
    public String toString() {
        return fact + " (" + legalBasis + ")";
    }
}
