package io.github.veivalg;

import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.PathStatus;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The answer for one path: its status, its legal basis, the reason in plain words, what the buyer
 * must then do, and — when it is {@link PathStatus#UNDETERMINED} — the facts that would decide it.
 * Every text is rendered in the language of the {@link Assessment}; to read it in the other
 * language, assess the request in that language.
 *
 * @param id            the path
 * @param status        its status on these facts
 * @param title         the path's name, for example "Reservert kontrakt for arbeidsinkluderende virksomheter"
 * @param statusText    the status in words
 * @param legalBasis    the provisions behind this answer, for example {@code FOA § 30-2a}
 * @param reason        one or two plain sentences saying why
 * @param obligations   what the buyer must do on this path; empty when nothing particular
 * @param permissions   what the buyer may do, or is recommended to do, on this path without being
 *                      bound to: an intention notice (FOA §§ 8-18, 21-5, 30-6), a prior information
 *                      notice instead of a notice (§ 21-2 (2)), the recommendation of § 7-9 (3); kept
 *                      apart from the obligations, which are duties only
 * @param missingFacts  the unknown facts that would decide this path, by their field paths in the
 *                      JSON contract (for example {@code supplier.isNonProfit}); empty unless the
 *                      status is UNDETERMINED
 * @param presumptions  the exceptions taken as not established that this status rests on (spec
 *                      a.0); empty when it rests on none, and always in strict answers. Learning one
 *                      of these facts may change the status.
 * @param decidedBy     the id of the rule that decided this path, for an auditor who reproduces the answer
 * @param closedForSize whether the path is closed because the value is too high (a higher value never reopens it)
 */
@API(status = STABLE, since = "0.1")
public record PathResult(PathId id, PathStatus status, String title, String statusText, List<String> legalBasis,
                         String reason, List<String> obligations, List<String> permissions, List<String> missingFacts,
                         List<Presumption> presumptions, String decidedBy, boolean closedForSize) {

    /** Copies the lists. @throws NullPointerException if a component is {@code null} */
    public PathResult {
        Values.required(id, "id");
        Values.required(status, "status");
        Values.required(title, "title");
        Values.required(statusText, "statusText");
        legalBasis = List.copyOf(Values.required(legalBasis, "legalBasis"));
        Values.required(reason, "reason");
        obligations = List.copyOf(Values.required(obligations, "obligations"));
        permissions = List.copyOf(Values.required(permissions, "permissions"));
        missingFacts = List.copyOf(Values.required(missingFacts, "missingFacts"));
        presumptions = List.copyOf(Values.required(presumptions, "presumptions"));
        Values.required(decidedBy, "decidedBy");
    }

    @Override
    public String toString() {
        return id + "=" + status;
    }
}
