package io.github.veivalg.vocabulary;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** Whether the user consents to confidential information being given out (FOA § 30-4 b). */
@API(status = STABLE, since = "0.1")
public enum UserDisclosureConsent {
    NONE, ONLY_TO_SPECIFIC_SUPPLIERS, GENERAL
}
