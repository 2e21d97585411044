package io.github.veivalg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random requests for the properties, built as JSON-contract maps from a seed so that a failure can
 * be reproduced. Values cluster around the thresholds and dates around the change dates, and the
 * facts are consistent with each other (contradictions are refused, so they prove nothing here).
 */
final class RandomRequests {

    static final LocalDate[] DATES = {
            LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 1), LocalDate.of(2018, 4, 5), LocalDate.of(2018, 4, 6),
            LocalDate.of(2019, 9, 1), LocalDate.of(2020, 2, 11), LocalDate.of(2020, 2, 12), LocalDate.of(2020, 2, 18),
            LocalDate.of(2020, 2, 19), LocalDate.of(2021, 5, 1), LocalDate.of(2022, 3, 22), LocalDate.of(2022, 3, 23),
            LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 13), LocalDate.of(2024, 3, 14),
            LocalDate.of(2024, 3, 18), LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 1), LocalDate.of(2027, 1, 1)};

    static final long[] ANCHORS = {100_000, 500_000, 700_000, 750_000, 836_000, 1_100_000, 1_300_000, 1_400_000, 1_490_000,
            1_750_000, 2_000_000, 2_050_000, 2_200_000, 2_210_000, 2_300_000, 6_300_000, 6_950_000, 7_200_000, 7_800_000,
            9_250_000, 10_400_000, 44_000_000, 51_000_000, 56_000_000, 57_800_000};

    static final String[] CPV_HEALTH_SOCIAL = {"85312000", "85311000", "80000000", "98133100", "85143000"};
    static final String[] CPV_SPECIAL = {"55512000", "79611000", "75252000", "92000000"};
    static final String[] CPV_ORDINARY = {"90910000", "72212000", "73110000", "73210000"};
    static final String[] CPV_GOODS = {"30200000", "33600000"};
    static final String[] CPV_WORKS = {"45210000"};

    /** Facts that correct or override another fact; a law of learning treats them with what they correct. */
    static final Set<String> CORRECTING = Set.of("purchase.relatedPurchasesValueNok", "purchase.isSplitToAvoidThreshold",
            "purchase.cpvCodes", "buyer.isCentralGovernmentAuthority");

    private final Random random;
    private final double known;

    private RandomRequests(long seed, double known) {
        this.random = new Random(seed);
        this.known = known;
    }

    /** A random request; each fact is known with probability {@code known}. */
    static Map<String, Object> request(long seed, double known) {
        return new RandomRequests(seed, known).build();
    }

    private boolean knows() {
        return random.nextDouble() < known;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private void maybe(Map<String, Object> group, String name, Object value) {
        if (knows()) {
            group.put(name, value);
        }
    }

    private Boolean bool(double trueShare) {
        return random.nextDouble() < trueShare;
    }

    long value() {
        int kind = random.nextInt(10);
        if (kind < 7) {
            long anchor = ANCHORS[random.nextInt(ANCHORS.length)];
            return anchor + (random.nextInt(3) - 1);
        }
        return (long) Math.floor(Math.exp(random.nextDouble() * Math.log(80_000_000))) ;
    }

    private Map<String, Object> build() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("evaluationDate", pick(DATES).plusDays(random.nextInt(3) == 0 ? random.nextInt(200) : 0).toString());

        Map<String, Object> buyer = new LinkedHashMap<>();
        maybe(buyer, "authorityKind", random.nextInt(12) == 0 ? pick(new String[] {"UTILITY", "NOT_CONTRACTING_AUTHORITY"})
                : pick(new String[] {"STATE", "MUNICIPALITY", "COUNTY", "BODY_GOVERNED_BY_PUBLIC_LAW", "ASSOCIATION_OF_AUTHORITIES"}));
        maybe(buyer, "buyerControlsSupplier", bool(0.1));
        maybe(buyer, "supplierActivityShareForControllers", pick(new Double[] {79.99, 80.0, 80.01, 95.0}));
        maybe(buyer, "supplierHasPrivateCapital", bool(0.5));
        maybe(buyer, "isCooperationBetweenAuthorities", bool(0.1));
        maybe(buyer, "cooperationMarketShare", pick(new Double[] {19.99, 20.0, 5.0}));
        r.put("buyer", buyer);

        Map<String, Object> purchase = new LinkedHashMap<>();
        String subject = pick(new String[] {"GOODS", "SERVICES", "SERVICES", "SERVICES", "WORKS", "MIXED"});
        String main = subject.equals("MIXED") ? pick(new String[] {"GOODS", "SERVICES", "WORKS"}) : null;
        String effective = main != null ? main : subject;
        String category = effective.equals("SERVICES")
                ? pick(new String[] {"HEALTH_AND_SOCIAL", "HEALTH_AND_SOCIAL", "OTHER_SPECIAL_SERVICE", "ORDINARY"}) : "NOT_A_SERVICE";
        boolean subjectKnown = knows();
        if (subjectKnown) {
            purchase.put("subjectType", subject);
            if (main != null && knows()) {
                purchase.put("mainSubjectType", main);
            }
        }
        maybe(purchase, "serviceCategory", category);
        if (knows()) {
            String[] codes = switch (category) {
                case "HEALTH_AND_SOCIAL" -> CPV_HEALTH_SOCIAL;
                case "OTHER_SPECIAL_SERVICE" -> CPV_SPECIAL;
                case "ORDINARY" -> CPV_ORDINARY;
                default -> effective.equals("WORKS") ? CPV_WORKS : CPV_GOODS;
            };
            purchase.put("cpvCodes", List.of(pick(codes)));
        }
        maybe(purchase, "isServiceToIndividualUser", bool(0.3));
        maybe(purchase, "competitionNeedsConfidentialUserInfo", bool(0.5));
        maybe(purchase, "userDisclosureConsent", pick(new String[] {"NONE", "ONLY_TO_SPECIFIC_SUPPLIERS", "GENERAL"}));
        maybe(purchase, "involvesExerciseOfPublicAuthority", bool(0.05));
        long value = value();
        maybe(purchase, "estimatedValueNok", value);
        maybe(purchase, "valueIncludesOptionsAndExtensions", bool(0.9));
        boolean indefinite = random.nextInt(10) == 0;
        if (indefinite) {
            maybe(purchase, "isIndefiniteDuration", true);
        } else {
            maybe(purchase, "isIndefiniteDuration", false);
            maybe(purchase, "contractDurationMonths", pick(new Integer[] {6, 12, 36, 37, 48}));
        }
        String agreement = pick(new String[] {"SINGLE_CONTRACT", "SINGLE_CONTRACT", "FRAMEWORK_AGREEMENT", "DYNAMIC_PURCHASING_SYSTEM", "CONCESSION"});
        boolean agreementKnown = random.nextInt(20) != 0;
        if (agreementKnown) {
            purchase.put("agreementType", agreement);
        }
        if ((!agreementKnown || agreement.equals("FRAMEWORK_AGREEMENT")) && knows()) {
            purchase.put("frameworkDurationMonths", pick(new Integer[] {24, 48, 49, 72}));
        }
        boolean divided = bool(0.3);
        maybe(purchase, "isDividedIntoLots", divided);
        if (divided && random.nextBoolean() && purchase.containsKey("estimatedValueNok")) {
            List<Object> lots = new ArrayList<>();
            int n = 2 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                Map<String, Object> lot = new LinkedHashMap<>();
                lot.put("id", "lot-" + i);
                lot.put("valueNok", value / (n + random.nextInt(3)));
                lot.put("subjectType", pick(new String[] {"GOODS", "SERVICES", "WORKS"}));
                lots.add(lot);
            }
            purchase.put("lots", lots);
        }
        boolean split = bool(0.1);
        if (knows()) {
            purchase.put("isSplitToAvoidThreshold", split);
        }
        if ((split && purchase.containsKey("isSplitToAvoidThreshold")) || (random.nextInt(4) == 0)) {
            purchase.put("relatedPurchasesValueNok", pick(new Long[] {1L, 50_000L, 200_000L, 1_000_000L}));
        }
        maybe(purchase, "buyerWantsToSteerContent", bool(0.5));
        maybe(purchase, "isMutuallyBindingForPayment", bool(0.85));
        maybe(purchase, "isGrantUnderGrantRules", bool(0.1));
        maybe(purchase, "isEmploymentContract", bool(0.03));
        maybe(purchase, "isRealEstateAcquisitionOrRental", bool(0.03));
        maybe(purchase, "isResearchAndDevelopmentService", bool(0.05));
        maybe(purchase, "rdBenefitsExclusivelyBuyer", bool(0.5));
        maybe(purchase, "rdFullyPaidByBuyer", bool(0.5));
        maybe(purchase, "isUserChoiceScheme", bool(0.05));
        r.put("purchase", purchase);

        Map<String, Object> market = new LinkedHashMap<>();
        for (String fact : List.of("solutionExistsOnMarket", "intendsToBuyResultingSolution", "needsAdaptationOrDesign", "cannotBeAwardedWithoutNegotiation",
                "specificationsCannotBePrecise", "previousOpenRestrictedGotOnlyUnacceptableTenders", "previousProcedureNoTendersOrNoSuitable",
                "urgencyCausedByBuyer", "isRepetitionOfSimilarServices", "goodsSolelyForResearch", "priceSubstantiallyBelowMarket",
                "additionalDeliveriesStrictlyNecessary", "boughtOnExchange", "coverPurchaseNeeded", "hasClearCrossBorderInterest",
                "wantsMarketDialogue", "onlyOneSupplierTechnical", "onlyOneSupplierExclusiveRights", "onlyOneSupplierArtistic",
                "extremeUrgencyUnforeseeable", "specificationsAndTermsNotSubstantiallyChanged")) {
            maybe(market, fact, bool(0.25));
        }
        boolean narrowOneSupplier = Boolean.TRUE.equals(market.get("onlyOneSupplierTechnical"))
                || Boolean.TRUE.equals(market.get("onlyOneSupplierExclusiveRights")) || Boolean.TRUE.equals(market.get("onlyOneSupplierArtistic"));
        maybe(market, "onlyOneSupplierInMarket", narrowOneSupplier || bool(0.25));
        maybe(market, "unforeseenCannotWaitForTenderCompetition", Boolean.TRUE.equals(market.get("extremeUrgencyUnforeseeable")) || bool(0.25));
        if (!Boolean.FALSE.equals(market.get("specificationsAndTermsNotSubstantiallyChanged"))) {
            maybe(market, "procurementDocumentsNotSubstantiallyChanged", bool(0.5));
        }
        r.put("market", market);

        Map<String, Object> supplier = new LinkedHashMap<>();
        maybe(supplier, "supplierLegalForm", pick(new String[] {"AS", "ASA", "STIFTELSE", "FORENING", "SAMVIRKEFORETAK", "ENK", "PUBLIC_BODY", "OTHER"}));
        boolean nonProfit = bool(0.4);
        maybe(supplier, "isNonProfit", nonProfit);
        maybe(supplier, "paysDividends", !nonProfit && bool(0.5));
        for (String fact : List.of("nonProfitPurposeInStatutes", "mainPurposeWorkIntegration", "isShelteredProgramme", "isSme",
                "supplierIsSocialEntrepreneur", "orgPurposePublicServiceMission", "employeeOwnershipOrParticipation",
                "surplusUsedForOrgObjectives", "hadSection30_2ContractWithBuyerLast3Years")) {
            maybe(supplier, fact, bool(0.5));
        }
        maybe(supplier, "shareDisadvantagedEmployees", pick(new Double[] {0.0, 25.0, 29.99, 30.0, 45.5, 100.0}));
        r.put("supplier", supplier);

        Map<String, Object> process = new LinkedHashMap<>();
        for (String fact : List.of("reservationStatedInNotice", "reservationContributesToSocialGoalsAndBudgetEfficiency",
                "emergencyWithQualifiedStaff", "priorInformationOrContractNotice", "isPilot", "isSocialOutcomeContract")) {
            maybe(process, fact, bool(0.5));
        }
        r.put("process", process);
        return r;
    }

    /**
     * A request inside FOA with every fact the band needs: a random date, value, buyer and subject,
     * and every scope fact settled. For the laws about bands.
     */
    static Map<String, Object> inScope(long seed) {
        RandomRequests r = new RandomRequests(seed, 1.0);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("evaluationDate", r.pick(DATES).plusDays(r.random.nextInt(4) == 0 ? r.random.nextInt(400) : 0).toString());
        request.put("buyer", new LinkedHashMap<>(Map.of("authorityKind", r.pick(new String[] {"STATE", "MUNICIPALITY", "COUNTY"}),
                "buyerControlsSupplier", false, "isCooperationBetweenAuthorities", false)));
        String subject = r.pick(new String[] {"GOODS", "SERVICES", "WORKS"});
        String category = subject.equals("SERVICES") ? r.pick(new String[] {"ORDINARY", "HEALTH_AND_SOCIAL", "OTHER_SPECIAL_SERVICE"}) : "NOT_A_SERVICE";
        Map<String, Object> purchase = new LinkedHashMap<>();
        purchase.put("subjectType", subject);
        purchase.put("serviceCategory", category);
        purchase.put("estimatedValueNok", r.value());
        purchase.put("valueIncludesOptionsAndExtensions", true);
        purchase.put("agreementType", "SINGLE_CONTRACT");
        purchase.put("isMutuallyBindingForPayment", true);
        for (String no : List.of("isGrantUnderGrantRules", "isUserChoiceScheme", "isEmploymentContract",
                "involvesExerciseOfPublicAuthority", "isResearchAndDevelopmentService", "isSplitToAvoidThreshold",
                "isRealEstateAcquisitionOrRental")) {
            purchase.put(no, false);
        }
        request.put("purchase", purchase);
        request.put("supplier", new LinkedHashMap<>(Map.of("supplierLegalForm", "AS", "isNonProfit", false)));
        return request;
    }

    /** A copy of the request with the facts in {@code forget} (field paths) left unknown. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> forget(Map<String, Object> request, Set<String> forget) {
        Map<String, Object> copy = new LinkedHashMap<>();
        request.forEach((group, facts) -> {
            if (facts instanceof Map<?, ?> map) {
                Map<String, Object> g = new LinkedHashMap<>((Map<String, Object>) map);
                g.keySet().removeIf(fact -> forget.contains(group + "." + fact));
                copy.put(group, g);
            } else {
                copy.put(group, facts);
            }
        });
        return copy;
    }

    /** Every known fact's field path. */
    @SuppressWarnings("unchecked")
    static List<String> knownFacts(Map<String, Object> request) {
        List<String> facts = new ArrayList<>();
        request.forEach((group, value) -> {
            if (value instanceof Map<?, ?> map) {
                ((Map<String, Object>) map).keySet().forEach(f -> facts.add(group + "." + f));
            }
        });
        return facts;
    }

    /** A copy with one fact set. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> request, String group, String fact, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(request);
        Map<String, Object> g = new LinkedHashMap<>((Map<String, Object>) copy.getOrDefault(group, Map.of()));
        if (value == null) {
            g.remove(fact);
        } else {
            g.put(fact, value);
        }
        copy.put(group, g);
        return copy;
    }
}
