package io.github.veivalg.kb.vocabulary;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A condition evaluated with three values: true, false or unknown (Kleene's logic), remembering
 * which unknown facts would decide it.
 *
 * <p>Why three values: the engine must never guess a fact. {@code and} is false as soon as one
 * part is false, whatever else is unknown; {@code or} is true as soon as one part is true. So a
 * condition that is decided stays decided when more facts become known, which is the law
 * "learning a fact never turns a decided path back into UNDETERMINED".
 */
public final class Truth {

    private enum Value { TRUE, FALSE, UNKNOWN }

    public static final Truth TRUE = new Truth(Value.TRUE, Set.of());
    public static final Truth FALSE = new Truth(Value.FALSE, Set.of());

    private final Value value;
    private final Set<Fact> missing;

    private Truth(Value value, Set<Fact> missing) {
        this.value = value;
        this.missing = missing;
    }

    /** An unknown condition that the given facts would decide. */
    public static Truth unknown(Set<Fact> facts) {
        return new Truth(Value.UNKNOWN, Collections.unmodifiableSet(EnumSet.copyOf(facts)));
    }

    public static Truth unknown(Fact fact) {
        return new Truth(Value.UNKNOWN, Collections.unmodifiableSet(EnumSet.of(fact)));
    }

    public static Truth of(boolean known) {
        return known ? TRUE : FALSE;
    }

    /** The fact itself: unknown when {@code null}. */
    public static Truth fact(Boolean value, Fact fact) {
        return value == null ? unknown(fact) : of(value);
    }

    /**
     * The fact itself when known; else {@code impliedValue} when another known fact settles it
     * ({@code implied}); else unknown.
     */
    public static Truth factOr(Boolean value, Fact fact, boolean implied, boolean impliedValue) {
        if (value != null) {
            return of(value);
        }
        return implied ? of(impliedValue) : unknown(fact);
    }

    /** The negation of a fact: unknown when {@code null}. */
    public static Truth notFact(Boolean value, Fact fact) {
        return value == null ? unknown(fact) : of(!value);
    }

    /** {@code value >= minimum} ("minst", "lik eller overstiger"). */
    public static Truth atLeast(Double value, double minimum, Fact fact) {
        return value == null ? unknown(fact) : of(value >= minimum);
    }

    /** {@code value > minimum} ("mer enn", "overstiger"). */
    public static Truth above(Double value, double minimum, Fact fact) {
        return value == null ? unknown(fact) : of(value > minimum);
    }

    /** {@code value < maximum} ("mindre enn", "under"). */
    public static Truth below(Double value, double maximum, Fact fact) {
        return value == null ? unknown(fact) : of(value < maximum);
    }

    /** {@code value <= maximum} ("ikke overstige"). */
    public static Truth atMost(Integer value, int maximum, Fact fact) {
        return value == null ? unknown(fact) : of(value <= maximum);
    }

    /** Whether the value is one of the allowed ones: unknown when {@code null}. */
    @SafeVarargs
    public static <E extends Enum<E>> Truth oneOf(E value, Fact fact, E... allowed) {
        if (value == null) {
            return unknown(fact);
        }
        for (E candidate : allowed) {
            if (candidate == value) {
                return TRUE;
            }
        }
        return FALSE;
    }

    /** True when every part is true; false as soon as one is false. */
    public static Truth all(Truth... parts) {
        EnumSet<Fact> unknown = EnumSet.noneOf(Fact.class);
        boolean anyUnknown = false;
        for (Truth part : parts) {
            if (part.value == Value.FALSE) {
                return FALSE;
            }
            if (part.value == Value.UNKNOWN) {
                anyUnknown = true;
                unknown.addAll(part.missing);
            }
        }
        return anyUnknown ? new Truth(Value.UNKNOWN, Collections.unmodifiableSet(unknown)) : TRUE;
    }

    /** True as soon as one part is true; false when every part is false. */
    public static Truth any(Truth... parts) {
        EnumSet<Fact> unknown = EnumSet.noneOf(Fact.class);
        boolean anyUnknown = false;
        for (Truth part : parts) {
            if (part.value == Value.TRUE) {
                return TRUE;
            }
            if (part.value == Value.UNKNOWN) {
                anyUnknown = true;
                unknown.addAll(part.missing);
            }
        }
        return anyUnknown ? new Truth(Value.UNKNOWN, Collections.unmodifiableSet(unknown)) : FALSE;
    }

    public Truth and(Truth other) {
        return all(this, other);
    }

    public Truth or(Truth other) {
        return any(this, other);
    }

    public Truth negate() {
        return switch (value) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> this;
        };
    }

    public boolean isTrue() {
        return value == Value.TRUE;
    }

    public boolean isFalse() {
        return value == Value.FALSE;
    }

    public boolean isUnknown() {
        return value == Value.UNKNOWN;
    }

    /** The unknown facts that would decide this condition; empty when it is decided. */
    public Set<Fact> getMissing() {
        return missing;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Truth other && value == other.value && missing.equals(other.missing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, missing);
    }

    @Override
    public String toString() {
        return value == Value.UNKNOWN ? "UNKNOWN" + missing : value.name();
    }
}
