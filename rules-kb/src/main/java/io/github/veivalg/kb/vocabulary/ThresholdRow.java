package io.github.veivalg.kb.vocabulary;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the threshold table (spec section b): the figures in force for a period, with their
 * source. Figures are whole kroner ex VAT (the tax-certificate limit of FOA § 7-2 (1) and the
 * supply-chain limits of § 8-13 (1) too); a lot ceiling or a supply-chain limit is {@code null} where
 * there is no verified figure for the period.
 */
public record ThresholdRow(
        String id,
        LocalDate validFrom,
        LocalDate validTo,
        long lowerLimit,
        long national,
        long eeaState,
        long eeaOther,
        long eeaWorks,
        long eeaHealthSocial,
        Long lotGoodsServices,
        Long lotWorks,
        long taxCertificate,
        Long supplyChainState,
        Long supplyChainOther,
        boolean fromConsolidatedText,
        String source) {

    /** Short names used in messages and in the answer's list of thresholds used. */
    public static final String LL = "LL";
    public static final String NAT = "NAT";
    public static final String EEA_S = "EEA-S";
    public static final String EEA_O = "EEA-O";
    public static final String EEA_W = "EEA-W";
    public static final String EEA_HS = "EEA-HS";
    public static final String LOT_GS = "LOT-GS";
    public static final String LOT_W = "LOT-W";
    public static final String TAX_CERT = "TAX-CERT";
    public static final String CHAIN_S = "CHAIN-S";
    public static final String CHAIN_O = "CHAIN-O";

    /** Every figure's short name, in the order the thresholds in force are listed. */
    public static final List<String> NAMES = List.of(LL, NAT, EEA_S, EEA_O, EEA_W, EEA_HS, LOT_GS, LOT_W, TAX_CERT, CHAIN_S, CHAIN_O);

    /** Whether the row is in force on the date (both ends included; an open end has no {@code validTo}). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** A figure of this row by its short name, or {@code null} when the row has none. */
    public Long figure(String name) {
        return switch (name) {
            case LL -> lowerLimit;
            case NAT -> national;
            case EEA_S -> eeaState;
            case EEA_O -> eeaOther;
            case EEA_W -> eeaWorks;
            case EEA_HS -> eeaHealthSocial;
            case LOT_GS -> lotGoodsServices;
            case LOT_W -> lotWorks;
            case TAX_CERT -> taxCertificate;
            case CHAIN_S -> supplyChainState;
            case CHAIN_O -> supplyChainOther;
            default -> throw new IllegalArgumentException("No threshold named " + name);
        };
    }

    // Getters in bean style, so that rules can read the figures as properties.
    public long getLowerLimit() { return lowerLimit; }
    public long getNational() { return national; }
    public long getEeaState() { return eeaState; }
    public long getEeaOther() { return eeaOther; }
    public long getEeaWorks() { return eeaWorks; }
    public long getEeaHealthSocial() { return eeaHealthSocial; }
    public Long getLotGoodsServices() { return lotGoodsServices; }
    public Long getLotWorks() { return lotWorks; }
    public long getTaxCertificate() { return taxCertificate; }
    public Long getSupplyChainState() { return supplyChainState; }
    public Long getSupplyChainOther() { return supplyChainOther; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public String getId() { return id; }
    public boolean isFromConsolidatedText() { return fromConsolidatedText; }
}
