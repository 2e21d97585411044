package io.github.veivalg;

import org.apiguardian.api.API;

import io.github.veivalg.vocabulary.Money;

import io.github.veivalg.vocabulary.SubjectType;

import java.util.Optional;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * One lot (delkontrakt) of a purchase divided into lots (FOA § 5-4 (8)).
 *
 * @param id          the lot's id, unique within the purchase
 * @param valueNok    the lot's estimated value
 * @param subjectType goods, services or works; empty when unknown
 */
@API(status = STABLE, since = "0.1")
public record Lot(String id, Money valueNok, Optional<SubjectType> subjectType) {

    /**
     * @throws IllegalArgumentException if the id is blank or the value missing
     */
    public Lot {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A lot needs an id");
        }
        if (valueNok == null) {
            throw new IllegalArgumentException("A lot needs a value");
        }
        subjectType = subjectType == null ? Optional.empty() : subjectType;
    }
}
