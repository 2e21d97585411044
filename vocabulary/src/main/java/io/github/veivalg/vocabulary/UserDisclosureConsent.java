package io.github.veivalg.vocabulary;

/** Whether the user consents to confidential information being given out (FOA § 30-4 b). */
public enum UserDisclosureConsent {
    NONE, ONLY_TO_SPECIFIC_SUPPLIERS, GENERAL
}
