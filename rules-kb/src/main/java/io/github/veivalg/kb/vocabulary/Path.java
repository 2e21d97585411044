package io.github.veivalg.kb.vocabulary;

/**
 * Every path id of the specification's registry (spec section g), each once.
 *
 * <p>The {@link Gate} says what must be settled before the path's own rules may speak; the
 * generic rules in {@code scope.drl} and {@code value-and-band.drl} answer for the path until then.
 * The freedom rank orders open paths from most to least freedom for the buyer.
 */
public enum Path {
    OUT_OF_SCOPE_UTILITIES(Gate.OWN_FACTS, 0),
    OUT_OF_SCOPE_CONCESSION(Gate.OWN_FACTS, 1),
    OUTSIDE_RULES_GRANT(Gate.OWN_FACTS, 2),
    OUTSIDE_RULES_IN_HOUSE(Gate.OWN_FACTS, 3),
    OUTSIDE_RULES_PUBLIC_COOPERATION(Gate.OWN_FACTS, 4),
    OUTSIDE_RULES_EXCLUDED_CONTRACT(Gate.OWN_FACTS, 5),
    OUTSIDE_RULES_USER_CHOICE(Gate.OWN_FACTS, 6),
    BELOW_LOWER_LIMIT_DIRECT_PURCHASE(Gate.IN_SCOPE, 10),
    PART_I_COMPETITION(Gate.IN_BAND, 22),
    PART_I_DIRECT_AWARD(Gate.IN_BAND, 11),
    DIRECT_AWARD(Gate.IN_BAND, 12),
    PART_II_OPEN(Gate.IN_BAND, 30),
    PART_II_RESTRICTED(Gate.IN_BAND, 31),
    P2X_ONLY_ONE_SUPPLIER(Gate.IN_BAND, 13),
    P2X_EXCEPTIONALLY_ADVANTAGEOUS(Gate.IN_BAND, 14),
    P2X_UNFORESEEN_CANNOT_POSTPONE(Gate.IN_BAND, 15),
    P2X_STRICTLY_NECESSARY_ADDITIONS(Gate.IN_BAND, 16),
    P2X_AFTER_FAILED_TENDER(Gate.IN_BAND, 17),
    P2X_EXCHANGE_PURCHASE(Gate.IN_BAND, 18),
    P2X_COVER_PURCHASE(Gate.IN_BAND, 19),
    PART_III_OPEN(Gate.IN_BAND, 42),
    PART_III_RESTRICTED(Gate.IN_BAND, 43),
    PART_III_COMPETITIVE_NEGOTIATION(Gate.IN_BAND, 40),
    COMPETITIVE_DIALOGUE(Gate.IN_BAND, 41),
    INNOVATION_PARTNERSHIP(Gate.IN_BAND, 32),
    NEGOTIATED_WITHOUT_NOTICE(Gate.FROM_GROUNDS, 24),
    NO_COMPETITION(Gate.FROM_GROUNDS, 20),
    NWN_NO_SUITABLE_TENDERS(Gate.IN_BAND, 25),
    NWN_ONLY_UNACCEPTABLE_TENDERS(Gate.IN_BAND, 26),
    NWN_RESEARCH_GOODS(Gate.IN_BAND, 27),
    NWN_EXTREME_URGENCY(Gate.IN_BAND, 28),
    NWN_REPETITION(Gate.IN_BAND, 21),
    NC_ONLY_ONE_SUPPLIER(Gate.IN_BAND, 23),
    RESERVED_WORK_INTEGRATION(Gate.IN_BAND, 50),
    RESERVED_NONPROFIT_HEALTH_SOCIAL(Gate.IN_BAND, 51),
    RESERVED_ART77(Gate.IN_BAND, 52),
    SPECIAL_SERVICES_REGIME(Gate.IN_BAND, 29),
    HEALTH_SOCIAL_INDIVIDUAL_USER(Gate.IN_BAND, 9),
    LOTS(Gate.IN_BAND, 60),
    ANTI_SPLITTING(Gate.IN_SCOPE, 64),
    SOCIAL_CRITERIA(Gate.IN_BAND, 61),
    MARKET_DIALOGUE(Gate.IN_SCOPE, 62),
    PILOT_DEVELOPMENT_CONTRACT(Gate.IN_SCOPE, 63),
    SOCIAL_OUTCOME_CONTRACT(Gate.OWN_FACTS, 65);

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

    private final Gate gate;
    private final int freedomRank;

    Path(Gate gate, int freedomRank) {
        this.gate = gate;
        this.freedomRank = freedomRank;
    }

    public Gate getGate() {
        return gate;
    }

    /** Lower means more freedom for the buyer; used to order open paths. */
    public int getFreedomRank() {
        return freedomRank;
    }

    /** Whether this is one of the seven paths that decide whether FOA applies at all (guards and exemptions). */
    public boolean isScopePath() {
        return ordinal() <= OUTSIDE_RULES_USER_CHOICE.ordinal();
    }

    /**
     * Whether this path is an exception's own path: an exemption or exclusion, or a ground that
     * lifts a duty (spec a.0). While its facts are unknown it stays UNDETERMINED and asks for them;
     * every other path reads it as not established.
     */
    public boolean isException() {
        return switch (this) {
            case OUTSIDE_RULES_GRANT, OUTSIDE_RULES_IN_HOUSE, OUTSIDE_RULES_PUBLIC_COOPERATION,
                 OUTSIDE_RULES_EXCLUDED_CONTRACT, OUTSIDE_RULES_USER_CHOICE,
                 P2X_ONLY_ONE_SUPPLIER, P2X_EXCEPTIONALLY_ADVANTAGEOUS, P2X_UNFORESEEN_CANNOT_POSTPONE,
                 P2X_STRICTLY_NECESSARY_ADDITIONS, P2X_AFTER_FAILED_TENDER, P2X_EXCHANGE_PURCHASE, P2X_COVER_PURCHASE,
                 NWN_NO_SUITABLE_TENDERS, NWN_ONLY_UNACCEPTABLE_TENDERS, NWN_RESEARCH_GOODS, NWN_EXTREME_URGENCY,
                 NWN_REPETITION, NC_ONLY_ONE_SUPPLIER,
                 PART_III_COMPETITIVE_NEGOTIATION, COMPETITIVE_DIALOGUE, HEALTH_SOCIAL_INDIVIDUAL_USER -> true;
            default -> false;
        };
    }

    /** Whether the generic scope rules answer for this path until the scope is known. */
    public boolean isScoped() {
        return gate == Gate.IN_SCOPE || gate == Gate.IN_BAND;
    }

    /** Whether the generic band rule answers for this path until the band is known. */
    public boolean isBanded() {
        return gate == Gate.IN_BAND;
    }
}
