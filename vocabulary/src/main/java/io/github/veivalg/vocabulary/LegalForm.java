package io.github.veivalg.vocabulary;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** The supplier's legal form. It never decides a path on its own. */
@API(status = STABLE, since = "0.1")
public enum LegalForm {
    AS, ASA, STIFTELSE, FORENING, SAMVIRKEFORETAK, ENK, ANS_DA, NUF, PUBLIC_BODY, OTHER
}
