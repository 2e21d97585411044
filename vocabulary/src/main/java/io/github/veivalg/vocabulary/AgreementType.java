package io.github.veivalg.vocabulary;

/** The form of the agreement (FOA § 4-1 h and i). */
public enum AgreementType {
    SINGLE_CONTRACT, FRAMEWORK_AGREEMENT, DYNAMIC_PURCHASING_SYSTEM, CONCESSION
}
