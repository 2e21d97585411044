package io.github.veivalg.vocabulary;

/** The supplier's legal form. It never decides a path on its own. */
public enum LegalForm {
    AS, ASA, STIFTELSE, FORENING, SAMVIRKEFORETAK, ENK, ANS_DA, NUF, PUBLIC_BODY, OTHER
}
