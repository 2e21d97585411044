package io.github.veivalg.kb.vocabulary;

/** The supplier's legal form (spec a.4). Never decides a path on its own. */
public enum LegalForm {
    AS, ASA, STIFTELSE, FORENING, SAMVIRKEFORETAK, ENK, ANS_DA, NUF, PUBLIC_BODY, OTHER
}
