package io.github.veivalg.kb.data;

import io.github.veivalg.vocabulary.*;

import io.github.veivalg.kb.vocabulary.CpvProfile;
import io.github.veivalg.vocabulary.ServiceCategory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CpvCatalogueTest {

    /** Loaded once for the class; the catalogue is immutable. */
    private static final CpvCatalogue CATALOGUE = CpvCatalogue.load();

    @Test
    void categoryOf_followsTheAnnexesOfTheLawText() {
        assertThat(CATALOGUE.categoryOf("85312000")).isEqualTo(ServiceCategory.HEALTH_AND_SOCIAL);
        assertThat(CATALOGUE.categoryOf("85323000")).as("upper end of the vedlegg 3 range").isEqualTo(ServiceCategory.HEALTH_AND_SOCIAL);
        assertThat(CATALOGUE.categoryOf("80000000-4")).as("a check digit is accepted").isEqualTo(ServiceCategory.HEALTH_AND_SOCIAL);
        assertThat(CATALOGUE.categoryOf("75231240")).isEqualTo(ServiceCategory.HEALTH_AND_SOCIAL);
        assertThat(CATALOGUE.categoryOf("55512000")).as("canteens are vedlegg 2").isEqualTo(ServiceCategory.OTHER_SPECIAL_SERVICE);
        assertThat(CATALOGUE.categoryOf("79611000")).isEqualTo(ServiceCategory.OTHER_SPECIAL_SERVICE);
        assertThat(CATALOGUE.categoryOf("90910000")).as("cleaning is an ordinary service").isEqualTo(ServiceCategory.ORDINARY);
        assertThat(CATALOGUE.categoryOf("45210000")).as("works").isEqualTo(ServiceCategory.NOT_A_SERVICE);
        assertThat(CATALOGUE.categoryOf("30200000")).as("goods").isEqualTo(ServiceCategory.NOT_A_SERVICE);
    }

    @Test
    void categoryOf_singleCodes_matchOnlyThemselves_lawTextWinsOverTheSpecRange() {
        // The spec writes catering as 55510000-55524000; the law text lists single codes (review R1).
        assertThat(CATALOGUE.categoryOf("55510000")).isEqualTo(ServiceCategory.OTHER_SPECIAL_SERVICE);
        assertThat(CATALOGUE.categoryOf("55515000")).as("not listed in vedlegg 2").isEqualTo(ServiceCategory.ORDINARY);
    }

    @Test
    void profile_withoutCodes_derivesNothing() {
        CpvProfile none = CATALOGUE.profile(List.of());
        assertThat(none.isHasCodes()).isFalse();
        assertThat(none.getAllInAnnex4()).isNull();
        assertThat(none.getAllInResearchList()).isNull();
        assertThat(CATALOGUE.profile(null).isHasCodes()).isFalse();
    }

    @Test
    void profile_annex4_isNarrowerThanAnnex3() {
        assertThat(CATALOGUE.profile(List.of("85312000")).getAllInAnnex4()).isTrue();
        assertThat(CATALOGUE.profile(List.of("80000000")).getAllInAnnex4()).as("education is vedlegg 3, not 4").isFalse();
        assertThat(CATALOGUE.profile(List.of("85312000", "80000000")).getAllInAnnex4()).isFalse();
    }

    @Test
    void profile_civilProtection_andAmbulance() {
        assertThat(CATALOGUE.profile(List.of("75252000")).getCivilProtection()).isEqualTo(CpvProfile.CivilProtection.CIVIL_PROTECTION);
        assertThat(CATALOGUE.profile(List.of("85143000")).getCivilProtection()).isEqualTo(CpvProfile.CivilProtection.AMBULANCE);
        assertThat(CATALOGUE.profile(List.of("85143000", "85312000")).getCivilProtection()).isEqualTo(CpvProfile.CivilProtection.NONE);
    }

    @Test
    void profile_researchList_andMixedCategories() {
        assertThat(CATALOGUE.profile(List.of("73110000")).getAllInResearchList()).isTrue();
        assertThat(CATALOGUE.profile(List.of("73210000")).getAllInResearchList()).isFalse();
        CpvProfile mixed = CATALOGUE.profile(List.of("85312000", "55512000"));
        assertThat(mixed.getCategories()).containsExactlyInAnyOrder(ServiceCategory.HEALTH_AND_SOCIAL, ServiceCategory.OTHER_SPECIAL_SERVICE);
        assertThat(mixed.getSingleCategory()).isNull();
    }

    @Test
    void malformedCode_isRefused() {
        assertThatThrownBy(() -> CATALOGUE.categoryOf("8531")).isInstanceOf(IllegalArgumentException.class);
    }
}
