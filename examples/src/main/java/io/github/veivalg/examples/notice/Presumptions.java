package io.github.veivalg.examples.notice;

import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.PathResult;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The law's presumption for exemptions from FOA's scope (spec v1.3 section a.0): an exception
 * nobody has shown is not established, so the ordinary rule applies, and the answer says so.
 *
 * <p>This is the one place the notice check applies it, and only to the scope exemptions (never to
 * a ground for a direct award, whose own path must stay a question, nor to a REGIME fact). When the
 * engine lists presumptions itself ({@code PathResult.presumptions()}, issue #11), {@link #of}
 * reads them from the pure assessment instead and returns the request unchanged.
 */
final class Presumptions {

    /** A presumed fact: its field path, legal basis, and the sentence that names it. */
    record Presumption(String fact, String legalBasis, String nb, String en) {
        String text(Locale locale) {
            return NoticeCheck.english(locale) ? en : nb;
        }
    }

    /** The request decided under the presumptions, and the presumptions it rests on. */
    record Presumed(AssessmentRequest request, List<Presumption> presumptions) {
    }

    private record Exemption(Presumption presumption, Consumer<AssessmentRequest.Builder> notEstablished) {
    }

    private static final List<Exemption> SCOPE = List.of(
            exemption("buyer.buyerControlsSupplier", "FOA §§ 3-1, 3-2", "utvidet egenregi", "in-house",
                    b -> b.buyer(x -> x.buyerControlsSupplier(false))),
            exemption("buyer.isCooperationBetweenAuthorities", "FOA § 3-3", "samarbeid mellom oppdragsgivere", "cooperation between authorities",
                    b -> b.buyer(x -> x.isCooperationBetweenAuthorities(false))),
            exemption("purchase.isGrantUnderGrantRules", "FOA § 4-1 a", "tilskudd", "a grant",
                    b -> b.purchase(x -> x.isGrantUnderGrantRules(false))),
            exemption("purchase.isUserChoiceScheme", "CJEU C-410/14", "fritt brukervalg uten utvelgelse", "user choice without selection",
                    b -> b.purchase(x -> x.isUserChoiceScheme(false))),
            exemption("purchase.isRealEstateAcquisitionOrRental", "FOA § 2-4 a", "erverv eller leie av fast eiendom", "real estate",
                    b -> b.purchase(x -> x.isRealEstateAcquisitionOrRental(false))),
            exemption("purchase.isEmploymentContract", "FOA § 2-4 f", "ansettelse", "employment",
                    b -> b.purchase(x -> x.isEmploymentContract(false))),
            exemption("process.emergencyWithQualifiedStaff", "FOA § 2-4 g", "beredskaps- og redningstjenester med ideelle organisasjoner",
                    "civil-protection services with ideelle organisations", b -> b.process(x -> x.emergencyWithQualifiedStaff(false))),
            exemption("purchase.involvesExerciseOfPublicAuthority", "FOA § 2-4 h", "offentlig myndighetsutøvelse", "exercise of public authority",
                    b -> b.purchase(x -> x.involvesExerciseOfPublicAuthority(false))),
            exemption("purchase.isResearchAndDevelopmentService", "FOA § 2-5", "forsknings- og utviklingstjenester", "research and development services",
                    b -> b.purchase(x -> x.isResearchAndDevelopmentService(false))));

    private Presumptions() {
    }

    private static Exemption exemption(String fact, String basis, String nb, String en, Consumer<AssessmentRequest.Builder> set) {
        return new Exemption(new Presumption(fact, basis,
                "Bygger på at unntaket for " + nb + " (" + basis + ") ikke er påvist: kunngjøringen sier ingenting om det, og unntak fra regelverket må godtgjøres av den som påberoper seg dem.",
                "Rests on the exemption for " + en + " (" + basis + ") not being shown: the notice says nothing of it, and an exemption must be proved by whoever relies on it."),
                set);
    }

    /**
     * The presumptions the pure assessment's open questions call for: each scope exemption that a
     * path waits for and the notice does not state is taken as not established.
     */
    static Presumed of(Assessment pure) {
        AssessmentRequest request = pure.request();
        Set<String> waitedFor = new LinkedHashSet<>();
        for (PathResult p : pure.paths()) {
            waitedFor.addAll(p.missingFacts());
        }
        AssessmentRequest.Builder builder = request.toBuilder();
        List<Presumption> used = new ArrayList<>();
        for (Exemption e : SCOPE) {
            if (waitedFor.contains(e.presumption().fact())) {
                e.notEstablished().accept(builder);
                used.add(e.presumption());
            }
        }
        return new Presumed(used.isEmpty() ? request : builder.build(), used);
    }
}
