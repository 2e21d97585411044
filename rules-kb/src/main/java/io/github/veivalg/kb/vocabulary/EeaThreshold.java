package io.github.veivalg.kb.vocabulary;

import java.util.List;
import java.util.Set;

/**
 * The EEA threshold that applies to the purchase (FOA § 5-3), or, while the subject or the kind of
 * buyer is unknown, the range of thresholds that could apply. A value below the lowest is below
 * every candidate; a value at or above the highest is above every candidate.
 */
public final class EeaThreshold {
    private final List<String> names;
    private final long lowest;
    private final long highest;
    private final Set<Fact> missing;

    public EeaThreshold(List<String> names, long lowest, long highest, Set<Fact> missing) {
        this.names = List.copyOf(names);
        this.lowest = lowest;
        this.highest = highest;
        this.missing = EnumSets.frozen(missing);
    }

    /** The one threshold that applies. */
    public static EeaThreshold exactly(String name, long figure) {
        return new EeaThreshold(List.of(name), figure, figure, Set.of());
    }

    /** The lower of two candidates and the higher, while the facts that choose between them are unknown. */
    public static EeaThreshold between(String nameA, long figureA, String nameB, long figureB, Set<Fact> missing) {
        return new EeaThreshold(List.of(nameA, nameB), Math.min(figureA, figureB), Math.max(figureA, figureB), missing);
    }

    public List<String> getNames() {
        return names;
    }

    public long getLowest() {
        return lowest;
    }

    public long getHighest() {
        return highest;
    }

    public Set<Fact> getMissing() {
        return missing;
    }
}
