package io.github.veivalg.kb.vocabulary;

/** The form of the agreement (spec a.2). */
public enum AgreementType {
    SINGLE_CONTRACT, FRAMEWORK_AGREEMENT, DYNAMIC_PURCHASING_SYSTEM, CONCESSION
}
