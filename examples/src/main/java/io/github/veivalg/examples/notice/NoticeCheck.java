package io.github.veivalg.examples.notice;

import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.vocabulary.Money;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.PathResult;
import io.github.veivalg.Presumption;
import io.github.veivalg.vocabulary.PathStatus;
import io.github.veivalg.Question;
import io.github.veivalg.ThresholdUsed;
import io.github.veivalg.ThresholdsInForce;
import io.github.veivalg.Veivalg;
import io.github.veivalg.Warning;
import io.github.veivalg.examples.notice.NoticeVerdict.OpenPath;
import io.github.veivalg.examples.notice.NoticeVerdict.Verdict;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The verdict on a notice: compares what the notice chose (the legal basis's Parts of FOA, the
 * procedure, the reservation, the direct-award justification) with the statuses the engine gives
 * the paths for the facts the notice states. All verdict logic is here.
 *
 * <p>The value a notice states may or may not include options and extensions (FOA § 5-4 (1)); the
 * notice does not say. Left out, they can only raise the value, and the band changes only at a
 * threshold: so the notice is judged at its value and at every threshold above it, and the verdict
 * is decided only when all agree. Otherwise it is {@code CANNOT_TELL}, with that question.
 */
public final class NoticeCheck {

    /** The procedures a notice can choose, for the list of open paths. */
    static final Set<PathId> PROCEDURES = EnumSet.of(PathId.BELOW_LOWER_LIMIT_DIRECT_PURCHASE, PathId.PART_I_COMPETITION,
            PathId.PART_I_DIRECT_AWARD, PathId.DIRECT_AWARD, PathId.PART_II_OPEN, PathId.PART_II_RESTRICTED, PathId.PART_III_OPEN,
            PathId.PART_III_RESTRICTED, PathId.PART_III_COMPETITIVE_NEGOTIATION, PathId.COMPETITIVE_DIALOGUE,
            PathId.INNOVATION_PARTNERSHIP, PathId.NEGOTIATED_WITHOUT_NOTICE, PathId.NO_COMPETITION, PathId.RESERVED_WORK_INTEGRATION,
            PathId.RESERVED_NONPROFIT_HEALTH_SOCIAL, PathId.RESERVED_ART77, PathId.SPECIAL_SERVICES_REGIME,
            PathId.HEALTH_SOCIAL_INDIVIDUAL_USER);

    /** The thresholds at which a band can change; the lot and tax-certificate figures cannot change it. */
    private static final Set<String> BAND_THRESHOLDS = Set.of("LL", "NAT", "EEA-S", "EEA-O", "EEA-W", "EEA-HS");

    private static final String OPTIONS_FACT = "purchase.valueIncludesOptionsAndExtensions";

    private final Veivalg veivalg;
    private final Locale locale;
    private final LocalDate draftDate;
    private final boolean valuesIncludeOptions;

    /**
     * @param veivalg   the engine
     * @param locale    the language of the verdict (bokmål or English)
     * @param draftDate the date to check a draft on, whose {@code IssueDate} is still a placeholder
     */
    public NoticeCheck(Veivalg veivalg, Locale locale, LocalDate draftDate) {
        this(veivalg, locale, draftDate, false);
    }

    /**
     * @param valuesIncludeOptions whether the caller (not the notice, which never says) states that the
     *                             notices' values include every option and extension (FOA § 5-4 (1))
     */
    public NoticeCheck(Veivalg veivalg, Locale locale, LocalDate draftDate, boolean valuesIncludeOptions) {
        this.veivalg = veivalg;
        this.locale = locale;
        this.draftDate = draftDate;
        this.valuesIncludeOptions = valuesIncludeOptions;
    }

    static boolean english(Locale locale) {
        return !"nb".equals(locale.getLanguage()) && !"no".equals(locale.getLanguage()) && !"nn".equals(locale.getLanguage());
    }

    private String t(String nb, String en) {
        return english(locale) ? en : nb;
    }

