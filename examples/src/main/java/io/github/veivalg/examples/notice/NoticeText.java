package io.github.veivalg.examples.notice;

import java.util.Locale;

/** The verdict for people: a few lines per notice, in bokmål or English. */
final class NoticeText {

    private final boolean english;

    NoticeText(Locale locale) {
        this.english = NoticeCheck.english(locale);
    }

    private String t(String nb, String en) {
        return english ? en : nb;
    }

    String verdict(String file, NoticeVerdict v) {
        StringBuilder b = new StringBuilder();
        b.append(file).append(": ").append(v.verdict().name()).append(" (").append(t("per ", "as of ")).append(v.date()).append(")\n");
        v.reasons().forEach(r -> b.append("  - ").append(r).append('\n'));
        if (!v.openPaths().isEmpty()) {
            b.append("  ").append(t("Åpne veier: ", "Open paths: "));
            b.append(String.join("; ", v.openPaths().stream().map(p -> p.title() + " (" + String.join(", ", p.legalBasis()) + ")").toList())).append('\n');
        }
        if (!v.questions().isEmpty()) {
            b.append("  ").append(t("Spørsmål som avgjør det:", "Questions that would decide it:")).append('\n');
            v.questions().forEach(q -> b.append("    ? ").append(q).append('\n'));
        }
        if (!v.presumptions().isEmpty()) {
            b.append("  ").append(t("Forutsetninger:", "Presumptions:")).append('\n');
            v.presumptions().forEach(p -> b.append("    * ").append(p).append('\n'));
        }
        v.warnings().forEach(w -> b.append("  ! ").append(w).append('\n'));
        return b.toString();
    }

    String refusal(String file, NoticeRefusal r) {
        StringBuilder b = new StringBuilder();
        b.append(file).append(": ").append(t("KAN IKKE LESES", "CANNOT BE READ")).append(" (").append(r.reason().name()).append(")\n");
        r.problems().forEach(p -> b.append("  - ").append(p.field()).append(": ").append(p.message()).append('\n'));
        return b.toString();
    }
}
