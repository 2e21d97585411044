package io.github.veivalg.kb.vocabulary;

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
}