    /**
     * The verdict on a notice.
     *
     * @throws NoticeRefusal when the facts the notice gives contradict each other
     */
    public NoticeVerdict check(Notice notice) throws NoticeRefusal {
        LocalDate date = notice.issueDate().orElse(draftDate);
        AssessmentRequest request = NoticeRequest.of(notice, date);
        if (valuesIncludeOptions && notice.estimatedValueNok().isPresent()) {
            request = request.toBuilder().purchase(p -> p.valueIncludesOptionsAndExtensions(true)).build();
        }
        List<Judgement> judged = new ArrayList<>();
        for (AssessmentRequest scenario : scenarios(request, date)) {
            judged.add(judge(notice, veivalg.assess(scenario, locale)));
        }
        Judgement asStated = judged.get(0);
        Verdict verdict = asStated.verdict;
        List<String> reasons = new ArrayList<>(asStated.reasons);
        Set<String> questions = new LinkedHashSet<>(asStated.questions);
        if (judged.size() > 1) {
            boolean agree = judged.stream().allMatch(j -> j.verdict == asStated.verdict);
            if (agree) {
                reasons.add(t("Det samme gjelder om den oppgitte verdien ikke omfatter opsjoner og forlengelser (FOA § 5-4 (1)): "
                                + "de kan bare heve verdien, og svaret er det samme ved hver terskelverdi over den.",
                        "The same holds if the stated value leaves out options and extensions (FOA § 5-4 (1)): they can only raise "
                                + "the value, and the answer is the same at every threshold above it."));
            } else {
                verdict = Verdict.CANNOT_TELL;
                Judgement other = judged.stream().filter(j -> j.verdict != asStated.verdict).findFirst().orElseThrow();
                reasons.add(t("Svaret avhenger av om verdien omfatter opsjoner og forlengelser (FOA § 5-4 (1)): ved en høyere verdi blir det "
                                + other.verdict + ". " + String.join(" ", other.reasons),
                        "The answer depends on whether the value includes options and extensions (FOA § 5-4 (1)): at a higher value it is "
                                + other.verdict + ". " + String.join(" ", other.reasons)));
                questions.add(question(asStated.assessment, OPTIONS_FACT));
            }
        }
        Assessment shown = asStated.assessment;
        List<OpenPath> open = shown.openPaths().stream().filter(p -> PROCEDURES.contains(p.id()))
                .map(p -> new OpenPath(p.id(), p.status(), p.title(), p.legalBasis())).toList();
        List<String> warnings = new ArrayList<>(warnings(notice, date));
        for (Warning w : shown.warnings()) {
            warnings.add(w.message());
        }
        return new NoticeVerdict(notice, date, verdict, shown.band(), reasons, open, List.copyOf(questions),
                presumptions(shown), warnings);
    }

    /**
     * The exceptions the engine took as not established (spec a.0) for the answer shown, once each:
     * a notice states no exemption, so the verdict rests on none being shown, and says so.
     */
    private static List<String> presumptions(Assessment shown) {
        return shown.paths().stream().flatMap(p -> p.presumptions().stream()).distinct().map(Presumption::text).toList();
    }

    /** The request as stated (options included), then at each threshold above the stated value. */
    private List<AssessmentRequest> scenarios(AssessmentRequest request, LocalDate date) {
        List<AssessmentRequest> out = new ArrayList<>();
        Optional<Money> stated = request.purchase().estimatedValueNok();
        if (stated.isEmpty() || request.purchase().valueIncludesOptionsAndExtensions().isPresent()) {
            out.add(request);
            return out;
        }
        out.add(request.toBuilder().purchase(p -> p.valueIncludesOptionsAndExtensions(true)).build());
        Optional<ThresholdsInForce> thresholds = veivalg.thresholdsOn(date, locale);
        Set<Long> above = new TreeSet<>();
        for (ThresholdUsed figure : thresholds.map(ThresholdsInForce::figures).orElse(List.of())) {
            if (BAND_THRESHOLDS.contains(figure.name()) && figure.value().kroner() > stated.get().kroner()) {
                above.add(figure.value().kroner());
            }
        }
        for (long value : above) {
            out.add(request.toBuilder().purchase(p -> p.estimatedValueNok(value).valueIncludesOptionsAndExtensions(true)).build());
        }
        return out;
    }

    private record Judgement(Verdict verdict, List<String> reasons, List<String> questions, Assessment assessment) {
    }

