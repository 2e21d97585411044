package io.github.veivalg.kb.vocabulary;

/** Who is buying (spec a.1, FOA § 1-2 (1) a–d). */
public enum AuthorityKind {
    STATE, MUNICIPALITY, COUNTY, BODY_GOVERNED_BY_PUBLIC_LAW, ASSOCIATION_OF_AUTHORITIES, UTILITY, NOT_CONTRACTING_AUTHORITY
}
