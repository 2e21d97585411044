package io.github.veivalg.examples.plan;

import io.github.veivalg.Assessment;
import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.Change;
import io.github.veivalg.PathResult;
import io.github.veivalg.Presumption;
import io.github.veivalg.Problem;
import io.github.veivalg.Question;
import io.github.veivalg.Warning;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The screening report: one self-contained, printable HTML page (inline CSS and SVG, no script, no
 * request to another host). The sections are written to a temporary file while the rows stream by;
 * the summary, known only at the end, is then written above them.
 */
final class HtmlReport implements AutoCloseable {

    private final boolean nb;
    private final Path sectionsFile;
    private final Writer sections;
    private final NumberFormat kroner;

    HtmlReport(Path dir, boolean nb) throws IOException {
        this.nb = nb;
        this.sectionsFile = Files.createTempFile(dir, ".report-sections", ".html");
        this.sections = Files.newBufferedWriter(sectionsFile, StandardCharsets.UTF_8);
        this.kroner = NumberFormat.getIntegerInstance(nb ? Locale.forLanguageTag("nb-NO") : Locale.UK);
    }

    private String t(String norwegian, String english) {
        return nb ? norwegian : english;
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Writes one row's section, in file order. */
    void section(Screened s) throws IOException {
        StringBuilder h = new StringBuilder(4096);
        String title = s.purchase().isEmpty() ? t("(uten beskrivelse)", "(no description)") : s.purchase();
        if (!s.ok()) {
            h.append("<section class=\"purchase error\" id=\"row-").append(s.rowNumber()).append("\">\n<h3><span class=\"rowno\">")
                    .append(t("Rad ", "Row ")).append(s.rowNumber()).append("</span> ").append(esc(title)).append("</h3>\n<p class=\"err\">")
                    .append(t("Kunne ikke vurderes:", "Could not be assessed:")).append("</p>\n<ul class=\"problems\">\n");
            for (Problem p : s.problems()) {
                h.append("<li><b>").append(esc(p.field())).append("</b>: ").append(esc(p.message())).append("</li>\n");
            }
            h.append("</ul>\n</section>\n");
            sections.write(h.toString());
            return;
        }
        Assessment a = s.whatIf().assessment();
        h.append("<section class=\"purchase\" id=\"row-").append(s.rowNumber()).append("\">\n<h3><span class=\"rowno\">")
                .append(t("Rad ", "Row ")).append(s.rowNumber()).append(s.id().isEmpty() ? "" : " · " + esc(s.id())).append("</span> ")
                .append(esc(title)).append("</h3>\n<p class=\"meta\"><span class=\"band band-").append(a.band().name()).append("\">")
                .append(esc(a.bandText())).append("</span> ");
        a.assessedValue().ifPresent(v -> h.append(t("Verdi ", "Value ")).append(kroner.format(v.kroner())).append(" kr · "));
        h.append(t("dato ", "date ")).append(a.evaluationDate()).append("</p>\n");
        List<PathResult> open = a.openPaths();
        h.append("<p class=\"open\"><b>").append(t("Åpne veier: ", "Open paths: ")).append("</b>");
        if (open.isEmpty()) {
            h.append(t("ingen avgjort ennå", "none decided yet"));
        } else {
            h.append(String.join(", ", open.stream().map(p -> esc(p.title()) + " <small>(" + esc(String.join("; ", p.legalBasis())) + ")</small>").toList()));
        }
        h.append("</p>\n<table class=\"routes\">\n<thead><tr><th>").append(t("Vei for sosiale entreprenører", "Route for social entrepreneurs"))
                .append("</th><th>").append(t("Nå", "Now")).append("</th><th>").append(t("Hva som skal til", "What it would take"))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Route r : Route.values()) {
            route(h, r, s);
        }
        h.append("</tbody>\n</table>\n");
        presumptions(h, a);
        List<Warning> warnings = a.warnings();
        if (!warnings.isEmpty()) {
            h.append("<details class=\"warnings\"><summary>").append(t("Merknader (", "Notes (")).append(warnings.size()).append(")</summary><ul>\n");
            for (Warning w : warnings) {
                h.append("<li><code>").append(esc(w.code())).append("</code> ").append(esc(w.message())).append("</li>\n");
            }
            h.append("</ul></details>\n");
        }
        h.append("</section>\n");
        sections.write(h.toString());
    }

