package io.github.veivalg.kb.vocabulary;

/** Which service regime applies (spec a.2): FOA vedlegg 3, vedlegg 2, ordinary services, or not a service. */
public enum ServiceCategory {
    HEALTH_AND_SOCIAL, OTHER_SPECIAL_SERVICE, ORDINARY, NOT_A_SERVICE
}