    /** Compares the notice's choices with one assessment's statuses. */
    private Judgement judge(Notice notice, Assessment a) {
        List<String> reasons = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        boolean inconsistent = false;
        boolean unknown = false;
        boolean choseSomething = false;

        // 1. The legal basis: the Parts of FOA the notice names must be the Parts that apply (FOA § 5-1).
        if (!notice.foaParts().isEmpty()) {
            choseSomething = true;
            Band band = a.band();
            if (band == Band.UNDETERMINED) {
                unknown = true;
                reasons.add(t("Hvilke deler av FOA som gjelder, kan ikke avgjøres ut fra det kunngjøringen sier (FOA § 5-1).",
                        "Which Parts of FOA apply cannot be decided from what the notice says (FOA § 5-1)."));
                questions.addAll(questions(a, bandMissingFacts(a)));
            } else {
                Set<Integer> law = lawParts(band);
                String chosen = parts(notice.foaParts());
                String value = a.assessedValue().map(NoticeCheck::nok).orElse("?");
                if (law.isEmpty()) {
                    reasons.add(t("Kunngjøringen oppgir FOA " + chosen + ", men " + a.bandText() + " gjelder her (" + basis(band)
                                    + "): å følge forskriften likevel er frivillig og ikke ulovlig.",
                            "The notice names FOA " + chosen + ", but " + a.bandText() + " applies here (" + basis(band)
                                    + "): following FOA anyway is voluntary, not unlawful."));
                } else if (acceptable(band, notice.foaParts())) {
                    reasons.add(t("Kunngjøringen oppgir FOA " + chosen + ", og det stemmer ved NOK " + value + ": " + a.bandText() + " (" + basis(band) + ").",
                            "The notice names FOA " + chosen + ", which is right at NOK " + value + ": " + a.bandText() + " (" + basis(band) + ")."));
                } else {
                    inconsistent = true;
                    boolean healthSocial = a.thresholdsUsed().stream().anyMatch(th -> th.name().equals("EEA-HS"));
                    String what = healthSocial ? t("helse- og sosialtjenester", "health and social services") : t("anskaffelsen", "the purchase");
                    String more = healthSocial && notice.foaParts().contains(2)
                            ? t(" Helse- og sosialtjenester hører aldri under del II (FOA § 5-1 (2) a: «unntatt kontrakter om helse- og sosialtjenester»).",
                                " Health and social services never fall under Part II (FOA § 5-1 (2) a: \"except contracts for health and social services\").")
                            : "";
                    reasons.add(t("Kunngjøringen oppgir FOA " + chosen + " som rettslig grunnlag, men " + what + " til NOK " + value + " hører under "
                                    + a.bandText() + " (" + basis(band) + "), ikke " + chosen + "." + more,
                            "The notice names FOA " + chosen + " as its legal basis, but " + what + " of NOK " + value + (healthSocial ? " fall under " : " falls under ")
                                    + a.bandText() + " (" + basis(band) + "), not " + chosen + "." + more));
                }
            }
        } else if (notice.legalBasisText().isPresent()) {
            unknown = true;
            reasons.add(t("Det rettslige grunnlaget «" + notice.legalBasisText().get() + "» sier ikke hvilke deler av FOA som brukes.",
                    "The legal basis \"" + notice.legalBasisText().get() + "\" does not say which Parts of FOA are used."));
            questions.add(t("Hvilke deler av FOA er kunngjøringen kunngjort etter (for eksempel «Del 1» eller «Del 1 og 2»)?",
                    "Under which Parts of FOA is the notice published (for example \"Del 1\" or \"Del 1 og 2\")?"));
        }

        // 2. The procedure, or the ground the notice gives for awarding without a call for competition.
        boolean direct = notice.procedureCode().filter("neg-wo-call"::equals).isPresent();
        Set<PathId> candidates = notice.justificationPaths().isEmpty() ? notice.procedurePaths() : notice.justificationPaths();
        if (!notice.justificationCodes().isEmpty() && notice.justificationPaths().isEmpty()) {
            choseSomething = true;
            unknown = true;
            reasons.add(t("Begrunnelsen " + notice.justificationCodes() + " for direkte tildeling er et grunnlag Veivalg ikke vurderer.",
                    "The justification " + notice.justificationCodes() + " for a direct award is a ground Veivalg does not assess."));
        } else if (!candidates.isEmpty()) {
            choseSomething = true;
            String procedure = notice.procedureCode().orElse("?");
            List<PathResult> results = candidates.stream().map(a::path).toList();
            Optional<PathResult> ok = results.stream()
                    .filter(r -> r.status().isOpen() || (!direct && r.status() == PathStatus.NOT_REQUIRED && notice.justificationPaths().isEmpty()))
                    .min((x, y) -> Boolean.compare(!x.status().isOpen(), !y.status().isOpen()));
            List<PathResult> undetermined = results.stream().filter(r -> r.status() == PathStatus.UNDETERMINED).toList();
            if (ok.isPresent()) {
                PathResult r = ok.get();
                reasons.add(t("Prosedyren «" + procedure + "» er " + r.title() + ": " + r.statusText() + " (" + String.join("; ", r.legalBasis()) + "). " + r.reason(),
                        "The procedure \"" + procedure + "\" is " + r.title() + ": " + r.statusText() + " (" + String.join("; ", r.legalBasis()) + "). " + r.reason()));
            } else if (!undetermined.isEmpty()) {
                unknown = true;
                for (PathResult r : undetermined) {
                    reasons.add(r.title() + " (" + String.join("; ", r.legalBasis()) + "): " + r.reason());
                    questions.addAll(questions(a, r.missingFacts()));
                }
            } else {
                inconsistent = true;
                PathResult closed = results.stream().filter(r -> r.status() == PathStatus.CLOSED).findFirst().orElse(results.get(0));
                String open = a.openPaths().stream().filter(p -> PROCEDURES.contains(p.id())).map(PathResult::title).collect(Collectors.joining(", "));
                reasons.add(t("Prosedyren «" + procedure + "» er ikke åpen her: " + closed.title() + " (" + String.join("; ", closed.legalBasis()) + "): "
                                + closed.reason() + (open.isEmpty() ? "" : " Åpne veier: " + open + "."),
                        "The procedure \"" + procedure + "\" is not open here: " + closed.title() + " (" + String.join("; ", closed.legalBasis()) + "): "
                                + closed.reason() + (open.isEmpty() ? "" : " Open paths: " + open + ".")));
            }
        }

        // 3. The reservation the notice uses.
        for (PathId reservation : notice.reservationPaths()) {
            choseSomething = true;
            PathResult r = a.path(reservation);
            String line = r.title() + ": " + r.statusText() + " (" + String.join("; ", r.legalBasis()) + "). " + r.reason();
            reasons.add(line);
            if (r.status() == PathStatus.CLOSED) {
                inconsistent = true;
            } else if (!r.status().isOpen()) {
                unknown = true;
                questions.addAll(questions(a, r.missingFacts()));
            }
        }

        if (!choseSomething) {
            unknown = true;
            reasons.add(t("Kunngjøringen oppgir verken hvilke deler av FOA den bygger på eller en prosedyre: det er ingenting å kontrollere.",
                    "The notice names neither the Parts of FOA it uses nor a procedure: there is nothing to check."));
            questions.add(t("Etter hvilke deler av FOA, og med hvilken prosedyre, skal anskaffelsen gjennomføres?",
                    "Under which Parts of FOA, and by which procedure, is the purchase to be made?"));
        }
        Verdict verdict = inconsistent ? Verdict.INCONSISTENT : unknown ? Verdict.CANNOT_TELL : Verdict.CONSISTENT;
        return new Judgement(verdict, List.copyOf(new LinkedHashSet<>(reasons)), List.copyOf(new LinkedHashSet<>(questions)), a);
    }

