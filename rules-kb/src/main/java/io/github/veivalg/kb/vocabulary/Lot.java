package io.github.veivalg.kb.vocabulary;

import io.github.veivalg.vocabulary.*;

/** One lot (delkontrakt) of a purchase divided into lots (FOA § 5-4 (8)). */
public record Lot(String id, Long valueNok, SubjectType subjectType) {
}
