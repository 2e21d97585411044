package io.github.veivalg.kb.vocabulary;

/** What kind of contract it is (spec a.2): goods, services, works, or a mix of them. */
public enum SubjectType {
    GOODS, SERVICES, WORKS, MIXED
}
