package io.github.veivalg;

import io.github.veivalg.vocabulary.ServiceCategory;

import io.github.veivalg.kb.data.CpvCatalogue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The CPV annexes of the knowledge base, for the request's consistency checks: the catalogue the engine uses too. */
final class Annexes {

    private Annexes() {
    }

    /** The service categories of the codes; {@link PurchaseFacts} holds only well-formed ones. */
    static Set<ServiceCategory> categoriesOf(List<String> cpvCodes) {
        Set<ServiceCategory> categories = EnumSet.noneOf(ServiceCategory.class);
        for (String code : cpvCodes) {
            categories.add(CpvCatalogue.shared().categoryOf(code));
        }
        return categories;
    }
}
