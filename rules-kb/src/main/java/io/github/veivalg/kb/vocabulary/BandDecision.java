package io.github.veivalg.kb.vocabulary;

import java.util.Set;

/**
 * The regime band of the purchase (spec section 0) with the value it was decided on, or
 * UNDETERMINED with the facts that would decide it.
 */
public final class BandDecision {
    private final Band band;
    private final Long amount;
    private final Set<Fact> missing;

    public BandDecision(Band band, Long amount, Set<Fact> missing) {
        this.band = band;
        this.amount = amount;
        this.missing = EnumSets.frozen(missing);
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

    @Override
    public String toString() {
        return band + (missing.isEmpty() ? "" : " missing " + missing);
    }
}
