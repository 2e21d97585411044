package io.github.veivalg.examples;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.JsonContract;
import io.github.veivalg.Problem;

import java.util.List;
import java.util.Map;

/**
 * Reads and writes the JSON contract with Jackson: the text becomes plain maps and lists, which
 * {@link JsonContract} turns into a request. Malformed JSON is refused like any other bad input,
 * as an {@link InvalidRequestException} naming the place of the error.
 */
public final class JsonIo {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonIo() {
    }

    /**
     * Reads one request from JSON text.
     *
     * @throws InvalidRequestException naming every problem: malformed JSON, or a request that breaks the contract
     */
    public static AssessmentRequest readRequest(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidRequestException(List.of(new Problem("request", "is empty: expected a JSON object")));
        }
        if (json.indexOf('\u0000') >= 0 || json.indexOf('\uFFFD') >= 0) {
            throw new InvalidRequestException(List.of(new Problem("request", "is not JSON text (binary data or invalid UTF-8)")));
        }
        Object parsed;
        try {
            parsed = MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidRequestException(List.of(new Problem("request", "is not valid JSON" + where + ": " + e.getOriginalMessage())));
        }
        if (!(parsed instanceof Map<?, ?>)) {
            throw new InvalidRequestException(List.of(new Problem("request", "must be a JSON object, not " + kind(parsed))));
        }
        // Jackson reads a JSON object as a LinkedHashMap<String, Object>: its keys are strings already.
        @SuppressWarnings("unchecked")
        Map<String, Object> request = (Map<String, Object>) parsed;
        return JsonContract.requestFromMap(request);
    }

    /** Whether a request text (already read by {@link #readRequest}) asks for {@code "whatIf": true} (issue #14). */
    public static boolean whatIfRequested(String json) {
        try {
            Object parsed = MAPPER.readValue(json, Object.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> request = parsed instanceof Map<?, ?> ? (Map<String, Object>) parsed : Map.of();
            return JsonContract.whatIfRequested(request);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String kind(Object value) {
        if (value instanceof List<?>) {
            return "an array";
        }
        return value == null ? "null" : "a " + value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    /** The assessment as a JSON response, indented when {@code pretty}. */
    public static String response(Assessment assessment, boolean pretty) {
        return write(JsonContract.responseToMap(assessment), pretty);
    }

    /** The problems as a JSON error response. */
    public static String errors(List<Problem> problems, boolean pretty) {
        return write(JsonContract.errorsToMap(problems), pretty);
    }

    public static String write(Object value, boolean pretty) {
        try {
            return (pretty ? PRETTY : MAPPER).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }
}