    /**
     * The exceptions nobody has shown that this purchase's answers rest on (spec a.0), once each:
     * what the buyer should check before relying on an open path.
     */
    private void presumptions(StringBuilder h, Assessment a) {
        Set<Presumption> all = new LinkedHashSet<>();
        for (PathResult p : a.paths()) {
            all.addAll(p.presumptions());
        }
        if (all.isEmpty()) {
            return;
        }
        h.append("<details class=\"presumptions\"><summary>").append(t("Bygger på at ingen unntak er påvist (", "Rests on no exception being shown ("))
                .append(all.size()).append(")</summary><ul>\n");
        for (Presumption pr : all) {
            h.append("<li>").append(esc(pr.text())).append("</li>\n");
        }
        h.append("</ul></details>\n");
    }

    private void route(StringBuilder h, Route r, Screened s) {
        Assessment a = s.whatIf().assessment();
        PathResult p = a.path(r.path);
        Route.State state = r.state(s.whatIf());
        h.append("<tr class=\"state-").append(state.name()).append("\"><td><b>").append(esc(r.name(nb))).append("</b><br><small>")
                .append(esc(r.basis)).append("</small></td><td><span class=\"pill\">").append(esc(stateText(state))).append("</span><br><small>")
                .append(esc(p.statusText())).append("</small></td><td>");
        switch (state) {
            case OPEN -> {
                h.append("<p>").append(esc(p.reason())).append("</p>");
                List<String> obligations = p.obligations();
                if (!obligations.isEmpty()) {
                    h.append("<ul class=\"obligations\">");
                    for (String o : obligations) {
                        h.append("<li>").append(esc(o)).append("</li>");
                    }
                    h.append("</ul>");
                }
                // Permissions and recommendations are no duties: listed apart, after them.
                List<String> permissions = p.permissions();
                if (!permissions.isEmpty()) {
                    h.append("<p><small>").append(nb ? "Kan eller bør (ikke plikter):" : "May or should (not duties):").append("</small></p>");
                    h.append("<ul class=\"permissions\">");
                    for (String o : permissions) {
                        h.append("<li>").append(esc(o)).append("</li>");
                    }
                    h.append("</ul>");
                }
            }
            case WITHIN_REACH -> {
                h.append("<ul class=\"changes\">");
                for (Change c : r.openings(s.whatIf())) {
                    h.append("<li><b>").append(esc(changeText(c))).append("</b> → ").append(esc(statusWord(c))).append("<br><small>")
                            .append(esc(c.reason())).append(" (").append(esc(String.join("; ", c.legalBasis()))).append(")</small></li>");
                }
                h.append("</ul>");
            }
            case UNDETERMINED -> {
                h.append("<p>").append(t("Trenger svar på:", "Needs answers to:")).append("</p><ul class=\"questions\">");
                for (Question q : a.nextQuestions()) {
                    if (q.paths().contains(r.path)) {
                        h.append("<li>").append(esc(q.text())).append("</li>");
                    }
                }
                h.append("</ul>");
            }
            case NO -> h.append("<small>").append(esc(p.reason())).append("</small>");
        }
        h.append("</td></tr>\n");
    }

    private String statusWord(Change c) {
        return switch (c.status()) {
            case OPEN -> t("åpen", "open");
            case OPEN_WITH_JUSTIFICATION -> t("åpen med begrunnelse", "open with justification");
            case RECOMMENDED -> t("anbefalt", "recommended");
            case CLOSED -> t("stengt", "closed");
            case NOT_REQUIRED -> t("ikke påkrevd", "not required");
            case UNDETERMINED -> t("uavklart", "undetermined");
        };
    }

    private String changeText(Change c) {
        String value;
        if (c.kind() == Change.FactKind.LOTS) {
            value = t("del i delkontrakter", "divide into lots");
            return value;
        }
        if (c.value() instanceof Boolean b) {
            value = b ? t("ja", "yes") : t("nei", "no");
        } else if (c.value() instanceof Number n) {
            value = n.intValue() + " %";
        } else {
            value = String.valueOf(c.value());
        }
        String text = (c.wasUnknown() ? t("Hvis ", "If ") : t("Hvis i stedet ", "If instead ")) + c.factLabel() + ": " + value;
        if (!c.alsoUndertakingLabels().isEmpty()) {
            text += t(", og oppdragsgiveren sørger for: ", ", and the buyer sees to: ") + String.join("; ", c.alsoUndertakingLabels());
        }
        return text;
    }

    private String stateText(Route.State s) {
        return switch (s) {
            case OPEN -> t("Åpen", "Open");
            case WITHIN_REACH -> t("Innen rekkevidde", "Within reach");
            case UNDETERMINED -> t("Uavklart", "Undetermined");
            case NO -> t("Nei", "No");
        };
    }

