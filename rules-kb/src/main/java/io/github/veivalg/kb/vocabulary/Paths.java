package io.github.veivalg.kb.vocabulary;

import io.github.veivalg.vocabulary.PathId;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules know about each path of the registry (spec section g) beyond its name: the
 * {@link Gate} that must be passed before the path's own rules may speak, its freedom rank, whether
 * it is an exception's own path, and the groups of paths the generic rules iterate over. Kept here,
 * beside the rules, so that the public {@link PathId} stays a plain name.
 */
public final class Paths {

    /** What must be settled before a path's own rules decide it. */
    public enum Gate {
        /** Decided from its own facts only (scope guards, exemptions, some guidance). */
        OWN_FACTS,
        /** Needs to know that the purchase is a public contract under FOA; reads the value itself. */
        IN_SCOPE,
        /** Needs the public-contract scope and a decided regime band. */
        IN_BAND,
        /** Aggregates the statuses of its grounds (NEGOTIATED_WITHOUT_NOTICE, NO_COMPETITION). */
        FROM_GROUNDS
    }

    private record Entry(Gate gate, int freedomRank) {
    }

    private static final Map<PathId, Entry> ENTRIES = new EnumMap<>(PathId.class);

    private static void path(PathId id, Gate gate, int freedomRank) {
        ENTRIES.put(id, new Entry(gate, freedomRank));
    }

    static {
        path(PathId.OUT_OF_SCOPE_UTILITIES, Gate.OWN_FACTS, 0);
        path(PathId.OUT_OF_SCOPE_CONCESSION, Gate.OWN_FACTS, 1);
        path(PathId.OUTSIDE_RULES_GRANT, Gate.OWN_FACTS, 2);
        path(PathId.OUTSIDE_RULES_IN_HOUSE, Gate.OWN_FACTS, 3);
        path(PathId.OUTSIDE_RULES_PUBLIC_COOPERATION, Gate.OWN_FACTS, 4);
        path(PathId.OUTSIDE_RULES_EXCLUDED_CONTRACT, Gate.OWN_FACTS, 5);
        path(PathId.OUTSIDE_RULES_USER_CHOICE, Gate.OWN_FACTS, 6);
        path(PathId.BELOW_LOWER_LIMIT_DIRECT_PURCHASE, Gate.IN_SCOPE, 10);
        path(PathId.PART_I_COMPETITION, Gate.IN_BAND, 22);
        path(PathId.PART_I_DIRECT_AWARD, Gate.IN_BAND, 11);
        path(PathId.DIRECT_AWARD, Gate.IN_BAND, 12);
        path(PathId.PART_II_OPEN, Gate.IN_BAND, 30);
        path(PathId.PART_II_RESTRICTED, Gate.IN_BAND, 31);
        path(PathId.P2X_ONLY_ONE_SUPPLIER, Gate.IN_BAND, 13);
        path(PathId.P2X_EXCEPTIONALLY_ADVANTAGEOUS, Gate.IN_BAND, 14);
        path(PathId.P2X_UNFORESEEN_CANNOT_POSTPONE, Gate.IN_BAND, 15);
        path(PathId.P2X_STRICTLY_NECESSARY_ADDITIONS, Gate.IN_BAND, 16);
        path(PathId.P2X_AFTER_FAILED_TENDER, Gate.IN_BAND, 17);
        path(PathId.P2X_EXCHANGE_PURCHASE, Gate.IN_BAND, 18);
        path(PathId.P2X_COVER_PURCHASE, Gate.IN_BAND, 19);
        path(PathId.PART_III_OPEN, Gate.IN_BAND, 42);
        path(PathId.PART_III_RESTRICTED, Gate.IN_BAND, 43);
        path(PathId.PART_III_COMPETITIVE_NEGOTIATION, Gate.IN_BAND, 40);
        path(PathId.COMPETITIVE_DIALOGUE, Gate.IN_BAND, 41);
        path(PathId.INNOVATION_PARTNERSHIP, Gate.IN_BAND, 32);
        path(PathId.NEGOTIATED_WITHOUT_NOTICE, Gate.FROM_GROUNDS, 24);
        path(PathId.NO_COMPETITION, Gate.FROM_GROUNDS, 20);
        path(PathId.NWN_NO_SUITABLE_TENDERS, Gate.IN_BAND, 25);
        path(PathId.NWN_ONLY_UNACCEPTABLE_TENDERS, Gate.IN_BAND, 26);
        path(PathId.NWN_RESEARCH_GOODS, Gate.IN_BAND, 27);
        path(PathId.NWN_EXTREME_URGENCY, Gate.IN_BAND, 28);
        path(PathId.NWN_REPETITION, Gate.IN_BAND, 21);
        path(PathId.NC_ONLY_ONE_SUPPLIER, Gate.IN_BAND, 23);
        path(PathId.RESERVED_WORK_INTEGRATION, Gate.IN_BAND, 50);
        path(PathId.RESERVED_NONPROFIT_HEALTH_SOCIAL, Gate.IN_BAND, 51);
        path(PathId.RESERVED_ART77, Gate.IN_BAND, 52);
        path(PathId.SPECIAL_SERVICES_REGIME, Gate.IN_BAND, 29);
        path(PathId.HEALTH_SOCIAL_INDIVIDUAL_USER, Gate.IN_BAND, 9);
        path(PathId.LOTS, Gate.IN_BAND, 60);
        path(PathId.ANTI_SPLITTING, Gate.IN_SCOPE, 64);
        path(PathId.SOCIAL_CRITERIA, Gate.IN_BAND, 61);
        path(PathId.MARKET_DIALOGUE, Gate.IN_SCOPE, 62);
        path(PathId.PILOT_DEVELOPMENT_CONTRACT, Gate.IN_SCOPE, 63);
        path(PathId.SOCIAL_OUTCOME_CONTRACT, Gate.OWN_FACTS, 65);
        if (ENTRIES.size() != PathId.values().length) {
            throw new ExceptionInInitializerError("A path of PathId has no gate: " + EnumSet.complementOf(EnumSet.copyOf(ENTRIES.keySet())));
        }
    }

