package io.github.veivalg.vocabulary;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** The regime band of a purchase (spec section 0): which Parts of FOA apply at its value. */
@API(status = STABLE, since = "0.1")
public enum Band {
    /** Below the lower limit (FOA § 1-1): neither the Act nor FOA applies. */
    BELOW_LOWER_LIMIT,
    /** FOA Part I only: below the national threshold, or health and social services below their EEA threshold. */
    PART_I_ONLY,
    /** FOA Parts I and II: from the national threshold up to the EEA threshold (FOA § 5-1 (2) a). */
    PART_II,
    /** FOA Parts I and III: at or above the EEA threshold (FOA § 5-1 (3)). */
    PART_III,
    /** Other special services (vedlegg 2) from the national threshold: Part II, with Part III additions above the EEA threshold (FOA § 5-1 (2) b). */
    SPECIAL_SERVICES_PART_II_PLUS,
    /** Health and social services (vedlegg 3) at or above their EEA threshold: Part IV chapter 30 (FOA § 5-1 (4)). */
    PART_IV_CH30,
    /** FOA does not apply: another regulation, no contracting authority, not a public contract, or an exemption. */
    OUT_OF_SCOPE,
    /**
     * Not decided: a fact the band depends on is unknown, or FOA's own figure is uncertain at this
     * value on this date (see the warnings). Not a band of FOA; format version 1 of the JSON contract
     * reports it as {@code "UNDETERMINED"}.
     */
    UNDETERMINED
}
