package io.github.veivalg.kb.vocabulary;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The regime band of the purchase (spec section 0) with the value it was decided on, or
 * UNDETERMINED with the facts that would decide it.
 */
public final class BandDecision {
    private final Band band;
    private final Long amount;
    private final Set<Fact> missing;
    private final String ruleId;

    public BandDecision(Band band, Long amount, Set<Fact> missing, String ruleId) {
        this.band = band;
        this.amount = amount;
        this.missing = missing.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(missing));
        this.ruleId = ruleId;
    }

    public Band getBand() {
        return band;
    }

    public boolean isDecided() {
        return band != Band.UNDETERMINED;
    }

    /** The value the band was decided on (the § 5-4 value, related purchases included). */
    public Long getAmount() {
        return amount;
    }

    public Set<Fact> getMissing() {
        return missing;
    }

    public String getRuleId() {
        return ruleId;
    }

    @Override
    public String toString() {
        return band + (missing.isEmpty() ? "" : " missing " + missing);
    }
}
