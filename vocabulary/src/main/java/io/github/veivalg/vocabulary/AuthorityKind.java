package io.github.veivalg.vocabulary;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** Who is buying (FOA § 1-2 (1) a–d), or a buyer outside FOA. */
@API(status = STABLE, since = "0.1")
public enum AuthorityKind {
    STATE, MUNICIPALITY, COUNTY, BODY_GOVERNED_BY_PUBLIC_LAW, ASSOCIATION_OF_AUTHORITIES, UTILITY, NOT_CONTRACTING_AUTHORITY
}
