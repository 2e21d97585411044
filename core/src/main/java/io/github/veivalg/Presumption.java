package io.github.veivalg;

import io.github.veivalg.internal.Messages;
import io.github.veivalg.kb.vocabulary.Msg;

import java.util.Locale;
import java.util.Objects;

/**
 * An exception nobody has shown, taken as not established, that a path's status rests on (spec
 * section a.0): the law reads exceptions narrowly and puts the burden of proof on whoever relies
 * on one, so the ordinary rule applies, and the answer says so. Learning the fact may change the
 * status; {@link AssessmentRequest.Builder#strict(boolean) strict} answers make no presumptions.
 *
 * <p>Immutable value; equal when fact and legal basis are.
 */
public final class Presumption {

    private final String fact;
    private final String legalBasis;
    private final Msg text;
    private final Locale locale;
    private final Messages messages;

    Presumption(String fact, String legalBasis, Msg text, Locale locale, Messages messages) {
        this.fact = fact;
        this.legalBasis = legalBasis;
        this.text = text;
        this.locale = locale;
        this.messages = messages;
    }

    /** The unknown fact, by its field path in the JSON contract, for example {@code purchase.isRealEstateAcquisitionOrRental}. */
    public String fact() {
        return fact;
    }

    /** The provision of the exception, for example {@code FOA § 2-4 a}. */
    public String legalBasis() {
        return legalBasis;
    }

    /** The presumption in a sentence, in the assessment's language. */
    public String text() {
        return messages.render(text, locale);
    }

    /** The presumption in the given language (bokmål for Norwegian, otherwise English). */
    public String text(Locale language) {
        return messages.render(text, language);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Presumption other && fact.equals(other.fact) && legalBasis.equals(other.legalBasis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fact, legalBasis);
    }

    @Override
    public String toString() {
        return fact + " (" + legalBasis + ")";
    }
}
