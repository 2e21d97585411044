package io.github.veivalg.examples.plan;

import io.github.veivalg.vocabulary.AgreementType;
import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.vocabulary.ServiceCategory;
import io.github.veivalg.vocabulary.SubjectType;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of a plan's cells as people write them in Norwegian and English spreadsheets.
 * Every method returns the value or throws {@link CellException} with a message that says what was
 * found and what is accepted.
 */
final class Cells {

    private Cells() {
    }

    /** A cell that cannot be read; the message names the value and what would be accepted. */
    static final class CellException extends Exception {
        CellException(String message) {
            super(message);
        }
    }

    private static final Pattern MILLIONS = Pattern.compile("^(\\d+(?:[.,]\\d+)?)\\s*(?:mill(?:ioner|ion|ions)?\\.?|mnok|mkr|m)$");
    private static final Pattern THOUSANDS = Pattern.compile("^(\\d+(?:[.,]\\d+)?)\\s*(?:tusen|k|knok|thousand)$");

    /**
     * An amount in whole kroner: {@code 1 300 000}, {@code 1.300.000}, {@code 1,300,000},
     * {@code kr 450 000}, {@code 450 000 kr}, {@code 450000,-}, {@code 450000,00}, {@code 1,3 mill.},
     * {@code 2.5 MNOK}, {@code 800k}. A fraction of a krone, a negative amount or text is refused.
     */
    static long amount(String raw) throws CellException {
        String s = raw.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ').trim();
        s = s.replaceAll("^(kr\\.?|nok)\\s*", "").replaceAll("\\s*(kr\\.?|nok|,-|\\.-)$", "").trim();
        if (s.startsWith("-") || s.startsWith("−")) {
            throw new CellException("is negative: \"" + raw + "\"; an estimated value is at least 0 kroner");
        }
        Matcher m = MILLIONS.matcher(s);
        if (m.matches()) {
            return whole(new BigDecimal(m.group(1).replace(',', '.')).multiply(BigDecimal.valueOf(1_000_000)), raw);
        }
        m = THOUSANDS.matcher(s);
        if (m.matches()) {
            return whole(new BigDecimal(m.group(1).replace(',', '.')).multiply(BigDecimal.valueOf(1_000)), raw);
        }
        String digits = s.replace(" ", "").replace("'", "");
        if (!digits.matches("[0-9.,]+") || !digits.matches(".*\\d.*")) {
            throw new CellException("is not an amount: \"" + raw + "\"; write kroner ex VAT, such as 1 300 000, 1.300.000 or 1,3 mill.");
        }
        int lastComma = digits.lastIndexOf(',');
        int lastDot = digits.lastIndexOf('.');
        String normal;
        if (lastComma >= 0 && lastDot >= 0) {
            // Both: the last one is the decimal mark, the other groups thousands.
            char decimal = lastComma > lastDot ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            normal = digits.replace(String.valueOf(group), "").replace(decimal, '.');
        } else if (lastComma >= 0 || lastDot >= 0) {
            char mark = lastComma >= 0 ? ',' : '.';
            String[] parts = digits.split(Pattern.quote(String.valueOf(mark)), -1);
            boolean grouping = parts.length > 2 || (parts[parts.length - 1].length() == 3 && parts[0].length() <= 3 && !parts[0].isEmpty());
            normal = grouping ? digits.replace(String.valueOf(mark), "") : digits.replace(mark, '.');
        } else {
            normal = digits;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(normal);
        } catch (NumberFormatException e) {
            throw new CellException("is not an amount: \"" + raw + "\"");
        }
        return whole(value, raw);
    }

