package io.github.veivalg.vocabulary;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** What kind of contract it is: goods, services, works, or a mix (FOA § 6-1). */
@API(status = STABLE, since = "0.1")
public enum SubjectType {
    GOODS, SERVICES, WORKS, MIXED
}
