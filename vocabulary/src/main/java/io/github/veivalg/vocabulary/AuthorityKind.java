package io.github.veivalg.vocabulary;

/** Who is buying (FOA § 1-2 (1) a–d), or a buyer outside FOA. */
public enum AuthorityKind {
    STATE, MUNICIPALITY, COUNTY, BODY_GOVERNED_BY_PUBLIC_LAW, ASSOCIATION_OF_AUTHORITIES, UTILITY, NOT_CONTRACTING_AUTHORITY
}
