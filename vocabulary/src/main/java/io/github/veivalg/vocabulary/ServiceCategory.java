package io.github.veivalg.vocabulary;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** The service regime: health and social services (FOA vedlegg 3), other special services (vedlegg 2), ordinary services, or not a service. */
@API(status = STABLE, since = "0.1")
public enum ServiceCategory {
    HEALTH_AND_SOCIAL, OTHER_SPECIAL_SERVICE, ORDINARY, NOT_A_SERVICE
}
