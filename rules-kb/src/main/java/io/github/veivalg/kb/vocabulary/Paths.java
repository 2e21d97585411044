package io.github.veivalg.kb.vocabulary;

import java.util.Arrays;
import java.util.List;

/** Groups of paths that the generic gate rules iterate over. */
public final class Paths {
    private static final List<Path> SCOPED = Arrays.stream(Path.values()).filter(Path::isScoped).toList();
    private static final List<Path> BANDED = Arrays.stream(Path.values()).filter(Path::isBanded).toList();
    private static final List<Path> PART_II_CONTRACTS = List.of(
            Path.PART_II_OPEN, Path.PART_II_RESTRICTED, Path.DIRECT_AWARD, Path.RESERVED_WORK_INTEGRATION);
    private static final List<Path> PART_III_CONTRACTS = List.of(
            Path.PART_III_OPEN, Path.PART_III_RESTRICTED, Path.PART_III_COMPETITIVE_NEGOTIATION,
            Path.COMPETITIVE_DIALOGUE, Path.INNOVATION_PARTNERSHIP, Path.NEGOTIATED_WITHOUT_NOTICE, Path.NO_COMPETITION,
            Path.DIRECT_AWARD, Path.RESERVED_WORK_INTEGRATION);

    private Paths() {
    }

    /** Paths that need to know that FOA applies before their own rules decide them. */
    public static List<Path> scoped() {
        return SCOPED;
    }

    /** Paths that also need the regime band. */
    public static List<Path> banded() {
        return BANDED;
    }

    /** Paths that lead to a contract in the Part II band; contract conditions of Part II go with them. */
    public static List<Path> partIIContracts() {
        return PART_II_CONTRACTS;
    }

    /** Paths that lead to a contract in the Part III band; contract conditions of Part III go with them. */
    public static List<Path> partIIIContracts() {
        return PART_III_CONTRACTS;
    }
}
