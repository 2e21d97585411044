package io.github.veivalg.kb.vocabulary;

/** The regime band (spec section 0), plus the two answers that are not a band of FOA. */
public enum Band {
    BELOW_LOWER_LIMIT, PART_I_ONLY, PART_II, PART_III, SPECIAL_SERVICES_PART_II_PLUS, PART_IV_CH30,
    /** The procurement rules do not apply (other regime, not a public contract, or an exemption). */
    OUT_OF_SCOPE,
    /** A fact the band depends on is unknown, or the law itself is uncertain at this value. */
    UNDETERMINED
}
