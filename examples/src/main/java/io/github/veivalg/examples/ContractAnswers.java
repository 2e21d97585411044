package io.github.veivalg.examples;

import io.github.veivalg.Assessment;
import io.github.veivalg.JsonContract;
import io.github.veivalg.PathInfo;
import io.github.veivalg.Question;
import io.github.veivalg.ThresholdsInForce;

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
        List<Object> list = new ArrayList<>();
        for (Question q : assessment.nextQuestions()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("fact", q.fact());
            item.put("question", q.text());
            item.put("decidesPaths", q.paths().stream().map(Enum::name).toList());
            list.add(item);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("questions", list);
        answer.put("lawData", JsonContract.lawDataToMap(assessment.lawData()));
        return answer;
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
