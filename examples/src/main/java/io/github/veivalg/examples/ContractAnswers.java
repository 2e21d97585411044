package io.github.veivalg.examples;

import io.github.veivalg.Assessment;
import io.github.veivalg.json.JsonContract;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.PathInfo;
import io.github.veivalg.vocabulary.PathStatus;
import io.github.veivalg.Question;
import io.github.veivalg.ThresholdsInForce;
import io.github.veivalg.Veivalg;
import io.github.veivalg.WhatIf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the answers that are not an assessment (the questions to ask next, a threshold
 * row, a path's description), written once for the command-line program and the service alike, so
 * that both answer the same request with the same JSON.
 */
public final class ContractAnswers {

    private ContractAnswers() {
    }

    /** The questions to ask next, most decisive first, with the law data they were asked under. */
    public static Map<String, Object> questions(Assessment assessment) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("questions", questionList(assessment));
        answer.put("lawData", JsonContract.lawDataToMap(assessment.lawData()));
        return answer;
    }

    /**
     * The service's answer to an assessment: the contract's response ({@link JsonContract#responseToMap(Assessment)})
     * with two fields a page or a case system needs to go on without a second request, both the
     * library's own: {@code paths[].protocolText} ({@link Veivalg#protocolText(Assessment, PathId)}) on each path
     * that may be recorded as chosen, and {@code nextQuestions} ({@link Assessment#nextQuestions()},
     * in the shape of {@link #questions(Assessment)}'s list). They are kept out of the contract itself:
     * the protocol text restates the answer's own data as prose for one chosen path, and a batch
     * would carry it for every path of every line.
     */
    public static Map<String, Object> assessment(Veivalg veivalg, Assessment assessment) {
        return withProtocolAndQuestions(veivalg, JsonContract.responseToMap(assessment), assessment);
    }

    /** {@link #assessment(Veivalg, Assessment)} with the what-if's {@code paths[].wouldChange}. */
    public static Map<String, Object> assessment(Veivalg veivalg, WhatIf whatIf) {
        return withProtocolAndQuestions(veivalg, JsonContract.responseToMap(whatIf), whatIf.assessment());
    }

    /**
     * Whether a path's status lets a buyer record it as the chosen path in the procurement protocol:
     * a path that may be taken (open, or open with a justification) or a recommended step.
     */
    public static boolean recordable(PathStatus status) {
        return status.isOpen() || status == PathStatus.RECOMMENDED;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withProtocolAndQuestions(Veivalg veivalg, Map<String, Object> answer, Assessment assessment) {
        for (Object item : (List<Object>) answer.get("paths")) {
            Map<String, Object> path = (Map<String, Object>) item;
            PathId id = PathId.valueOf((String) path.get("id"));
            if (recordable(assessment.path(id).status())) {
                path.put("protocolText", veivalg.protocolText(assessment, id));
            }
        }
        answer.put("nextQuestions", questionList(assessment));
        return answer;
    }

    private static List<Object> questionList(Assessment assessment) {
        List<Object> list = new ArrayList<>();
        for (Question q : assessment.nextQuestions()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("fact", q.fact());
            item.put("question", q.text());
            item.put("decidesPaths", q.paths().stream().map(Enum::name).toList());
            item.put("aboutAnException", q.aboutAnException());
            list.add(item);
        }
        return list;
    }

    /** The threshold row in force on a date, with its sources and warnings. */
    public static Map<String, Object> thresholds(ThresholdsInForce row) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("date", row.date().toString());
        map.put("row", row.rowId());
        map.put("lawData", JsonContract.lawDataToMap(row.lawData()));
        map.put("figures", row.figures().stream().map(JsonContract::thresholdToMap).toList());
        map.put("warnings", row.warnings().stream().map(w -> w.code() + ": " + w.message()).toList());
        return map;
    }

    /** What a path is, its conditions and its legal basis. */
    public static Map<String, Object> path(PathInfo info) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", info.id().name());
        map.put("title", info.title());
        map.put("description", info.description());
        map.put("conditions", info.conditions());
        map.put("legalBasis", info.legalBasis());
        map.put("rules", info.rules());
        return map;
    }
}
