package io.github.veivalg.vocabulary;

import org.apiguardian.api.API;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * An amount in whole Norwegian kroner, excluding VAT, from zero up to {@link #MAX_KRONER}.
 *
 * <p>The upper bound keeps every sum the engine makes (an estimate plus related purchases, the
 * lots of a purchase) far from overflow; no public contract comes near it.
 *
 * @param kroner the amount in whole kroner ex VAT
 */
@API(status = STABLE, since = "0.1")
public record Money(long kroner) implements Comparable<Money> {

    /** The largest amount accepted: 10<sup>15</sup> kroner. */
    public static final long MAX_KRONER = 1_000_000_000_000_000L;

    /**
     * @throws IllegalArgumentException if the amount is negative or above {@link #MAX_KRONER}
     */
    public Money {
        if (kroner < 0) {
            throw new IllegalArgumentException("An amount of money cannot be negative: " + kroner);
        }
        if (kroner > MAX_KRONER) {
            throw new IllegalArgumentException("An amount of money cannot exceed " + MAX_KRONER + " kroner: " + kroner);
        }
    }

    /**
     * The amount in whole kroner ex VAT.
     *
     * @throws IllegalArgumentException if the amount is negative or above {@link #MAX_KRONER}
     */
    public static Money ofKroner(long kroner) {
        return new Money(kroner);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(kroner, other.kroner);
    }

    @Override
    public String toString() {
        return kroner + " NOK";
    }
}