    private String bandName(Band b) {
        return switch (b) {
            case BELOW_LOWER_LIMIT -> t("Under nedre grense", "Below the lower limit");
            case PART_I_ONLY -> t("Del I", "Part I");
            case PART_II -> t("Del II", "Part II");
            case PART_III -> t("Del III", "Part III");
            case SPECIAL_SERVICES_PART_II_PLUS -> t("Særlige tjenester", "Special services");
            case PART_IV_CH30 -> t("Del IV kap. 30", "Part IV ch. 30");
            case OUT_OF_SCOPE -> t("Utenfor FOA", "Outside FOA");
            case UNDETERMINED -> t("Uavklart", "Undetermined");
        };
    }

    /** Writes report.html: the head, the summary and chart, then the sections; removes the temporary file. */
    void finish(Path report, Summary summary, String planName, LocalDate date, String settings) throws IOException {
        sections.close();
        try (BufferedWriter out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            out.write("<!DOCTYPE html>\n<html lang=\"" + (nb ? "nb" : "en") + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n<title>"
                    + esc(t("Anskaffelsesplan: veier for sosiale entreprenører", "Procurement plan: routes for social entrepreneurs") + " – " + planName)
                    + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
            out.write("<header><h1>" + esc(t("Anskaffelsesplan: hvor sosiale entreprenører kan slippe til", "Procurement plan: where social entrepreneurs can come in"))
                    + "</h1>\n<p class=\"sub\">" + esc(planName) + " · " + esc(t("vurdert etter reglene i kraft ", "assessed under the rules in force ")) + date
                    + " · Veivalg</p>\n<p class=\"settings\">" + esc(settings) + "</p>\n</header>\n");
            out.write(summaryHtml(summary));
            out.write("<h2>" + esc(t("Anskaffelsene", "The purchases")) + "</h2>\n");
            try (java.io.Reader in = Files.newBufferedReader(sectionsFile, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
            out.write("<footer><p>" + esc(t("Svaret er en dokumentert lesning av regelverket (LOA, FOA), ikke juridisk rådgivning. "
                    + "Oppdragsgiveren har ansvaret for valget av prosedyre.",
                    "An answer is a documented reading of the rules (LOA, FOA), not legal advice. The buyer is responsible for the choice of procedure."))
                    + "</p></footer>\n</body>\n</html>\n");
        } finally {
            Files.deleteIfExists(sectionsFile);
        }
    }

    private String summaryHtml(Summary s) {
        StringBuilder h = new StringBuilder();
        h.append("<section class=\"summary\">\n<h2>").append(t("Sammendrag", "Summary")).append("</h2>\n<p class=\"big\">")
                .append(s.rows).append(t(" rader i planen: ", " rows in the plan: ")).append(s.assessed).append(t(" vurdert, ", " assessed, "))
                .append(s.errors).append(t(" kunne ikke leses. ", " could not be read. ")).append("<b>").append(s.reservable).append("</b>")
                .append(t(" kan reserveres for sosiale entreprenører (nå eller med en endring), ", " can be reserved for social entrepreneurs (now or with one change), "))
                .append("<b>").append(s.opened).append("</b>").append(t(" har allerede en åpen vei for dem.", " already have a route open to them."))
                .append("</p>\n<div class=\"charts\">\n").append(bandChart(s)).append(routeChart(s)).append("</div>\n");
        h.append("<table class=\"counts\"><thead><tr><th>").append(t("Vei", "Route")).append("</th><th>").append(t("Åpen", "Open"))
                .append("</th><th>").append(t("Innen rekkevidde", "Within reach")).append("</th><th>").append(t("Uavklart", "Undetermined"))
                .append("</th><th>").append(t("Nei", "No")).append("</th></tr></thead><tbody>\n");
        for (Route r : Route.values()) {
            h.append("<tr><td>").append(esc(r.name(nb))).append(" <small>(").append(esc(r.basis)).append(")</small></td>");
            for (Route.State st : Route.State.values()) {
                h.append("<td>").append(s.count(r, st)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n<p class=\"legend\">").append(esc(t(
                "«Innen rekkevidde»: én opplysning oppdragsgiveren kan finne ut eller én ting den kan gjøre (se hver anskaffelse) åpner veien. "
                        + "Veivalg foreslår aldri å senke verdien eller dele opp en anskaffelse for å komme under en terskel (FOA § 5-4 fjerde ledd); "
                        + "delkontrakter foreslås bare etter unntaket for små delkontrakter (FOA § 5-4 åttende ledd).",
                "'Within reach': one fact the buyer can find out, or one thing it can do (see each purchase), opens the route. "
                        + "Veivalg never suggests lowering the value or splitting a purchase to get below a threshold (FOA § 5-4 (4)); "
                        + "lots are proposed only under the small-lots rule (FOA § 5-4 (8))."))).append("</p>\n</section>\n");
        return h.toString();
    }

    private String bandChart(Summary s) {
        long max = Math.max(1, s.bands.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int rowH = 22;
        int n = Math.max(1, s.bands.size());
        StringBuilder svg = new StringBuilder("<figure><figcaption>" + esc(t("Anskaffelser per regelsett", "Purchases per band"))
                + "</figcaption><svg role=\"img\" width=\"360\" height=\"" + (n * rowH + 6) + "\" viewBox=\"0 0 360 "
                + (n * rowH + 6) + "\">");
        int y = 4;
        for (Map.Entry<Band, Long> e : s.bands.entrySet()) {
            long w = Math.round(200.0 * e.getValue() / max);
            svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"12\">").append(esc(bandName(e.getKey()))).append("</text>")
                    .append("<rect x=\"120\" y=\"").append(y + 2).append("\" width=\"").append(Math.max(w, 1)).append("\" height=\"16\" fill=\"#2f6f9f\"/>")
                    .append("<text x=\"").append(124 + w).append("\" y=\"").append(y + 14).append("\" font-size=\"12\">").append(e.getValue()).append("</text>");
            y += rowH;
        }
        return svg.append("</svg></figure>\n").toString();
    }

    private String routeChart(Summary s) {
        long max = Math.max(1, s.assessed);
        int rowH = 22;
        Route[] routes = Route.values();
        StringBuilder svg = new StringBuilder("<figure><figcaption>" + esc(t("Veier: åpen nå (mørk) og innen rekkevidde (lys)",
                "Routes: open now (dark) and within reach (light)")) + "</figcaption><svg role=\"img\" width=\"520\" height=\""
                + (routes.length * rowH + 6) + "\" viewBox=\"0 0 520 " + (routes.length * rowH + 6) + "\">");
        int y = 4;
        for (Route r : routes) {
            long open = s.count(r, Route.State.OPEN);
            long reach = s.count(r, Route.State.WITHIN_REACH);
            long wo = Math.round(240.0 * open / max);
            long wr = Math.round(240.0 * reach / max);
            String label = r.name(nb);
            if (label.length() > 34) {
                label = label.substring(0, 33) + "…";
            }
            svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"11\">").append(esc(label)).append("</text>")
                    .append("<rect x=\"230\" y=\"").append(y + 2).append("\" width=\"").append(wo).append("\" height=\"16\" fill=\"#1d6b3a\"/>")
                    .append("<rect x=\"").append(230 + wo).append("\" y=\"").append(y + 2).append("\" width=\"").append(wr).append("\" height=\"16\" fill=\"#8fd0a4\"/>")
                    .append("<text x=\"").append(234 + wo + wr).append("\" y=\"").append(y + 14).append("\" font-size=\"11\">").append(open).append(" + ")
                    .append(reach).append("</text>");
            y += rowH;
        }
        return svg.append("</svg></figure>\n").toString();
    }

    @Override
    public void close() throws IOException {
        sections.close();
        Files.deleteIfExists(sectionsFile);
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1b1b1b;line-height:1.4}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{border-bottom:2px solid #2f6f9f;padding-bottom:.2rem;margin-top:2rem}
            .sub,.settings{color:#555;margin:.2rem 0}.settings{font-size:.85rem}
            .summary .big{font-size:1.05rem}.charts{display:flex;flex-wrap:wrap;gap:2rem}figure{margin:0}figcaption{font-weight:600;margin-bottom:.3rem}
            table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccd;padding:.3rem .45rem;vertical-align:top;text-align:left;font-size:.9rem}
            th{background:#eef3f8}table.counts td:not(:first-child){text-align:right;width:7rem}
            .purchase{border:1px solid #ccd;border-radius:6px;padding:.6rem .9rem;margin:1rem 0;break-inside:avoid-page}
            .purchase h3{margin:.2rem 0}.rowno{color:#666;font-weight:400;font-size:.9rem}
            .band{display:inline-block;background:#2f6f9f;color:#fff;border-radius:4px;padding:0 .4rem;margin-right:.4rem;font-size:.85rem}
            .pill{display:inline-block;border-radius:9px;padding:0 .5rem;font-size:.8rem;font-weight:600}
            .state-OPEN .pill{background:#1d6b3a;color:#fff}.state-WITHIN_REACH .pill{background:#8fd0a4}.state-UNDETERMINED .pill{background:#f1d98b}
            .state-NO .pill{background:#ddd}.state-NO td{color:#555}
            .error{border-color:#b3261e;background:#fdf1f0}.err{color:#b3261e;font-weight:600}
            ul{margin:.2rem 0;padding-left:1.2rem}small{color:#444}footer{margin-top:2rem;color:#555;font-size:.85rem}
            @media print{body{margin:0;max-width:none}.purchase{page-break-inside:avoid}details{display:block}a{color:inherit}}
            """;
}
