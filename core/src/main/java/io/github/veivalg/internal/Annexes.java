package io.github.veivalg.internal;

import org.apiguardian.api.API;

import io.github.veivalg.vocabulary.ServiceCategory;

import io.github.veivalg.kb.data.CpvCatalogue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import static org.apiguardian.api.API.Status.INTERNAL;

/** The CPV annexes of the knowledge base, for the request's consistency checks: the catalogue the engine uses too. */
@API(status = INTERNAL)
public final class Annexes {

    /** The form of a CPV code the knowledge base accepts (eight digits, and a check digit when given). */
    public static final java.util.regex.Pattern CPV_FORMAT = CpvCatalogue.CPV_FORMAT;

    private Annexes() {
    }

    /** The service categories of the codes; {@code PurchaseFacts} holds only well-formed ones. */
    public static Set<ServiceCategory> categoriesOf(List<String> cpvCodes) {
        Set<ServiceCategory> categories = EnumSet.noneOf(ServiceCategory.class);
        for (String code : cpvCodes) {
            categories.add(CpvCatalogue.shared().categoryOf(code));
        }
        return categories;
    }
}
