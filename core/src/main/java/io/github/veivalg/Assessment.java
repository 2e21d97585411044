package io.github.veivalg;

import io.github.veivalg.vocabulary.Money;

import io.github.veivalg.vocabulary.Band;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.PathStatus;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The explained answer for one request: a result for every path, the band, the thresholds used,
 * warnings, the questions still open, the knowledge-base version, and the ids of the rules that
 * fired. A value: every text is rendered when the answer is made, in its {@link #locale()}, and
 * the same request always gives an equal answer ({@link #equals}).
 *
 * <p>Example (assessment):
 * <pre>{@code
 * Assessment answer = veivalg.assess(request, Locale.ENGLISH);
 * for (PathResult path : answer.openPaths()) {       // most freedom first
 *     System.out.println(path.id() + " " + path.legalBasis() + ": " + path.reason());
 * }
 * for (Question question : answer.nextQuestions()) { // what to ask next
 *     System.out.println(question.text());
 * }
 * String protocol = veivalg.protocolText(answer, PathId.PART_II_OPEN);
 * }</pre>
 *
 * @param request              the request this answers
 * @param locale               the language the texts are rendered in: bokmål or English
 * @param band                 the regime band, {@link Band#OUT_OF_SCOPE} when FOA does not apply, or
 *                             {@link Band#UNDETERMINED}
 * @param bandText             the band in words, for example "del IV kapittel 30 av FOA (helse- og sosialtjenester)"
 * @param assessedValue        the value compared with the thresholds (FOA § 5-4: the estimate plus
 *                             related purchases), when known
 * @param paths                a result for every path, in the order of {@link PathId}
 * @param openPaths            the paths the buyer may take ({@code OPEN} or {@code OPEN_WITH_JUSTIFICATION}),
 *                             from most to least freedom
 * @param questions            every fact an UNDETERMINED path lists as missing, as a question, in the
 *                             order of the fact dictionary; see {@link #questionAbout(String)}
 * @param nextQuestions        the questions to ask next: the regime first (who buys, the agreement,
 *                             the value: facts with no legal default), then the rest; within each, by
 *                             how many statuses a fact could change (paths that list it as missing or
 *                             as a presumption), ties in the order of the fact dictionary. A fact that
 *                             matters only after another (the cooperation's market share after
 *                             whether there is a cooperation) waits until that one is answered.
 * @param thresholdsUsed       the figures the band was decided on
 * @param warnings             the warnings, sorted by code, each once
 * @param lawData              the law data (threshold table) this answer was given under: its edition
 *                             and SHA-256; each threshold's own source is in {@code thresholdsUsed}
 * @param knowledgeBaseVersion the version of the knowledge base that gave this answer
 * @param firedRules           the ids of the rules that fired, sorted (a rule that fired more than once
 *                             is listed each time), so that an auditor can reproduce the answer; the
 *                             order does not depend on how the rule engine scheduled them
 */
@API(status = STABLE, since = "0.1")
public record Assessment(AssessmentRequest request, Locale locale, Band band, String bandText,
                         Optional<Money> assessedValue, List<PathResult> paths, List<PathResult> openPaths,
                         List<Question> questions, List<Question> nextQuestions, List<ThresholdUsed> thresholdsUsed,
                         List<Warning> warnings, LawData lawData, String knowledgeBaseVersion, List<String> firedRules) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException     if a component is {@code null}
     * @throws IllegalArgumentException if {@code paths} does not hold one result for every path, in
     *                                  the order of {@link PathId}
     */
    public Assessment {
        Values.required(request, "request");
        Values.required(locale, "locale");
        Values.required(band, "band");
        Values.required(bandText, "bandText");
        Values.required(assessedValue, "assessedValue");
        paths = List.copyOf(Values.required(paths, "paths"));
        PathId[] ids = PathId.values();
        if (paths.size() != ids.length) {
            throw new IllegalArgumentException("An assessment answers every path once: " + paths.size() + " of " + ids.length);
        }
        for (int i = 0; i < ids.length; i++) {
            if (paths.get(i).id() != ids[i]) {
                throw new IllegalArgumentException("Path results are in the order of PathId: " + paths.get(i).id() + " where " + ids[i] + " belongs");
            }
        }
        openPaths = List.copyOf(Values.required(openPaths, "openPaths"));
        questions = List.copyOf(Values.required(questions, "questions"));
        nextQuestions = List.copyOf(Values.required(nextQuestions, "nextQuestions"));
        thresholdsUsed = List.copyOf(Values.required(thresholdsUsed, "thresholdsUsed"));
        warnings = List.copyOf(Values.required(warnings, "warnings"));
        Values.required(lawData, "lawData");
        Values.required(knowledgeBaseVersion, "knowledgeBaseVersion");
        firedRules = List.copyOf(Values.required(firedRules, "firedRules"));
    }

    /** The date the law is applied as of. */
    public LocalDate evaluationDate() {
        return request.evaluationDate();
    }

    /** The result for one path; every path has one. */
    public PathResult path(PathId id) {
        return paths.get(Values.required(id, "id").ordinal());
    }

    /** The closed paths, each with its reason. */
    public List<PathResult> closedPaths() {
        return paths.stream().filter(p -> p.status() == PathStatus.CLOSED).toList();
    }

    /** The paths that wait for an unknown fact. */
    public List<PathResult> undeterminedPaths() {
        return paths.stream().filter(p -> p.status() == PathStatus.UNDETERMINED).toList();
    }

    /**
     * The question about one fact that an UNDETERMINED path lists as missing, with the paths it
     * decides; also for a fact {@link #nextQuestions()} holds back until the fact it depends on is
     * answered, so that every missing fact can be shown as a question. Empty when no path waits for it.
     */
    public Optional<Question> questionAbout(String fact) {
        return questions.stream().filter(q -> q.fact().equals(fact)).findFirst();
    }

    @Override
    public String toString() {
        return "Assessment[" + request.evaluationDate() + ", " + band + ", open " + openPaths + "]";
    }
}
