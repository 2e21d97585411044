package io.github.veivalg.kb.data;

import io.github.veivalg.kb.vocabulary.LawUncertainty;
import io.github.veivalg.kb.vocabulary.ThresholdRow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThresholdTableTest {

    /** The shipped table, loaded once; it is immutable. */
    private static final ThresholdTable TABLE = ThresholdTable.load();

    @Test
    void shippedTable_hasRowsT1ToT5_withTheSpecFigures() {
        assertThat(TABLE.rows()).extracting(ThresholdRow::id).containsExactly("T1", "T2", "T3", "T4", "T5");
        ThresholdRow t5 = TABLE.rowFor(LocalDate.of(2025, 1, 1)).orElseThrow();
        assertThat(t5.lowerLimit()).isEqualTo(100_000);
        assertThat(t5.national()).isEqualTo(1_300_000);
        assertThat(t5.eeaState()).isEqualTo(1_490_000);
        assertThat(t5.eeaOther()).isEqualTo(2_300_000);
        assertThat(t5.eeaWorks()).isEqualTo(57_800_000);
        assertThat(t5.eeaHealthSocial()).isEqualTo(7_800_000);
        assertThat(t5.lotGoodsServices()).isEqualTo(836_000L);
        assertThat(t5.lotWorks()).isEqualTo(10_400_000L);
        assertThat(t5.fromConsolidatedText()).isTrue();
        assertThat(t5.validTo()).isNull();
        ThresholdRow t1 = TABLE.rowFor(LocalDate.of(2017, 1, 1)).orElseThrow();
        assertThat(t1.national()).isEqualTo(1_100_000);
        assertThat(t1.eeaHealthSocial()).isEqualTo(6_300_000);
        assertThat(t1.lotGoodsServices()).as("T1 lot ceiling is [UNVERIFIED] in the spec, so no figure").isNull();
        assertThat(TABLE.rowFor(LocalDate.of(2022, 6, 1)).orElseThrow().lotWorks()).as("T4 lot ceilings unverified").isNull();
    }

    @Test
    void rowFor_changeDates_pickTheNewRowOnTheDayOfChange() {
        assertThat(TABLE.rowFor(LocalDate.of(2018, 4, 5)).orElseThrow().id()).isEqualTo("T1");
        assertThat(TABLE.rowFor(LocalDate.of(2018, 4, 6)).orElseThrow().id()).isEqualTo("T2");
        assertThat(TABLE.rowFor(LocalDate.of(2020, 2, 11)).orElseThrow().id()).isEqualTo("T2");
        assertThat(TABLE.rowFor(LocalDate.of(2020, 2, 12)).orElseThrow().id()).isEqualTo("T3");
        assertThat(TABLE.rowFor(LocalDate.of(2022, 3, 22)).orElseThrow().id()).isEqualTo("T3");
        assertThat(TABLE.rowFor(LocalDate.of(2022, 3, 23)).orElseThrow().id()).isEqualTo("T4");
        assertThat(TABLE.rowFor(LocalDate.of(2024, 3, 13)).orElseThrow().id()).isEqualTo("T4");
        assertThat(TABLE.rowFor(LocalDate.of(2024, 3, 14)).orElseThrow().id()).isEqualTo("T5");
        assertThat(TABLE.rowFor(LocalDate.of(2099, 1, 1)).orElseThrow().id()).as("the last row stays in force").isEqualTo("T5");
    }

    @Test
    void rowFor_beforeFoaTookEffect_isEmpty() {
        assertThat(TABLE.rowFor(LocalDate.of(2016, 12, 31))).isEmpty();
    }

    @Test
    void uncertainties_coverTheirDatesOnly() {
        assertThat(TABLE.uncertaintiesOn(LocalDate.of(2025, 12, 31))).extracting(LawUncertainty::code).containsExactly("E2");
        assertThat(TABLE.uncertaintiesOn(LocalDate.of(2026, 1, 1))).extracting(LawUncertainty::code).containsExactlyInAnyOrder("E2", "E4");
        assertThat(TABLE.uncertaintiesOn(LocalDate.of(2025, 5, 14))).isEmpty();
        assertThat(TABLE.uncertaintiesOn(LocalDate.of(2020, 2, 12))).extracting(LawUncertainty::code).containsExactly("E7");
        assertThat(TABLE.uncertaintiesOn(LocalDate.of(2020, 2, 13))).isEmpty();
        assertThat(TABLE.uncertaintiesOn(LocalDate.of(2024, 3, 20))).extracting(LawUncertainty::code).containsExactly("E15", "E15");
        assertThat(TABLE.uncertaintiesOn(LocalDate.of(2024, 3, 21))).isEmpty();
    }

    @Test
    void uncertainty_concernsValue_includesBothEnds() {
        LawUncertainty e16 = TABLE.uncertaintiesOn(LocalDate.of(2023, 1, 1)).get(0);
        assertThat(e16.code()).isEqualTo("E16");
        assertThat(e16.concernsValue(2_199_999L)).isFalse();
        assertThat(e16.concernsValue(2_200_000L)).isTrue();
        assertThat(e16.concernsValue(2_209_999L)).isTrue();
        assertThat(e16.concernsValue(2_210_000L)).isFalse();
        assertThat(e16.concernsValue(null)).isFalse();
    }

    @Test
    void lawVersions_giveTheInForceDatesOfTheHistoryLines() {
        LawVersions versions = LawVersions.load();
        assertThat(versions.on(LocalDate.of(2020, 2, 18)).inForce("FOA § 30-2a")).isFalse();
        assertThat(versions.on(LocalDate.of(2020, 2, 19)).inForce("FOA § 30-2a")).isTrue();
        assertThat(versions.on(LocalDate.of(2023, 12, 31)).inForce("FOA § 7-9 (2024)")).isFalse();
        assertThat(versions.on(LocalDate.of(2024, 1, 1)).inForce("FOA § 7-9 (2024)")).isTrue();
        assertThatThrownBy(() -> versions.on(LocalDate.of(2024, 1, 1)).inForce("FOA § 99-9")).isInstanceOf(IllegalArgumentException.class);
    }
}
