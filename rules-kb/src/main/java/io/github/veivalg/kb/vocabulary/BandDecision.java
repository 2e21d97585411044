package io.github.veivalg.kb.vocabulary;

import io.github.veivalg.vocabulary.*;

import java.util.Set;

/**
 * The regime band of the purchase (spec section 0) with the value it was decided on, or
 * UNDETERMINED with the facts that would decide it.
 *
 * <p>For special services the band is split once more at EEA-HS, the EEA threshold of § 5-3 (2):
 * strictly above it ("overstiger") some Part III rules are added (§ 8-17 (4) and (5)) and the
 * § 5-2 exceptions fall away (§ 5-2 (2)). The band rule decides that split, and the rules read it
 * through {@link #isPartIIExceptionsApply()} and {@link #isNoticeFreeGroundsApply()}.
 */
public final class BandDecision {
    private final Band band;
    private final Long amount;
    private final Set<Fact> missing;
    private final boolean aboveEeaHs;

    public BandDecision(Band band, Long amount, Set<Fact> missing) {
        this(band, amount, missing, false);
    }

    /** {@code aboveEeaHs}: special services valued strictly above EEA-HS; only with that band. */
    public BandDecision(Band band, Long amount, Set<Fact> missing, boolean aboveEeaHs) {
        if (aboveEeaHs && band != Band.SPECIAL_SERVICES_PART_II_PLUS) {
            throw new IllegalArgumentException("Only special services are split at EEA-HS, not " + band);
        }
        this.band = band;
        this.amount = amount;
        this.missing = EnumSets.frozen(missing);
        this.aboveEeaHs = aboveEeaHs;
    }

    public Band getBand() {
        return band;
    }

    public boolean isDecided() {
        return band != Band.UNDETERMINED;
    }

    /** Special services valued strictly above EEA-HS (§ 5-2 (2), § 8-17 (4) and (5): "overstiger"). */
    public boolean isAboveEeaHs() {
        return aboveEeaHs;
    }

    /** The § 5-2 exceptions from Part II count: Part II, or special services up to and including EEA-HS. */
    public boolean isPartIIExceptionsApply() {
        return band == Band.PART_II || (band == Band.SPECIAL_SERVICES_PART_II_PLUS && !aboveEeaHs);
    }

    /**
     * The §§ 13-3 and 13-4 grounds for doing without a notice or competition count: Part III,
     * chapter 30 (§ 30-5 (4)), or special services strictly above EEA-HS (§ 8-17 (5) b).
     */
    public boolean isNoticeFreeGroundsApply() {
        return band == Band.PART_III || band == Band.PART_IV_CH30 || (band == Band.SPECIAL_SERVICES_PART_II_PLUS && aboveEeaHs);
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