    /** The facts the band waits for: those of the paths that wait on the band, or every missing fact. */
    private static List<String> bandMissingFacts(Assessment a) {
        Set<String> facts = new LinkedHashSet<>();
        for (PathId id : List.of(PathId.PART_I_COMPETITION, PathId.PART_II_OPEN, PathId.PART_III_OPEN, PathId.SPECIAL_SERVICES_REGIME)) {
            facts.addAll(a.path(id).missingFacts());
        }
        return List.copyOf(facts);
    }

    /** The engine's questions for the facts, in its order; a fact it has no question for is asked by name. */
    private List<String> questions(Assessment a, List<String> facts) {
        List<String> out = new ArrayList<>();
        Set<String> asked = new LinkedHashSet<>();
        for (Question q : a.nextQuestions()) {
            if (facts.contains(q.fact())) {
                out.add(q.text());
                asked.add(q.fact());
            }
        }
        for (String f : facts) {
            if (!asked.contains(f)) {
                out.add(question(a, f));
            }
        }
        return out;
    }

    private String question(Assessment a, String fact) {
        for (Question q : a.nextQuestions()) {
            if (q.fact().equals(fact)) {
                return q.text();
            }
        }
        if (fact.equals(OPTIONS_FACT)) {
            return t("Omfatter den anslåtte verdien alle opsjoner og forlengelser (FOA § 5-4 (1))?",
                    "Does the estimated value include every option and extension (FOA § 5-4 (1))?");
        }
        return t("Kunngjøringen sier ikke: " + fact, "The notice does not say: " + fact);
    }

