package io.github.veivalg.vocabulary;

import org.apiguardian.api.API;

import java.math.BigDecimal;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * A percentage from 0 to 100 inclusive; decimals are allowed (for example 29.99).
 *
 * @param value the percentage, 0 to 100
 */
@API(status = STABLE, since = "0.1")
public record Percent(BigDecimal value) implements Comparable<Percent> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @throws IllegalArgumentException if the value is {@code null} or outside 0–100
     */
    public Percent {
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("A percentage must be between 0 and 100: " + value);
        }
    }

    /**
     * The percentage, 0 to 100.
     *
     * @throws IllegalArgumentException if the value is not a number or outside 0–100
     */
    public static Percent of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("A percentage must be a number: " + value);
        }
        return new Percent(BigDecimal.valueOf(value));
    }

    @Override
    public int compareTo(Percent other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " %";
    }
}
