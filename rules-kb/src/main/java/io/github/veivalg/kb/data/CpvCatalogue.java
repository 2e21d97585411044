package io.github.veivalg.kb.data;

import io.github.veivalg.vocabulary.*;

import io.github.veivalg.kb.vocabulary.CpvProfile;
import io.github.veivalg.vocabulary.ServiceCategory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CPV lists of the FOA annexes (vedlegg 2, 3, 4), of §§ 2-4 g and 2-5 (2), and the cleaning
 * services of §§ 8-12a, 19-3 and 19-5, loaded from
 * {@code cpv-annexes.tsv}, and the lookup that turns a contract's codes into a {@link CpvProfile}.
 */
public final class CpvCatalogue {

    static final String RESOURCE = "/io/github/veivalg/kb/data/cpv-annexes.tsv";

    /** Eight digits, optionally followed by a dash and the check digit. */
    public static final Pattern CPV_FORMAT = Pattern.compile("\\d{8}(-\\d)?");

    /** The CPV code of ambulance services; § 2-4 g excludes them except patient transport. */
    static final int AMBULANCE = 85143000;

    private record Span(int from, int to) {
        boolean contains(int code) {
            return code >= from && code <= to;
        }
    }

    private final Map<String, List<Span>> lists;

    CpvCatalogue(Map<String, List<Span>> lists) {
        for (String required : List.of("vedlegg2", "vedlegg3", "vedlegg4", "2-4g", "2-5(2)", "cleaning")) {
            if (!lists.containsKey(required) || lists.get(required).isEmpty()) {
                throw new IllegalStateException("CPV list '" + required + "' is missing from " + RESOURCE);
            }
        }
        this.lists = Map.copyOf(lists);
    }

    private static volatile CpvCatalogue shared;

    /**
     * The lists shipped with the knowledge base, loaded and checked on first use and then shared
     * (the catalogue is immutable). A failed load throws and is tried again on the next call.
     */
    public static CpvCatalogue shared() {
        CpvCatalogue catalogue = shared;
        if (catalogue == null) {
            synchronized (CpvCatalogue.class) {
                catalogue = shared;
                if (catalogue == null) {
                    catalogue = load();
                    shared = catalogue;
                }
            }
        }
        return catalogue;
    }

    /** Loads and checks the lists shipped with the knowledge base. */
    public static CpvCatalogue load() {
        Map<String, List<Span>> lists = new HashMap<>();
        for (Tsv.Row row : Tsv.read(RESOURCE)) {
            int from = code(row, row.text("from"));
            int to = code(row, row.text("to"));
            if (to < from) {
                throw row.error("range ends before it starts");
            }
            lists.computeIfAbsent(row.text("list"), k -> new ArrayList<>()).add(new Span(from, to));
        }
        return new CpvCatalogue(lists);
    }

    private static int code(Tsv.Row row, String text) {
        if (!text.matches("\\d{8}")) {
            throw row.error("not an 8-digit CPV code: " + text);
        }
        return Integer.parseInt(text);
    }

    /** The 8-digit number of a well-formed code (its check digit, if any, dropped). */
    static int number(String cpv) {
        if (!CPV_FORMAT.matcher(cpv).matches()) {
            throw new IllegalArgumentException("Malformed CPV code: " + cpv);
        }
        return Integer.parseInt(cpv.substring(0, 8));
    }

    private boolean inList(String list, int code) {
        for (Span span : lists.get(list)) {
            if (span.contains(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The service category of one code: vedlegg 3 first, then vedlegg 2; otherwise an ordinary
     * service for the service divisions 50–98, and not a service for supplies (03–44, 48) and
     * works (45).
     */
    public ServiceCategory categoryOf(String cpv) {
        return categoryOf(number(cpv));
    }

    private ServiceCategory categoryOf(int code) {
        if (inList("vedlegg3", code)) {
            return ServiceCategory.HEALTH_AND_SOCIAL;
        }
        if (inList("vedlegg2", code)) {
            return ServiceCategory.OTHER_SPECIAL_SERVICE;
        }
        int division = code / 1_000_000;
        return division >= 50 && division <= 98 ? ServiceCategory.ORDINARY : ServiceCategory.NOT_A_SERVICE;
    }

    /** What the codes say; every code must be well formed (validated before the engine runs). */
    public CpvProfile profile(List<String> cpvCodes) {
        if (cpvCodes == null || cpvCodes.isEmpty()) {
            return CpvProfile.none();
        }
        Set<ServiceCategory> categories = EnumSet.noneOf(ServiceCategory.class);
        boolean allAnnex4 = true;
        boolean allCivil = true;
        boolean anyAmbulance = false;
        boolean allResearch = true;
        boolean anyCleaning = false;
        for (String cpv : cpvCodes) {
            int code = number(cpv);
            categories.add(categoryOf(code));
            allAnnex4 &= inList("vedlegg4", code);
            allCivil &= inList("2-4g", code);
            anyAmbulance |= code == AMBULANCE;
            allResearch &= inList("2-5(2)", code);
            anyCleaning |= inList("cleaning", code);
        }
        CpvProfile.CivilProtection civil = !allCivil ? CpvProfile.CivilProtection.NONE
                : anyAmbulance ? CpvProfile.CivilProtection.AMBULANCE : CpvProfile.CivilProtection.CIVIL_PROTECTION;
        return new CpvProfile(true, categories, allAnnex4, civil, allResearch, anyCleaning);
    }
}
