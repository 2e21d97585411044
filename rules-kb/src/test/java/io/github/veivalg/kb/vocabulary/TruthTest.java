package io.github.veivalg.kb.vocabulary;

import io.github.veivalg.vocabulary.*;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TruthTest {

    private final Truth a = Truth.unknown(Fact.IS_NON_PROFIT);
    private final Truth b = Truth.unknown(Fact.PAYS_DIVIDENDS);

    @Test
    void all_isFalseAsSoonAsOnePartIsFalse_whateverIsUnknown() {
        assertThat(Truth.all(a, Truth.FALSE)).isEqualTo(Truth.FALSE);
        assertThat(Truth.all(Truth.TRUE, Truth.TRUE)).isEqualTo(Truth.TRUE);
        assertThat(Truth.all(a, b, Truth.TRUE).getMissing()).containsExactlyInAnyOrder(Fact.IS_NON_PROFIT, Fact.PAYS_DIVIDENDS);
        assertThat(Truth.all()).isEqualTo(Truth.TRUE);
    }

    @Test
    void any_isTrueAsSoonAsOnePartIsTrue_whateverIsUnknown() {
        assertThat(Truth.any(a, Truth.TRUE)).isEqualTo(Truth.TRUE);
        assertThat(Truth.any(Truth.FALSE, Truth.FALSE)).isEqualTo(Truth.FALSE);
        assertThat(Truth.any(a, Truth.FALSE).getMissing()).containsExactly(Fact.IS_NON_PROFIT);
        assertThat(Truth.any()).isEqualTo(Truth.FALSE);
    }

    @Test
    void knownParts_combineLikeBooleans_intoTheTwoConstants_forEveryCombinationOfUpToFourParts() {
        for (int n = 0; n <= 4; n++) {
            for (int bits = 0; bits < (1 << n); bits++) {
                Truth[] parts = new Truth[n];
                boolean and = true;
                boolean or = false;
                for (int i = 0; i < n; i++) {
                    boolean value = (bits & (1 << i)) != 0;
                    parts[i] = Truth.of(value);
                    and &= value;
                    or |= value;
                }
                // The constants themselves, not only equal values: nothing is made for known parts (#17).
                assertThat(Truth.all(parts)).as("all of %d parts, bits %d", n, bits).isSameAs(Truth.of(and));
                assertThat(Truth.any(parts)).as("any of %d parts, bits %d", n, bits).isSameAs(Truth.of(or));
            }
        }
    }

    @Test
    void negate_keepsUnknownAndItsFacts() {
        assertThat(Truth.TRUE.negate()).isEqualTo(Truth.FALSE);
        assertThat(Truth.FALSE.negate()).isEqualTo(Truth.TRUE);
        assertThat(a.negate()).isEqualTo(a);
        assertThat(a.and(Truth.TRUE).isUnknown()).isTrue();
        assertThat(a.or(Truth.TRUE).isTrue()).isTrue();
    }

    @Test
    void comparisons_followTheLawsWording() {
        assertThat(Truth.atLeast(30.0, 30, Fact.SHARE_DISADVANTAGED_EMPLOYEES)).isEqualTo(Truth.TRUE);
        assertThat(Truth.atLeast(29.99, 30, Fact.SHARE_DISADVANTAGED_EMPLOYEES)).isEqualTo(Truth.FALSE);
        assertThat(Truth.above(80.0, 80, Fact.SUPPLIER_ACTIVITY_SHARE_FOR_CONTROLLERS)).isEqualTo(Truth.FALSE);
        assertThat(Truth.above(80.01, 80, Fact.SUPPLIER_ACTIVITY_SHARE_FOR_CONTROLLERS)).isEqualTo(Truth.TRUE);
        assertThat(Truth.below(20.0, 20, Fact.COOPERATION_MARKET_SHARE)).isEqualTo(Truth.FALSE);
        assertThat(Truth.below(19.99, 20, Fact.COOPERATION_MARKET_SHARE)).isEqualTo(Truth.TRUE);
        assertThat(Truth.atMost(36, 36, Fact.CONTRACT_DURATION_MONTHS)).isEqualTo(Truth.TRUE);
        assertThat(Truth.atMost(37, 36, Fact.CONTRACT_DURATION_MONTHS)).isEqualTo(Truth.FALSE);
        assertThat(Truth.atMost(null, 36, Fact.CONTRACT_DURATION_MONTHS).getMissing()).containsExactly(Fact.CONTRACT_DURATION_MONTHS);
        assertThat(Truth.oneOf(AgreementType.CONCESSION, Fact.AGREEMENT_TYPE, AgreementType.CONCESSION)).isEqualTo(Truth.TRUE);
        assertThat(Truth.oneOf(null, Fact.AGREEMENT_TYPE, AgreementType.CONCESSION).isUnknown()).isTrue();
        assertThat(Truth.fact(null, Fact.IS_PILOT).toString()).contains("IS_PILOT");
        assertThat(Truth.notFact(true, Fact.IS_PILOT)).isEqualTo(Truth.FALSE);
    }

    @Test
    void presumed_anUnknownException_isNotEstablished_andNamedAsAPresumption() {
        Truth exclusion = Truth.any(Truth.fact(null, Fact.IS_REAL_ESTATE_ACQUISITION_OR_RENTAL), Truth.fact(false, Fact.IS_EMPLOYMENT_CONTRACT));
        assertThat(exclusion.isUnknown()).isTrue();
        assertThat(exclusion.presumed().isFalse()).isTrue();
        assertThat(exclusion.presumed().getPresumptions()).containsExactly(Fact.IS_REAL_ESTATE_ACQUISITION_OR_RENTAL);
        // A fact that must be shown absent reads the other way: private capital is presumed present.
        assertThat(Truth.notFact(null, Fact.SUPPLIER_HAS_PRIVATE_CAPITAL).presumed().isFalse()).isTrue();
        // A figure of an exception reads as its condition not met.
        assertThat(Truth.below(null, 20, Fact.COOPERATION_MARKET_SHARE).presumed().isFalse()).isTrue();
        // A cross-border interest must be shown: its absence is presumed.
        assertThat(Truth.notFact(null, Fact.HAS_CLEAR_CROSS_BORDER_INTEREST).presumed().isTrue()).isTrue();
    }

    @Test
    void presumed_aRegimeOrQualificationFact_staysUnknown_andADefiniteAnswerWinsOverAPresumption() {
        assertThat(Truth.fact(null, Fact.IS_MUTUALLY_BINDING_FOR_PAYMENT).presumed().isUnknown()).isTrue();
        assertThat(Truth.fact(null, Fact.IS_NON_PROFIT).presumed().isUnknown()).isTrue();
        Truth both = Truth.all(Truth.fact(null, Fact.BOUGHT_ON_EXCHANGE), Truth.FALSE);
        assertThat(both.presumed().isFalse()).isTrue();
        assertThat(both.presumed().getPresumptions()).isEmpty();
        Truth mixed = Truth.all(Truth.fact(null, Fact.EMERGENCY_WITH_QUALIFIED_STAFF), Truth.unknown(Fact.CPV_CODES));
        assertThat(mixed.presumed().isFalse()).as("the exception's own fact settles it without the codes").isTrue();
        assertThat(mixed.isUnknown()).isTrue();
    }

    @Test
    void presumed_anUnknownUndertaking_readsAsDone_andIsRemembered() {
        Truth reservation = Truth.all(Truth.TRUE, Truth.fact(null, Fact.RESERVATION_STATED_IN_NOTICE));
        assertThat(reservation.isUnknown()).isTrue();
        assertThat(reservation.presumed().isTrue()).isTrue();
        assertThat(reservation.presumed().getUndertakings()).containsExactly(Fact.RESERVATION_STATED_IN_NOTICE);
        assertThat(Truth.all(Truth.FALSE, Truth.fact(null, Fact.RESERVATION_STATED_IN_NOTICE)).presumed().getUndertakings()).isEmpty();
    }

    @Test
    void everyFact_hasAKindAndALegalBasis() {
        for (Fact f : Fact.values()) {
            assertThat(f.kind()).as("%s", f).isNotNull();
            assertThat(f.legalBasis()).as("%s", f).isNotBlank();
        }
    }
}
