package io.github.veivalg.kb.vocabulary;

import io.github.veivalg.vocabulary.*;

import java.util.Set;

/**
 * What the contract's CPV codes say, looked up in the annex lists shipped as data: the service
 * categories they belong to (FOA vedlegg 2 and 3), whether they all fall under vedlegg 4 (§ 30-2),
 * under the § 2-4 g exclusion list, or under the § 2-5 (2) research list, and whether one of them is
 * a cleaning service (§§ 8-12a, 19-3, 19-5).
 */
public final class CpvProfile {

    /** Which part of the § 2-4 g list the codes fall under. */
    public enum CivilProtection { NONE, CIVIL_PROTECTION, AMBULANCE }

    private final boolean hasCodes;
    private final Set<ServiceCategory> categories;
    private final Boolean allInAnnex4;
    private final CivilProtection civilProtection;
    private final Boolean allInResearchList;
    private final boolean anyCleaning;

    public CpvProfile(boolean hasCodes, Set<ServiceCategory> categories, Boolean allInAnnex4,
                      CivilProtection civilProtection, Boolean allInResearchList, boolean anyCleaning) {
        this.hasCodes = hasCodes;
        this.categories = EnumSets.frozen(categories);
        this.allInAnnex4 = allInAnnex4;
        this.civilProtection = civilProtection;
        this.allInResearchList = allInResearchList;
        this.anyCleaning = anyCleaning;
    }

    /** The profile of a contract without CPV codes: nothing is derived. */
    public static CpvProfile none() {
        return new CpvProfile(false, Set.of(), null, CivilProtection.NONE, null, false);
    }

    public boolean isHasCodes() {
        return hasCodes;
    }

    /** The categories of all the codes (more than one for a mixed contract). */
    public Set<ServiceCategory> getCategories() {
        return categories;
    }

    /** The one category of all the codes, or {@code null} when there are none or several. */
    public ServiceCategory getSingleCategory() {
        return categories.size() == 1 ? categories.iterator().next() : null;
    }

    /** Whether every code is a vedlegg 4 service; {@code null} without codes. */
    public Boolean getAllInAnnex4() {
        return allInAnnex4;
    }

    public CivilProtection getCivilProtection() {
        return civilProtection;
    }

    /** Whether every code is one of the R&amp;D codes of § 2-5 (2); {@code null} without codes. */
    public Boolean getAllInResearchList() {
        return allInResearchList;
    }

    /** Whether one of the codes is a cleaning service (CPV 90910000 or a code below it); false without codes. */
    public boolean isAnyCleaning() {
        return anyCleaning;
    }
}
