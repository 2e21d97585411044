package io.github.veivalg.vocabulary;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Every path of the specification's registry (spec section g). Every assessment answers
 * each of them exactly once.
 */
@API(status = STABLE, since = "0.1")
public enum PathId {
    /** A utility in its utility activity: the Utilities Regulation applies instead (FOA § 2-1 (1) a). */
    OUT_OF_SCOPE_UTILITIES,
    /** A concession contract: the Concessions Regulation applies instead (FOA § 2-1 (1) c). */
    OUT_OF_SCOPE_CONCESSION,
    /** A grant for the recipient's own activity instead of a purchase (FOA § 4-1 a). */
    OUTSIDE_RULES_GRANT,
    /** In-house: a supplier the buyer controls like its own department (FOA §§ 3-1, 3-2). */
    OUTSIDE_RULES_IN_HOUSE,
    /** Cooperation between contracting authorities (FOA § 3-3). */
    OUTSIDE_RULES_PUBLIC_COOPERATION,
    /** A contract FOA leaves out (FOA §§ 2-4, 2-5). */
    OUTSIDE_RULES_EXCLUDED_CONTRACT,
    /** An open approval scheme where users choose, with no selection by the buyer. */
    OUTSIDE_RULES_USER_CHOICE,
    /** A direct purchase below the lower limit (FOA § 1-1). */
    BELOW_LOWER_LIMIT_DIRECT_PURCHASE,
    /** A competition the buyer shapes itself under Part I (LOA § 4, FOA ch. 1–7). */
    PART_I_COMPETITION,
    /** A direct award to one supplier in the Part I band, which must be justified. */
    PART_I_DIRECT_AWARD,
    /** A direct award above the Part I band, open only on a ground of § 5-2, § 13-4 or § 30-4. */
    DIRECT_AWARD,
    /** Open tender competition under Part II (FOA § 8-3). */
    PART_II_OPEN,
    /** Restricted tender competition under Part II (FOA § 8-3). */
    PART_II_RESTRICTED,
    /** Part II does not apply: only one supplier in the market (FOA § 5-2 (1) a). */
    P2X_ONLY_ONE_SUPPLIER,
    /** Part II does not apply: an exceptionally advantageous offer (FOA § 5-2 (1) b). */
    P2X_EXCEPTIONALLY_ADVANTAGEOUS,
    /** Part II does not apply: unforeseen circumstances that cannot wait (FOA § 5-2 (1) c). */
    P2X_UNFORESEEN_CANNOT_POSTPONE,
    /** Part II does not apply: strictly necessary additional deliveries (FOA § 5-2 (1) d). */
    P2X_STRICTLY_NECESSARY_ADDITIONS,
    /** Part II does not apply: after a failed tender competition (FOA § 5-2 (1) e). */
    P2X_AFTER_FAILED_TENDER,
    /** Part II does not apply: bought on an exchange (FOA § 5-2 (1) f). */
    P2X_EXCHANGE_PURCHASE,
    /** Part II does not apply: a cover purchase (FOA § 5-2 (1) g). */
    P2X_COVER_PURCHASE,
    /** Open procedure under Part III (FOA § 13-1 (1)). */
    PART_III_OPEN,
    /** Restricted procedure under Part III (FOA § 13-1 (1)). */
    PART_III_RESTRICTED,
    /** Competitive procedure with negotiation (FOA § 13-1 (2), § 13-2). */
    PART_III_COMPETITIVE_NEGOTIATION,
    /** Competitive dialogue (FOA § 13-1 (2), § 13-2). */
    COMPETITIVE_DIALOGUE,
    /** Innovation partnership (FOA § 13-1 (3)). */
    INNOVATION_PARTNERSHIP,
    /** Negotiation without prior notice on a ground of FOA § 13-3. */
    NEGOTIATED_WITHOUT_NOTICE,
    /** Award without competition on a ground of FOA § 13-4. */
    NO_COMPETITION,
    /** § 13-3 b: no tenders, or no suitable ones, in an earlier procedure. */
    NWN_NO_SUITABLE_TENDERS,
    /** § 13-3 a: only unacceptable tenders in an earlier procedure. */
    NWN_ONLY_UNACCEPTABLE_TENDERS,
    /** § 13-3 c: goods made solely for research. */
    NWN_RESEARCH_GOODS,
    /** § 13-3 e: extreme urgency from unforeseeable events. */
    NWN_EXTREME_URGENCY,
    /** § 13-4 d: repetition of similar services or works (a ground without competition; the prefix is historical). */
    NWN_REPETITION,
    /** § 13-4 b: only one supplier (art, technical reasons, exclusive rights). */
    NC_ONLY_ONE_SUPPLIER,
    /** Competition reserved for work-integration enterprises (FOA §§ 8-8, 16-9, 30-3). */
    RESERVED_WORK_INTEGRATION,
    /** Competition reserved for ideelle organisations, health and social services (FOA § 30-2a). */
    RESERVED_NONPROFIT_HEALTH_SOCIAL,
    /** Competition reserved for certain organisations, vedlegg 4 services (FOA § 30-2). */
    RESERVED_ART77,
    /** The chapter 30 regime for health and social services (FOA Part IV). */
    SPECIAL_SERVICES_REGIME,
    /** Health and social services to an individual user (FOA § 30-4). */
    HEALTH_SOCIAL_INDIVIDUAL_USER,
    /** Dividing the purchase into lots (FOA § 5-4 (8), § 19-4). */
    LOTS,
    /** The check against splitting a purchase to avoid a threshold (FOA § 5-4 (4)). */
    ANTI_SPLITTING,
    /** Social requirements, award criteria and contract terms (LOA §§ 5-7). */
    SOCIAL_CRITERIA,
    /** Market dialogue before the competition (FOA §§ 8-1, 8-2, 12-1, 12-2). */
    MARKET_DIALOGUE,
    /** Advice on pilots and development contracts. */
    PILOT_DEVELOPMENT_CONTRACT,
    /** Advice on social outcome contracts. */
    SOCIAL_OUTCOME_CONTRACT
}