    // An exception's own path (spec a.0): an exemption or exclusion, or a ground that lifts a duty.
    private static final Set<PathId> EXCEPTIONS = EnumSet.of(
            PathId.OUTSIDE_RULES_GRANT, PathId.OUTSIDE_RULES_IN_HOUSE, PathId.OUTSIDE_RULES_PUBLIC_COOPERATION,
            PathId.OUTSIDE_RULES_EXCLUDED_CONTRACT, PathId.OUTSIDE_RULES_USER_CHOICE,
            PathId.P2X_ONLY_ONE_SUPPLIER, PathId.P2X_EXCEPTIONALLY_ADVANTAGEOUS, PathId.P2X_UNFORESEEN_CANNOT_POSTPONE,
            PathId.P2X_STRICTLY_NECESSARY_ADDITIONS, PathId.P2X_AFTER_FAILED_TENDER, PathId.P2X_EXCHANGE_PURCHASE,
            PathId.P2X_COVER_PURCHASE, PathId.NWN_NO_SUITABLE_TENDERS, PathId.NWN_ONLY_UNACCEPTABLE_TENDERS,
            PathId.NWN_RESEARCH_GOODS, PathId.NWN_EXTREME_URGENCY, PathId.NWN_REPETITION, PathId.NC_ONLY_ONE_SUPPLIER,
            PathId.PART_III_COMPETITIVE_NEGOTIATION, PathId.COMPETITIVE_DIALOGUE, PathId.HEALTH_SOCIAL_INDIVIDUAL_USER);

    private static final List<PathId> SCOPED = Arrays.stream(PathId.values()).filter(Paths::isScoped).toList();
    private static final List<PathId> BANDED = Arrays.stream(PathId.values()).filter(Paths::isBanded).toList();
    private static final List<PathId> PART_II_CONTRACTS = List.of(
            PathId.PART_II_OPEN, PathId.PART_II_RESTRICTED, PathId.DIRECT_AWARD, PathId.RESERVED_WORK_INTEGRATION);
    private static final List<PathId> PART_III_CONTRACTS = List.of(
            PathId.PART_III_OPEN, PathId.PART_III_RESTRICTED, PathId.PART_III_COMPETITIVE_NEGOTIATION,
            PathId.COMPETITIVE_DIALOGUE, PathId.INNOVATION_PARTNERSHIP, PathId.NEGOTIATED_WITHOUT_NOTICE,
            PathId.NO_COMPETITION, PathId.DIRECT_AWARD, PathId.RESERVED_WORK_INTEGRATION);

