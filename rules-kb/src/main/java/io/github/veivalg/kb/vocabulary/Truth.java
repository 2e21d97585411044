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
 * "learning a fact never turns a decided path back into UNDETERMINED" (strict answers).
 *
 * <p>Every condition carries two readings. The <em>strict</em> one ({@link #isTrue()},
 * {@link #getMissing()}) is plain Kleene logic. The <em>presumed</em> one ({@link #presumed()})
 * applies the law's presumptions by the kind of each fact (spec section a.0, {@link Fact.Kind}):
 * an unknown EXCEPTION fact reads as its exception not established ({@link Fact#notEstablishedValue()},
 * for a figure or a choice: the exception's condition not met), remembered as a presumption; an
 * unknown UNDERTAKING reads as done, remembered as an undertaking (it becomes an obligation); REGIME
 * and QUALIFICATION facts stay unknown. Which reading a path gets is {@link Finding}'s business.
 */
public final class Truth {

    // A copy of an empty set is cheaper than EnumSet.noneOf, which looks the enum's constants up each time.
    private static final EnumSet<Fact> NONE = EnumSet.noneOf(Fact.class);

    private static EnumSet<Fact> noFacts() {
        return NONE.clone();
    }

    private enum Value { TRUE, FALSE, UNKNOWN }

    public static final Truth TRUE = new Truth(Value.TRUE, Set.of());
    public static final Truth FALSE = new Truth(Value.FALSE, Set.of());

    private final Value value;
    private final Set<Fact> missing;
    private final Value pValue;
    private final Set<Fact> pMissing;
    private final Set<Fact> presumptions;
    private final Set<Fact> undertakings;

    private Truth(Value value, Set<Fact> missing) {
        this(value, missing, value, missing, Set.of(), Set.of());
    }

    private Truth(Value value, Set<Fact> missing, Value pValue, Set<Fact> pMissing, Set<Fact> presumptions, Set<Fact> undertakings) {
        this.value = value;
        this.missing = missing;
        this.pValue = pValue;
        this.pMissing = pMissing;
        this.presumptions = presumptions;
        this.undertakings = undertakings;
    }

    private static Set<Fact> frozen(Set<Fact> facts) {
        return facts.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(facts));
    }

    /** An unknown condition that the given facts would decide; no presumption applies to it. */
    public static Truth unknown(Set<Fact> facts) {
        return new Truth(Value.UNKNOWN, frozen(facts));
    }

    public static Truth unknown(Fact fact) {
        return new Truth(Value.UNKNOWN, Set.of(fact));
    }

    /**
     * An unknown yes/no fact read as a condition, {@code positive} for the fact itself and not for its
     * negation. An EXCEPTION reads as its exception not established ({@link Fact#notEstablishedValue()});
     * an UNDERTAKING, read positively, as done by the buyer who takes the path.
     */
    private static Truth unknownLeaf(Fact fact, boolean positive) {
        Set<Fact> one = Set.of(fact);
        return switch (fact.kind()) {
            case EXCEPTION -> presumedAs(fact, positive == fact.notEstablishedValue());
            case UNDERTAKING -> positive
                    ? new Truth(Value.UNKNOWN, one, Value.TRUE, Set.of(), Set.of(), one)
                    : new Truth(Value.UNKNOWN, one);
            default -> new Truth(Value.UNKNOWN, one);
        };
    }

    /** An unknown figure or choice read as a condition of its exception: for an EXCEPTION, not met. */
    private static Truth unknownMeasure(Fact fact) {
        return fact.kind() == Fact.Kind.EXCEPTION ? presumedAs(fact, false) : new Truth(Value.UNKNOWN, Set.of(fact));
    }

    private static Truth presumedAs(Fact fact, boolean reading) {
        Set<Fact> one = Set.of(fact);
        return new Truth(Value.UNKNOWN, one, reading ? Value.TRUE : Value.FALSE, Set.of(), one, Set.of());
    }

    public static Truth of(boolean known) {
        return known ? TRUE : FALSE;
    }

    /** The fact itself: unknown when {@code null}. */
    public static Truth fact(Boolean value, Fact fact) {
        return value == null ? unknownLeaf(fact, true) : of(value);
    }

    /**
     * The fact itself when known; else {@code impliedValue} when another known fact settles it
     * ({@code implied}); else unknown.
     */
    public static Truth factOr(Boolean value, Fact fact, boolean implied, boolean impliedValue) {
        if (value != null) {
            return of(value);
        }
        return implied ? of(impliedValue) : fact(null, fact);
    }

    /** The negation of a fact: unknown when {@code null}. */
    public static Truth notFact(Boolean value, Fact fact) {
        return value == null ? unknownLeaf(fact, false) : of(!value);
    }

    /** {@code value >= minimum} ("minst", "lik eller overstiger"). */
    public static Truth atLeast(Double value, double minimum, Fact fact) {
        return value == null ? unknownMeasure(fact) : of(value >= minimum);
    }

    /** {@code value > minimum} ("mer enn", "overstiger"). */
    public static Truth above(Double value, double minimum, Fact fact) {
        return value == null ? unknownMeasure(fact) : of(value > minimum);
    }

    /** {@code value < maximum} ("mindre enn", "under"). */
    public static Truth below(Double value, double maximum, Fact fact) {
        return value == null ? unknownMeasure(fact) : of(value < maximum);
    }

    /** {@code value <= maximum} ("ikke overstige"). */
    public static Truth atMost(Integer value, int maximum, Fact fact) {
        return value == null ? unknownMeasure(fact) : of(value <= maximum);
    }

    /** Whether the value is one of the allowed ones: unknown when {@code null}. */
    @SafeVarargs
    public static <E extends Enum<E>> Truth oneOf(E value, Fact fact, E... allowed) {
        if (value == null) {
            return unknownMeasure(fact);
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
        return combine(parts, Value.FALSE);
    }

    /** True as soon as one part is true; false when every part is false. */
    public static Truth any(Truth... parts) {
        return combine(parts, Value.TRUE);
    }

    /**
     * Kleene's {@code and} (the deciding value FALSE) or {@code or} (TRUE), for both readings. In the
     * presumed reading a part decided without presumptions wins over one decided by a presumption, so
     * the answer names only the presumptions it rests on; an unknown answer names all of them, since
     * learning any of them may decide it.
     */
    private static Truth combine(Truth[] parts, Value deciding) {
        Value other = deciding == Value.FALSE ? Value.TRUE : Value.FALSE;
        if (allPlain(parts)) {
            // Every part known, and read the same way with and without presumptions: the answer is
            // one of the two constants, and no set of facts needs to be made.
            for (Truth part : parts) {
                if (part.value == deciding) {
                    return deciding == Value.TRUE ? TRUE : FALSE;
                }
            }
            return other == Value.TRUE ? TRUE : FALSE;
        }
        // strict reading
        Value value = other;
        EnumSet<Fact> missing = noFacts();
        for (Truth part : parts) {
            if (part.value == deciding) {
                value = deciding;
                missing.clear();
                break;
            }
            if (part.value == Value.UNKNOWN) {
                value = Value.UNKNOWN;
                missing.addAll(part.missing);
            }
        }
        // presumed reading
        Truth definite = null;
        boolean presumedDecides = false;
        EnumSet<Fact> deciderPresumptions = noFacts();
        EnumSet<Fact> deciderUndertakings = noFacts();
        boolean anyUnknown = false;
        EnumSet<Fact> pMissing = noFacts();
        EnumSet<Fact> allPresumptions = noFacts();
        EnumSet<Fact> allUndertakings = noFacts();
        for (Truth part : parts) {
            allPresumptions.addAll(part.presumptions);
            allUndertakings.addAll(part.undertakings);
            if (part.pValue == deciding) {
                if (part.presumptions.isEmpty()) {
                    if (definite == null || part.undertakings.size() < definite.undertakings.size()) {
                        definite = part;
                    }
                } else {
                    presumedDecides = true;
                    deciderPresumptions.addAll(part.presumptions);
                    deciderUndertakings.addAll(part.undertakings);
                }
            } else if (part.pValue == Value.UNKNOWN) {
                anyUnknown = true;
                pMissing.addAll(part.pMissing);
            }
        }
        Value pValue;
        Set<Fact> presumptions;
        Set<Fact> undertakings;
        if (definite != null) {
            pValue = deciding;
            pMissing.clear();
            presumptions = Set.of();
            undertakings = definite.undertakings;
        } else if (presumedDecides) {
            pValue = deciding;
            pMissing.clear();
            presumptions = deciderPresumptions;
            undertakings = deciderUndertakings;
        } else if (anyUnknown) {
            pValue = Value.UNKNOWN;
            presumptions = allPresumptions;
            undertakings = Set.of();
        } else {
            pValue = other;
            presumptions = allPresumptions;
            undertakings = allUndertakings;
        }
        if (pValue == Value.FALSE) {
            undertakings = Set.of();
        }
        return new Truth(value, frozen(missing), pValue, frozen(pMissing), frozen(presumptions), frozen(undertakings));
    }

    /** Whether every part is known, in both readings alike, and rests on no presumption or undertaking. */
    private static boolean allPlain(Truth[] parts) {
        for (Truth part : parts) {
            if (part.value == Value.UNKNOWN || part.pValue != part.value || !part.presumptions.isEmpty() || !part.undertakings.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    public Truth and(Truth other) {
        return all(this, other);
    }

    public Truth or(Truth other) {
        return any(this, other);
    }

    /**
     * The negation. A presumption keeps its fact (the negated condition rests on it too); an
     * undertaking cannot be negated into an obligation, so the presumed reading then stays unknown.
     */
    public Truth negate() {
        Value strict = flip(value);
        if (!undertakings.isEmpty()) {
            EnumSet<Fact> unknown = noFacts();
            unknown.addAll(pMissing);
            unknown.addAll(undertakings);
            return new Truth(strict, missing, Value.UNKNOWN, frozen(unknown), presumptions, Set.of());
        }
        return new Truth(strict, missing, flip(pValue), pMissing, presumptions, Set.of());
    }

    private static Value flip(Value v) {
        return switch (v) {
            case TRUE -> Value.FALSE;
            case FALSE -> Value.TRUE;
            case UNKNOWN -> Value.UNKNOWN;
        };
    }

    /** This condition's presumed reading as a condition of its own (its strict reading is the presumed one). */
    public Truth presumed() {
        return new Truth(pValue, pMissing, pValue, pMissing, presumptions, undertakings);
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

    /** The EXCEPTION facts taken as not established that the presumed reading rests on. */
    public Set<Fact> getPresumptions() {
        return presumptions;
    }

    /** The UNDERTAKING facts taken as done in the presumed reading; each becomes an obligation. */
    public Set<Fact> getUndertakings() {
        return undertakings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Truth other && value == other.value && missing.equals(other.missing)
                && pValue == other.pValue && pMissing.equals(other.pMissing)
                && presumptions.equals(other.presumptions) && undertakings.equals(other.undertakings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, missing, pValue, pMissing, presumptions, undertakings);
    }

    @Override
    public String toString() {
        String strict = value == Value.UNKNOWN ? "UNKNOWN" + missing : value.name();
        if (pValue == value && presumptions.isEmpty() && undertakings.isEmpty()) {
            return strict;
        }
        return strict + " / presumed " + (pValue == Value.UNKNOWN ? "UNKNOWN" + pMissing : pValue.name())
                + (presumptions.isEmpty() ? "" : " on " + presumptions) + (undertakings.isEmpty() ? "" : " undertaking " + undertakings);
    }
}
