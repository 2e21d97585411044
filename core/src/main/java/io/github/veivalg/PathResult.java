package io.github.veivalg;

import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.PathStatus;

import io.github.veivalg.internal.Messages;
import io.github.veivalg.kb.vocabulary.Msg;

import java.util.List;
import java.util.Locale;

/**
 * The answer for one path: its status, its legal basis, the reason in plain words, what the buyer
 * must then do, and — when it is {@link PathStatus#UNDETERMINED} — the facts that would decide it.
 *
 * <p>Immutable and safe to share. The reason and the obligations are rendered in the language of
 * the {@link Assessment}; {@link #reason(Locale)} renders them in the other language.
 */
public final class PathResult {

    private final PathId id;
    private final PathStatus status;
    private final List<String> legalBasis;
    private final Msg reason;
    private final List<Msg> obligations;
    private final List<String> missingFacts;
    private final List<Presumption> presumptions;
    private final String decidedBy;
    private final boolean closedForSize;
    private final Locale locale;
    private final Messages messages;

    PathResult(PathId id, PathStatus status, List<String> legalBasis, Msg reason, List<Msg> obligations,
               List<String> missingFacts, List<Presumption> presumptions, String decidedBy, boolean closedForSize,
               Locale locale, Messages messages) {
        this.id = id;
        this.status = status;
        this.legalBasis = List.copyOf(legalBasis);
        this.reason = reason;
        this.obligations = List.copyOf(obligations);
        this.missingFacts = List.copyOf(missingFacts);
        this.presumptions = List.copyOf(presumptions);
        this.decidedBy = decidedBy;
        this.closedForSize = closedForSize;
        this.locale = locale;
        this.messages = messages;
    }

    public PathId id() {
        return id;
    }

    /** The path's name in the assessment's language, for example "Reservert kontrakt for arbeidsinkluderende virksomheter". */
    public String title() {
        return messages.render("path." + id.name() + ".title", locale);
    }

    /** The status in words, in the assessment's language. */
    public String statusText() {
        return statusText(locale);
    }

    String statusText(Locale language) {
        return messages.render("term.PathStatus." + status.name(), language);
    }

    public PathStatus status() {
        return status;
    }

    /** The provisions behind this answer, for example {@code FOA § 30-2a}. */
    public List<String> legalBasis() {
        return legalBasis;
    }

    /** One or two plain sentences saying why, in the assessment's language. */
    public String reason() {
        return messages.render(reason, locale);
    }

    /** The reason in the given language (bokmål for Norwegian, otherwise English). */
    public String reason(Locale language) {
        return messages.render(reason, language);
    }

    /** What the buyer must do on this path, in the assessment's language; empty when nothing particular. */
    public List<String> obligations() {
        return obligations(locale);
    }

    public List<String> obligations(Locale language) {
        return obligations.stream().filter(o -> !isPermission(o)).map(o -> messages.render(o, language)).toList();
    }

    /**
     * What the buyer may do, or is recommended to do, on this path without being bound to, in the
     * assessment's language: an intention notice (FOA §§ 8-18, 21-5, 30-6), a prior information
     * notice instead of a notice (§ 21-2 (2)), the recommendation of § 7-9 (3). Kept apart from
     * {@link #obligations()}, which lists only duties; empty when there is none.
     */
    public List<String> permissions() {
        return permissions(locale);
    }

    public List<String> permissions(Locale language) {
        return obligations.stream().filter(PathResult::isPermission).map(o -> messages.render(o, language)).toList();
    }

    /** The knowledge base names a permission or recommendation {@code permission.*}, a duty {@code obligation.*}. */
    private static boolean isPermission(Msg message) {
        return message.key().startsWith("permission.");
    }

    /**
     * The unknown facts that would decide this path, by their field paths in the JSON contract
     * (for example {@code supplier.isNonProfit}); empty unless the status is UNDETERMINED.
     */
    public List<String> missingFacts() {
        return missingFacts;
    }

    /**
     * The exceptions taken as not established that this status rests on (spec a.0), each with its
     * fact, legal basis and a sentence; empty when it rests on none, and always in strict answers.
     * Learning one of these facts may change the status.
     */
    public List<Presumption> presumptions() {
        return presumptions;
    }

    /** The id of the rule that decided this path, for an auditor who reproduces the answer. */
    public String decidedBy() {
        return decidedBy;
    }

    /** Whether the path is closed because the value is too high (a higher value never reopens it). */
    public boolean closedForSize() {
        return closedForSize;
    }

    @Override
    public String toString() {
        return id + "=" + status;
    }
}