    /** The Parts of FOA that apply in a band (FOA § 5-1); none below the lower limit or outside FOA. */
    static Set<Integer> lawParts(Band band) {
        return switch (band) {
            case PART_I_ONLY -> Set.of(1);
            case PART_II, SPECIAL_SERVICES_PART_II_PLUS -> Set.of(1, 2);
            case PART_III -> Set.of(1, 3);
            case PART_IV_CH30 -> Set.of(1, 4);
            case BELOW_LOWER_LIMIT, OUT_OF_SCOPE, UNDETERMINED -> Set.of();
        };
    }

    /** Whether the named Parts are the Parts that apply; special services above the EEA threshold also take Part III's additions (§ 5-1 (2) b). */
    static boolean acceptable(Band band, Set<Integer> named) {
        if (band == Band.SPECIAL_SERVICES_PART_II_PLUS && named.equals(Set.of(1, 2, 3))) {
            return true;
        }
        return named.equals(lawParts(band));
    }

    private String basis(Band band) {
        return t(basisEn(band).replace(" and ", " og "), basisEn(band));
    }

    private static String basisEn(Band band) {
        return switch (band) {
            case BELOW_LOWER_LIMIT -> "LOA § 2, FOA § 1-1";
            case PART_I_ONLY -> "FOA § 5-1 (1) and (2) a";
            case PART_II -> "FOA § 5-1 (2) a";
            case SPECIAL_SERVICES_PART_II_PLUS -> "FOA § 5-1 (2) b";
            case PART_III -> "FOA § 5-1 (3)";
            case PART_IV_CH30 -> "FOA § 5-1 (4)";
            case OUT_OF_SCOPE -> "FOA §§ 1-1, 2-1";
            case UNDETERMINED -> "FOA § 5-1";
        };
    }

    private String parts(Set<Integer> parts) {
        List<String> roman = new TreeSet<>(parts).stream().map(NoticeCheck::roman).toList();
        String joined = roman.size() == 1 ? roman.get(0)
                : String.join(", ", roman.subList(0, roman.size() - 1)) + t(" og ", " and ") + roman.get(roman.size() - 1);
        return t("del ", roman.size() == 1 ? "Part " : "Parts ") + joined;
    }

    private static String roman(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            case 5 -> "V";
            default -> String.valueOf(n);
        };
    }

    static String nok(Money m) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        return new DecimalFormat("#,##0", symbols).format(m.kroner());
    }

    private List<String> warnings(Notice notice, LocalDate date) {
        List<String> out = new ArrayList<>();
        for (String w : notice.warnings()) {
            out.add(switch (w) {
                case "placeholder-date" -> t("IssueDate er en mal-plassholder (${ISSUEDATE}): kontrollert som et utkast per " + date + ".",
                        "IssueDate is a template placeholder (${ISSUEDATE}): checked as a draft as of " + date + ".");
                case "cga-threshold-open" -> t("Oppdragsgiveren er et offentligrettslig organ under staten (body-pl-cga). DFØs nasjonale skjema lar -cga velge statens "
                                + "lavere EØS-terskel; Veivalg bruker den bare for statlige myndigheter (FOA § 5-3 (1) a, § 1-2 (1) a og c). Et åpent spørsmål.",
                        "The buyer is a body governed by public law under the state (body-pl-cga). DFØ's national forms let -cga pick the state's lower "
                                + "EEA threshold; Veivalg applies it to state authorities only (FOA § 5-3 (1) a, § 1-2 (1) a and c). An open question.");
                case "buyers-of-several-kinds" -> t("Oppdragsgiverne er av ulike slag; hvilket slag som velger terskelverdien, sier ikke kunngjøringen.",
                        "The buyers are of different kinds; the notice does not say which kind picks the threshold.");
                case "no-framework-indicator" -> t("Kunngjøringen sier ikke at den gjelder en rammeavtale eller en dynamisk innkjøpsordning (BT-765, BT-766), "
                                + "så den leses som en kontrakt.",
                        "The notice announces no framework agreement or dynamic purchasing system (BT-765, BT-766), so it is read as one contract.");
                case "legal-basis-not-foa-eli" -> t("Kunngjøringen er nasjonal, men oppgir ikke FOA (ELI https://lovdata.no/eli/forskrift/2016/8/12/974) som rettslig grunnlag.",
                        "The notice is national but does not name FOA (ELI https://lovdata.no/eli/forskrift/2016/8/12/974) as its legal basis.");
                case "legal-basis-parts-unreadable" -> t("Beskrivelsen av det rettslige grunnlaget nevner ingen del av FOA.",
                        "The description of the legal basis names no Part of FOA.");
                default -> w;
            });
        }
        return out;
    }
}
