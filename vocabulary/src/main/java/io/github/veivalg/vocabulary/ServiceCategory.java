package io.github.veivalg.vocabulary;

/** The service regime: health and social services (FOA vedlegg 3), other special services (vedlegg 2), ordinary services, or not a service. */
public enum ServiceCategory {
    HEALTH_AND_SOCIAL, OTHER_SPECIAL_SERVICE, ORDINARY, NOT_A_SERVICE
}
