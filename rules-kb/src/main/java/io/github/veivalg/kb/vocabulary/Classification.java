package io.github.veivalg.kb.vocabulary;

import io.github.veivalg.vocabulary.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The subject (goods, services, works) and the service category that decide which threshold
 * applies, reconciled from the caller's facts and the CPV codes.
 *
 * <p>CPV codes win over a stated category (spec a.2: the caller may not override a CPV-derived
 * category); codes of several categories leave the choice to the stated category when it is one
 * of them (FOA § 6-1 (2): the part of highest value decides, which only the caller knows).
 */
public final class Classification {
    private final SubjectType subject;
    private final ServiceCategory category;
    private final Set<Fact> subjectMissing;
    private final Set<Fact> categoryMissing;

    private Classification(SubjectType subject, ServiceCategory category, Set<Fact> subjectMissing, Set<Fact> categoryMissing) {
        this.subject = subject;
        this.category = category;
        this.subjectMissing = EnumSets.frozen(subjectMissing);
        this.categoryMissing = EnumSets.frozen(categoryMissing);
    }

    public static Classification of(Case c, CpvProfile cpv) {
        ServiceCategory stated = c.choice(Fact.SERVICE_CATEGORY, ServiceCategory.class);
        ServiceCategory category;
        EnumSet<Fact> categoryMissing = EnumSet.noneOf(Fact.class);
        if (cpv.getSingleCategory() != null) {
            category = cpv.getSingleCategory();
        } else if (cpv.getCategories().size() > 1) {
            category = cpv.getCategories().contains(stated) ? stated : null;
        } else {
            category = stated;
        }

        SubjectType subject = c.getEffectiveSubjectType();
        EnumSet<Fact> subjectMissing = EnumSet.noneOf(Fact.class);
        if (subject == null) {
            if (category != null && category != ServiceCategory.NOT_A_SERVICE) {
                subject = SubjectType.SERVICES;
            } else {
                subjectMissing.add(c.choice(Fact.SUBJECT_TYPE, SubjectType.class) == SubjectType.MIXED ? Fact.MAIN_SUBJECT_TYPE : Fact.SUBJECT_TYPE);
            }
        }
        if (category == null) {
            if (subject == SubjectType.GOODS || subject == SubjectType.WORKS) {
                category = ServiceCategory.NOT_A_SERVICE;
            } else {
                categoryMissing.add(Fact.SERVICE_CATEGORY);
                // Goods or works would settle it too (not a service), so the subject is missing as well.
                categoryMissing.addAll(subjectMissing);
            }
        }
        return new Classification(subject, category, subjectMissing, categoryMissing);
    }

    /** Goods, services or works; {@code null} when unknown. Never MIXED: the main subject decides. */
    public SubjectType getSubject() {
        return subject;
    }

    /** The service category; {@code null} when unknown. */
    public ServiceCategory getCategory() {
        return category;
    }

    public Set<Fact> getSubjectMissing() {
        return subjectMissing;
    }

    public Set<Fact> getCategoryMissing() {
        return categoryMissing;
    }

    /**
     * Goods, works or an ordinary service: neither a special service (vedlegg 2) nor a health and
     * social service (vedlegg 3), so the thresholds of § 5-3 (1) apply.
     */
    public boolean isOrdinaryRegime() {
        return category == ServiceCategory.NOT_A_SERVICE || category == ServiceCategory.ORDINARY;
    }

    public boolean isHealthAndSocial() {
        return category == ServiceCategory.HEALTH_AND_SOCIAL;
    }

    /** Three-valued: is this a health and social service of vedlegg 3? */
    public Truth healthAndSocial() {
        return category == null ? Truth.unknown(categoryMissing) : Truth.of(category == ServiceCategory.HEALTH_AND_SOCIAL);
    }
}