    /**
     * The paths whose findings a rule reads (a {@code Finding(...)} pattern): the grounds that
     * decide the no-competition paths, the contracts that take the Parts' conditions, and the scope
     * paths. Only these findings go into the rules' working memory; the others are recorded for
     * the answer without being matched against every Finding pattern ({@link Decisions}). A test of
     * the built knowledge base keeps this list and the patterns in step.
     */
    private static final Set<PathId> READ_BY_RULES = pathsReadByRules();

    private Paths() {
    }

    private static Set<PathId> pathsReadByRules() {
        Set<PathId> read = EnumSet.of(
                PathId.NWN_NO_SUITABLE_TENDERS, PathId.NWN_ONLY_UNACCEPTABLE_TENDERS, PathId.NWN_RESEARCH_GOODS,
                PathId.NWN_EXTREME_URGENCY, PathId.NC_ONLY_ONE_SUPPLIER, PathId.NWN_REPETITION,
                PathId.P2X_ONLY_ONE_SUPPLIER, PathId.P2X_EXCEPTIONALLY_ADVANTAGEOUS, PathId.P2X_UNFORESEEN_CANNOT_POSTPONE,
                PathId.P2X_STRICTLY_NECESSARY_ADDITIONS, PathId.P2X_AFTER_FAILED_TENDER, PathId.P2X_EXCHANGE_PURCHASE,
                PathId.P2X_COVER_PURCHASE, PathId.NEGOTIATED_WITHOUT_NOTICE, PathId.HEALTH_SOCIAL_INDIVIDUAL_USER);
        read.addAll(PART_II_CONTRACTS);
        read.addAll(PART_III_CONTRACTS);
        for (PathId path : PathId.values()) {
            if (isScopePath(path)) {
                read.add(path);
            }
        }
        return Collections.unmodifiableSet(read);
    }

    /** Whether a rule reads this path's finding; see {@link #READ_BY_RULES}. */
    public static boolean isReadByRules(PathId path) {
        return READ_BY_RULES.contains(path);
    }

    /** The paths whose findings a rule reads. */
    public static Set<PathId> readByRules() {
        return READ_BY_RULES;
    }

    public static Gate gate(PathId path) {
        return ENTRIES.get(path).gate();
    }

    /** Lower means more freedom for the buyer; orders the open paths of an answer. */
    public static int freedomRank(PathId path) {
        return ENTRIES.get(path).freedomRank();
    }

    /** Whether this is one of the seven paths that decide whether FOA applies at all (guards and exemptions). */
    public static boolean isScopePath(PathId path) {
        return path.ordinal() <= PathId.OUTSIDE_RULES_USER_CHOICE.ordinal();
    }

    /**
     * Whether this path is an exception's own path: an exemption or exclusion, or a ground that
     * lifts a duty (spec a.0). While its facts are unknown it stays UNDETERMINED and asks for them;
     * every other path reads it as not established.
     */
    public static boolean isException(PathId path) {
        return EXCEPTIONS.contains(path);
    }

    /** Whether the generic scope rules answer for this path until the scope is known. */
    public static boolean isScoped(PathId path) {
        Gate gate = gate(path);
        return gate == Gate.IN_SCOPE || gate == Gate.IN_BAND;
    }

    /** Whether the generic band rule answers for this path until the band is known. */
    public static boolean isBanded(PathId path) {
        return gate(path) == Gate.IN_BAND;
    }

    /** Paths that need to know that FOA applies before their own rules decide them. */
    public static List<PathId> scoped() {
        return SCOPED;
    }

    /** Paths that also need the regime band. */
    public static List<PathId> banded() {
        return BANDED;
    }

    /** Paths that lead to a contract in the Part II band; contract conditions of Part II go with them. */
    public static List<PathId> partIIContracts() {
        return PART_II_CONTRACTS;
    }

    /** Paths that lead to a contract in the Part III band; contract conditions of Part III go with them. */
    public static List<PathId> partIIIContracts() {
        return PART_III_CONTRACTS;
    }
}
