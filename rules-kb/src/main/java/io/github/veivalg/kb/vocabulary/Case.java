package io.github.veivalg.kb.vocabulary;

import io.github.veivalg.vocabulary.*;

import java.time.LocalDate;
import java.util.List;

/**
 * The purchase being assessed, as one flat fact: every input fact of spec section a, keyed by its
 * {@link Fact}. The rules read a fact by its key ({@code c.bool(Fact.IS_NON_PROFIT)}), so a new fact
 * needs no new field, getter or setter here: its declaration in {@link Fact} is enough.
 *
 * <p>A {@code null} value means the fact is unknown; rules treat it with three-valued logic (see
 * {@link Truth}) and never guess it. The engine fills this object once and the rules only read it.
 */
public final class Case {

    private final Object[] values = new Object[Fact.values().length];
    // Not a fact: whether the request asked for strict answers, without presumptions (spec a.0).
    private boolean strict;

    public boolean isStrict() {
        return strict;
    }

    public Case setStrict(boolean strict) {
        this.strict = strict;
        return this;
    }

    /**
     * Sets a fact; {@code null} leaves it unknown.
     *
     * @throws IllegalArgumentException if the value is not of the fact's type
     */
    public Case set(Fact fact, Object value) {
        if (value != null && !fact.type().isInstance(value)) {
            throw new IllegalArgumentException(fact.fieldPath() + " takes a " + fact.type().getSimpleName()
                    + ", not a " + value.getClass().getSimpleName());
        }
        values[fact.ordinal()] = value;
        return this;
    }

    /** The fact's value, or {@code null} while it is unknown. */
    public Object get(Fact fact) {
        return values[fact.ordinal()];
    }

    private <T> T value(Fact fact, Class<T> type) {
        if (fact.type() != type) {
            throw new IllegalArgumentException(fact.fieldPath() + " is a " + fact.type().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return type.cast(values[fact.ordinal()]);
    }

    /** A yes/no fact. */
    public Boolean bool(Fact fact) {
        return value(fact, Boolean.class);
    }

    /** An amount in whole kroner. */
    public Long nok(Fact fact) {
        return value(fact, Long.class);
    }

    /** A percentage from 0 to 100. */
    public Double percent(Fact fact) {
        return value(fact, Double.class);
    }

    /** A number of months. */
    public Integer months(Fact fact) {
        return value(fact, Integer.class);
    }

    /** A choice among the constants of an enum of the vocabulary. */
    public <E extends Enum<E>> E choice(Fact fact, Class<E> type) {
        return value(fact, type);
    }

    /** A list of codes (the CPV codes); {@code null} while none is given. */
    @SuppressWarnings("unchecked")
    public List<String> codes(Fact fact) {
        return (List<String>) value(fact, List.class);
    }

    /** The lots of a purchase divided into lots; {@code null} while none is given. */
    @SuppressWarnings("unchecked")
    public List<Lot> lots(Fact fact) {
        return (List<Lot>) value(fact, List.class);
    }

    public LocalDate getEvaluationDate() {
        return value(Fact.EVALUATION_DATE, LocalDate.class);
    }

    public Case setEvaluationDate(LocalDate evaluationDate) {
        return set(Fact.EVALUATION_DATE, evaluationDate);
    }

    /** The subject that decides the threshold: the main subject of a mixed contract (FOA § 6-1). */
    public SubjectType getEffectiveSubjectType() {
        SubjectType subject = choice(Fact.SUBJECT_TYPE, SubjectType.class);
        return subject == SubjectType.MIXED ? choice(Fact.MAIN_SUBJECT_TYPE, SubjectType.class) : subject;
    }
}
