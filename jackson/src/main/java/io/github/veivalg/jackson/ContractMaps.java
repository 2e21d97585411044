package io.github.veivalg.jackson;

import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.json.JsonContract;
import io.github.veivalg.vocabulary.Money;
import io.github.veivalg.PathInfo;
import io.github.veivalg.vocabulary.Percent;
import io.github.veivalg.Problem;
import io.github.veivalg.Question;
import io.github.veivalg.ThresholdsInForce;
import io.github.veivalg.Warning;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract's shapes that {@link JsonContract} does not write (yet): the request, and the
 * answers of {@code questions}, {@code explain} and {@code thresholds} as the command-line program
 * writes them. Maps keep their keys in the order they are written.
 */
final class ContractMaps {

    private ContractMaps() {
    }

    /**
     * The request as {@link JsonContract#requestFromMap} reads it. The contract names each fact
     * exactly as the typed API does, so the request's record components are walked rather than
     * listed again: a fact added to core comes along, and the round-trip tests catch a name that
     * ever differs. An unknown fact, an empty list and a group with nothing known are left out.
     */
    static Map<String, Object> requestToMap(AssessmentRequest request) {
        return recordToMap(request);
    }

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private static Map<String, Object> recordToMap(Record value) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent component : COMPONENTS.get(value.getClass())) {
            Object json = toJson(read(component, value));
            // The request's "strict" switch is written only when it is on: false is the default.
            if (component.getType() == boolean.class && Boolean.FALSE.equals(json)) {
                continue;
            }
            if (json != null && !(json instanceof Map<?, ?> m && m.isEmpty())) {
                out.put(component.getName(), json);
            }
        }
        return out;
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + value.getClass().getSimpleName(), e);
        }
    }

    /** One value in its JSON form, or {@code null} when it is unknown or empty. */
    private static Object toJson(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(ContractMaps::toJson).orElse(null);
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof String) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Money money) {
            return money.kroner();
        }
        if (value instanceof Percent percent) {
            // As the request gave it: 45 stays 45 (the typed API holds it as 45.0), 29.99 stays 29.99.
            BigDecimal exact = percent.value().stripTrailingZeros();
            return exact.scale() <= 0 ? (Object) exact.longValueExact() : exact;
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return null;
            }
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(toJson(item));
            }
            return out;
        }
        if (value instanceof Record record) {
            return recordToMap(record);
        }
        // A new kind of value in core: refuse loudly rather than write something the reader would not take back.
        throw new IllegalStateException("No JSON form for a " + value.getClass().getName() + " in a request");
    }

    /** A question to ask next, as {@code veivalg.jar questions --format json} writes it. */
    static Map<String, Object> questionToMap(Question question) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fact", question.fact());
        out.put("question", question.text());
        out.put("decidesPaths", question.paths().stream().map(Enum::name).toList());
        out.put("aboutAnException", question.aboutAnException());
        return out;
    }

    /** What a path is, as {@code veivalg.jar explain --format json} writes it. */
    static Map<String, Object> pathInfoToMap(PathInfo info) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", info.id().name());
        out.put("title", info.title());
        out.put("description", info.description());
        out.put("conditions", info.conditions());
        out.put("legalBasis", info.legalBasis());
        out.put("rules", info.rules());
        return out;
    }

    /**
     * The threshold row in force on a date: its figures in the shape of the response's
     * {@code thresholdsUsed}, and its warnings as the response gives them, messages in
     * {@code warnings} and codes in {@code warningCodes}.
     */
    static Map<String, Object> thresholdsToMap(ThresholdsInForce row) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("formatVersion", JsonContract.FORMAT_VERSION);
        out.put("date", row.date().toString());
        out.put("row", row.rowId());
        out.put("figures", row.figures().stream().map(JsonContract::thresholdToMap).toList());
        out.put("warnings", row.warnings().stream().map(Warning::message).toList());
        out.put("warningCodes", row.warnings().stream().map(Warning::code).toList());
        return out;
    }

    /** One problem, as an entry of the contract's {@code errors}. */
    static Map<String, Object> problemToMap(Problem problem) {
        // The same shape as JsonContract.errorsToMap gives each entry; taken from there so it stays one.
        @SuppressWarnings("unchecked")
        List<Object> errors = (List<Object>) JsonContract.errorsToMap(List.of(problem)).get("errors");
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) errors.get(0);
        return entry;
    }
}
