package io.github.veivalg.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.json.JsonContract;
import io.github.veivalg.json.JsonLimits;
import io.github.veivalg.Problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a request: the JSON value becomes plain maps, lists, strings, numbers and booleans, and
 * {@link JsonContract#requestFromMap} checks it. The reading is the mapper's settings apart: every
 * decimal is read exactly (as a {@code BigDecimal}), a field given twice is a problem, and malformed
 * JSON inside the request is refused as an {@link InvalidRequestException} like any other bad input.
 */
final class RequestDeserializer extends StdDeserializer<AssessmentRequest> {

    private static final long serialVersionUID = 1L;

    /**
     * The contract nests four levels deep (request, purchase, lots, a lot). Below this depth a value
     * is kept only as "an object" or "a list", which the contract refuses in any case, so that no
     * input can make this reader recurse further, whatever the mapper's own limits are.
     */
    static final int MAX_DEPTH = 16;

    RequestDeserializer() {
        super(AssessmentRequest.class);
    }

    @Override
    public AssessmentRequest deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Object json;
        try {
            json = read(parser, "", 0, problems);
        } catch (JsonProcessingException e) {
            // Malformed JSON, or past one of the mapper's limits (nesting depth, number or string length).
            throw new InvalidRequestException(List.of(notJson(e)));
        }
        if (!(json instanceof Map<?, ?>)) {
            throw new InvalidRequestException(List.of(new Problem("request", "must be a JSON object, not " + kind(json))));
        }
        @SuppressWarnings("unchecked") // read() builds objects as Map<String, Object>
        Map<String, Object> object = (Map<String, Object>) json;
        if (problems.isEmpty()) {
            return JsonContract.requestFromMap(object);
        }
        // Duplicates first, then whatever else the contract finds: every problem at once.
        try {
            JsonContract.requestFromMap(object);
        } catch (InvalidRequestException e) {
            problems.addAll(e.problems());
        }
        throw new InvalidRequestException(problems);
    }

    private static Object read(JsonParser parser, String path, int depth, List<Problem> problems) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            token = parser.nextToken();
        }
        if (token == null) {
            throw new InvalidRequestException(List.of(new Problem("request", "is empty: expected a JSON object")));
        }
        switch (token) {
            case START_OBJECT:
                if (depth >= MAX_DEPTH) {
                    parser.skipChildren();
                    return Map.of();
                }
                Map<String, Object> object = new LinkedHashMap<>();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    String at = path.isEmpty() ? name : path + "." + name;
                    parser.nextToken();
                    Object value = read(parser, at, depth + 1, problems);
                    if (object.containsKey(name)) {
                        problems.add(new Problem(at, "is given more than once"));
                    } else {
                        object.put(name, value);
                    }
                }
                return object;
            case START_ARRAY:
                if (depth >= MAX_DEPTH) {
                    parser.skipChildren();
                    return List.of();
                }
                List<Object> list = new ArrayList<>();
                int i = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(parser, path + "[" + i++ + "]", depth + 1, problems));
                }
                return list;
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                // Exact, whatever the mapper's USE_BIG_DECIMAL_FOR_FLOATS: 29.99 stays 29.99.
                try {
                    return parser.getDecimalValue();
                } catch (NumberFormatException e) {
                    // An exponent no BigDecimal can hold (1e9999993858478): a problem of its field, not an escape.
                    problems.add(new Problem(path.isEmpty() ? "request" : path, "is too large, was " + JsonLimits.quote(parser.getText())));
                    return null;
                }
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                // An embedded object (from a TokenBuffer, not from text): no JSON type the contract takes.
                return String.valueOf(parser.getEmbeddedObject());
        }
    }

    private static Problem notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new Problem("request", "is not valid JSON" + where + ": " + e.getOriginalMessage());
    }

    private static String kind(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "a number";
    }
}
