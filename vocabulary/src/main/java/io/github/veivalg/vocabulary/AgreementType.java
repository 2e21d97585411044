package io.github.veivalg.vocabulary;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** The form of the agreement (FOA § 4-1 h and i). */
@API(status = STABLE, since = "0.1")
public enum AgreementType {
    SINGLE_CONTRACT, FRAMEWORK_AGREEMENT, DYNAMIC_PURCHASING_SYSTEM, CONCESSION
}
