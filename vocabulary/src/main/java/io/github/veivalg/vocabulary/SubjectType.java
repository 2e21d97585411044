package io.github.veivalg.vocabulary;

/** What kind of contract it is: goods, services, works, or a mix (FOA § 6-1). */
public enum SubjectType {
    GOODS, SERVICES, WORKS, MIXED
}
