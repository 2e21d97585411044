package io.github.veivalg.kb.vocabulary;

import java.util.EnumSet;
import java.util.Set;

/**
 * The value compared with the thresholds, computed under FOA § 5-4 from the caller's estimate.
 *
 * <p>{@code amount} is the estimate plus related purchases when those are known (§ 5-4 (3), (4),
 * (9)). It is final only when the caller states that it includes every option and extension
 * (§ 5-4 (1)); otherwise it is still a lower bound, because options only add to a value.
 */
public final class Valuation {
    private final Long amount;
    private final Set<Fact> missing;

    public Valuation(Long amount, Set<Fact> missing) {
        this.amount = amount;
        this.missing = EnumSets.frozen(missing);
    }

    /** Values the purchase from the case: the estimate, plus related purchases when stated. */
    public static Valuation of(Case c) {
        EnumSet<Fact> missing = EnumSet.noneOf(Fact.class);
        Long amount = c.nok(Fact.ESTIMATED_VALUE_NOK);
        if (amount == null) {
            missing.add(Fact.ESTIMATED_VALUE_NOK);
        } else if (c.nok(Fact.RELATED_PURCHASES_VALUE_NOK) != null) {
            amount = amount + c.nok(Fact.RELATED_PURCHASES_VALUE_NOK);
        }
        Boolean includesOptions = c.bool(Fact.VALUE_INCLUDES_OPTIONS_AND_EXTENSIONS);
        if (includesOptions == null) {
            missing.add(Fact.VALUE_INCLUDES_OPTIONS_AND_EXTENSIONS);
        } else if (!includesOptions) {
            // The caller says options are left out: the estimate must be recomputed (§ 5-4 (1)).
            missing.add(Fact.ESTIMATED_VALUE_NOK);
            missing.add(Fact.VALUE_INCLUDES_OPTIONS_AND_EXTENSIONS);
        }
        return new Valuation(amount, missing);
    }

    /** The value to compare, or {@code null} when no estimate is given. */
    public Long getAmount() {
        return amount;
    }

    /** Whether the amount is the complete § 5-4 value (known and including options). */
    public boolean isComplete() {
        return missing.isEmpty();
    }

    /** What must be known before the amount is final. */
    public Set<Fact> getMissing() {
        return missing;
    }
}