    private static long whole(BigDecimal value, String raw) throws CellException {
        if (value.stripTrailingZeros().scale() > 0) {
            throw new CellException("is not a whole number of kroner: \"" + raw + "\"");
        }
        if (value.compareTo(BigDecimal.valueOf(1_000_000_000_000_000L)) > 0) {
            throw new CellException("is too large: \"" + raw + "\"");
        }
        return value.longValueExact();
    }

    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,2})[.-](\\d{1,2})[.-](\\d{4})$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?$");

    /** A date: {@code 2025-06-01} (ISO, and what the XLSX reader writes for date cells) or {@code 01.06.2025} / {@code 1.6.2025}. */
    static LocalDate date(String raw) throws CellException {
        String s = raw.trim();
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = DOTTED.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            throw new CellException("is not a date: \"" + raw + "\" (" + e.getMessage() + ")");
        }
        throw new CellException("is not a date: \"" + raw + "\"; write dd.mm.yyyy or yyyy-mm-dd");
    }

    /** A whole number of months. */
    static int months(String raw) throws CellException {
        String s = raw.toLowerCase(Locale.ROOT).replaceAll("\\s*(måneder|mnd\\.?|months?)$", "").trim();
        if (!s.matches("\\d{1,4}")) {
            throw new CellException("is not a whole number of months: \"" + raw + "\"");
        }
        return Integer.parseInt(s);
    }

    /** Yes or no: ja/nei, yes/no, true/false, x (yes), 1/0. */
    static boolean yesNo(String raw) throws CellException {
        String s = raw.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "ja", "j", "yes", "y", "true", "x", "1" -> {
                return true;
            }
            case "nei", "n", "no", "false", "0" -> {
                return false;
            }
            default -> throw new CellException("is not yes or no: \"" + raw + "\"; write ja/nei or yes/no");
        }
    }

    /** What a category means for the request: its subject and service regime. */
    record Category(SubjectType subject, ServiceCategory service) {
    }

    /** The category names the template accepts, Norwegian and English, by what they mean. */
    static final Map<String, Category> CATEGORIES = categories();

    private static Map<String, Category> categories() {
        Map<String, Category> m = new LinkedHashMap<>();
        Category hs = new Category(SubjectType.SERVICES, ServiceCategory.HEALTH_AND_SOCIAL);
        Category special = new Category(SubjectType.SERVICES, ServiceCategory.OTHER_SPECIAL_SERVICE);
        Category ordinary = new Category(SubjectType.SERVICES, ServiceCategory.ORDINARY);
        Category goods = new Category(SubjectType.GOODS, ServiceCategory.NOT_A_SERVICE);
        Category works = new Category(SubjectType.WORKS, ServiceCategory.NOT_A_SERVICE);
        for (String n : List.of("helse- og sosialtjenester", "helse og sosial", "helse- og sosial", "helse og omsorg",
                "health and social services", "health and social", "health & social")) {
            m.put(n, hs);
        }
        // Canteen and catering services are in FOA vedlegg 2 (CPV 555xxxxx): special services.
        for (String n : List.of("særlige tjenester", "andre særlige tjenester", "kantine", "catering", "special services",
                "other special services", "canteen")) {
            m.put(n, special);
        }
        for (String n : List.of("tjenester", "ordinære tjenester", "renhold", "transport", "it", "it-tjenester",
                "vedlikehold", "konsulenttjenester", "services", "ordinary services", "cleaning", "it services",
                "maintenance", "consulting")) {
            m.put(n, ordinary);
        }
        for (String n : List.of("varer", "utstyr", "goods", "supplies", "equipment")) {
            m.put(n, goods);
        }
        for (String n : List.of("bygg og anlegg", "bygge- og anleggsarbeider", "byggearbeider", "works", "construction")) {
            m.put(n, works);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    static Category category(String raw) throws CellException {
        Category c = CATEGORIES.get(PlanColumn.normalise(raw));
        if (c == null) {
            throw new CellException("is not a category the template knows: \"" + raw + "\"; use one of " + String.join(", ", CATEGORIES.keySet())
                    + " (or give a CPV code and leave the category empty)");
        }
        return c;
    }

    /** A kind of buyer: kommune, fylkeskommune, stat, offentligrettslig organ (or the English names, or the JSON enum names). */
    static AuthorityKind buyer(String raw) throws CellException {
        String s = PlanColumn.normalise(raw);
        return switch (s) {
            case "kommune", "municipality" -> AuthorityKind.MUNICIPALITY;
            case "fylkeskommune", "fylke", "county" -> AuthorityKind.COUNTY;
            case "stat", "statlig", "state" -> AuthorityKind.STATE;
            case "offentligrettslig organ", "helseforetak", "body governed by public law" -> AuthorityKind.BODY_GOVERNED_BY_PUBLIC_LAW;
            case "interkommunalt", "sammenslutning", "association of authorities" -> AuthorityKind.ASSOCIATION_OF_AUTHORITIES;
            default -> {
                for (AuthorityKind k : AuthorityKind.values()) {
                    if (k.name().equalsIgnoreCase(s.replace(' ', '_'))) {
                        yield k;
                    }
                }
                throw new CellException("is not a kind of buyer: \"" + raw
                        + "\"; use kommune, fylkeskommune, stat or offentligrettslig organ (municipality, county, state, body governed by public law)");
            }
        };
    }

    /** A single contract or a framework agreement. */
    static AgreementType agreement(String raw) throws CellException {
        String s = PlanColumn.normalise(raw);
        return switch (s) {
            case "kontrakt", "enkeltkontrakt", "contract", "single contract" -> AgreementType.SINGLE_CONTRACT;
            case "rammeavtale", "framework", "framework agreement" -> AgreementType.FRAMEWORK_AGREEMENT;
            default -> throw new CellException("is not an agreement type: \"" + raw + "\"; use kontrakt or rammeavtale (contract, framework agreement)");
        };
    }

    /** What the plan says about the supplier it has in mind; every word sets one fact. */
    enum SupplierWord {
        IDEELL, NOT_IDEELL, WORK_INTEGRATION, SOCIAL_ENTREPRENEUR, SME, UNKNOWN
    }

    static List<SupplierWord> supplier(String raw) throws CellException {
        List<SupplierWord> words = new java.util.ArrayList<>();
        for (String part : raw.split("[,+/]| og | and ")) {
            String s = PlanColumn.normalise(part);
            if (s.isEmpty()) {
                continue;
            }
            words.add(switch (s) {
                case "ideell", "ideell organisasjon", "non-profit", "nonprofit", "ideell aktør" -> SupplierWord.IDEELL;
                case "ikke ideell", "kommersiell", "commercial", "for-profit" -> SupplierWord.NOT_IDEELL;
                case "arbeidsintegrerende", "arbeidsintegrerende virksomhet", "vekstbedrift", "work integration",
                        "work-integration enterprise", "wise" -> SupplierWord.WORK_INTEGRATION;
                case "sosial entreprenør", "social entrepreneur" -> SupplierWord.SOCIAL_ENTREPRENEUR;
                case "smb", "sme", "liten bedrift", "small business" -> SupplierWord.SME;
                case "ukjent", "unknown", "-" -> SupplierWord.UNKNOWN;
                default -> throw new CellException("is not a kind of supplier the template knows: \"" + part.trim()
                        + "\"; use ideell, ikke ideell, arbeidsintegrerende, sosial entreprenør, SMB or ukjent");
            });
        }
        return words;
    }
}
