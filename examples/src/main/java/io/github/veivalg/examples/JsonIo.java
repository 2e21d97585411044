package io.github.veivalg.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.veivalg.Assessment;
import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.json.JsonContract;
import io.github.veivalg.json.JsonLimits;
import io.github.veivalg.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the JSON contract with Jackson: the text becomes plain maps and lists, which
 * {@link JsonContract} turns into a request. Malformed JSON is refused like any other bad input,
 * as an {@link InvalidRequestException} naming the place of the error.
 *
 * <p>Reading is bounded by {@link JsonLimits}, while parsing: the bytes of the input, the depth of
 * nesting, the items of an array, the fields of an object, the values of the request, and the
 * length of a string, a field name and a number. Input past a limit is refused as soon as the limit
 * is passed, so that no input holds more memory than a request at the limits. Every entry point (the
 * command-line program, a server) reads through {@link #readRequest(InputStream)},
 * {@link #readRequest(byte[])} or {@link #readRequest(String)}.
 *
 * <p>A UTF-8 byte-order mark at the start is skipped; any valid UTF-8 is text, a literal U+FFFD
 * included; invalid UTF-8 and NUL characters are refused as binary data.
 */
public final class JsonIo {

    /**
     * Jackson's own constraints stand one past ours: the walk below refuses at our limit with our
     * words, and Jackson's check keeps the memory bounded where the walk cannot see (inside a token).
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(JsonLimits.MAX_REQUEST_BYTES + 1L)
                    .maxNestingDepth(JsonLimits.MAX_NESTING_DEPTH + 1)
                    .maxStringLength(JsonLimits.MAX_STRING_CHARS + 1)
                    .maxNameLength(JsonLimits.MAX_FIELD_NAME_CHARS + 1)
                    .maxNumberLength(JsonLimits.MAX_NUMBER_CHARS + 1)
                    .maxTokenCount(4L * JsonLimits.MAX_VALUES + 16)
                    .build())
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private JsonIo() {
    }

    /**
     * Reads one request from a stream, at most {@link JsonLimits#MAX_REQUEST_BYTES} bytes of it: a
     * longer input is refused without reading the rest. The stream is not closed.
     *
     * @throws InvalidRequestException naming every problem: too large, not UTF-8, malformed JSON, or a
     *                                 request that breaks the contract
     * @throws IOException             if the stream cannot be read
     */
    public static AssessmentRequest readRequest(InputStream in) throws IOException {
        return readRequest(readBounded(in));
    }

    /**
     * The bytes of a stream, when they are at most {@link JsonLimits#MAX_REQUEST_BYTES}; reads one
     * byte past the limit to know, and no more.
     *
     * @throws InvalidRequestException if the stream holds more
     */
    public static byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(JsonLimits.MAX_REQUEST_BYTES + 1);
        if (bytes.length > JsonLimits.MAX_REQUEST_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    /**
     * Reads one request from UTF-8 bytes (a byte-order mark at the start is skipped).
     *
     * @throws InvalidRequestException naming every problem
     */
    public static AssessmentRequest readRequest(byte[] utf8) {
        return JsonContract.requestFromMap(readObject(utf8));
    }

    /**
     * Reads one request from JSON text.
     *
     * @throws InvalidRequestException naming every problem: malformed JSON, or a request that breaks the contract
     */
    public static AssessmentRequest readRequest(String json) {
        return JsonContract.requestFromMap(readObject(json));
    }

    /**
     * Reads a JSON object within the limits from UTF-8 bytes, as maps, lists, strings, numbers
     * ({@code Integer}, {@code Long}, {@code BigInteger}, {@code BigDecimal}), booleans and nulls.
     *
     * @throws InvalidRequestException if the bytes are not UTF-8 text, not one JSON object, or past a limit
     */
    public static Map<String, Object> readObject(byte[] utf8) {
        return readObject(text(utf8));
    }

    /**
     * Strictly decoded UTF-8 text, without a byte-order mark at the start.
     *
     * @throws InvalidRequestException if the bytes are larger than the limit or not UTF-8
     */
    public static String text(byte[] utf8) {
        if (utf8.length > JsonLimits.MAX_REQUEST_BYTES) {
            throw tooLarge();
        }
        int start = startsWithBom(utf8, utf8.length) ? BOM.length : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8, start, utf8.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw refused("request", NOT_TEXT);
        }
    }

    static boolean startsWithBom(byte[] bytes, int length) {
        return length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    /**
     * Reads a JSON object within the limits from text (a byte-order mark at the start is skipped).
     *
     * @throws InvalidRequestException if the text is not one JSON object, or past a limit
     */
    public static Map<String, Object> readObject(String json) {
        if (json == null) {
            throw refused("request", EMPTY);
        }
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
            json = json.substring(1);
        }
        // A char is at least one byte of UTF-8; the exact count only when it may matter.
        if (json.length() > JsonLimits.MAX_REQUEST_BYTES
                || (json.length() * 3L > JsonLimits.MAX_REQUEST_BYTES && utf8Length(json) > JsonLimits.MAX_REQUEST_BYTES)) {
            throw tooLarge();
        }
        if (json.isBlank()) {
            throw refused("request", EMPTY);
        }
        if (json.indexOf('\u0000') >= 0) {
            throw refused("request", NOT_TEXT);
        }
        Walk walk = null;
        try (JsonParser parser = FACTORY.createParser(json)) {
            walk = new Walk(parser);
            return walk.root();
        } catch (StreamConstraintsException e) {
            throw refused(walk == null ? "request" : walk.path(), constraintMessage(e, walk == null ? "" : walk.tokenKind(json)));
        } catch (JsonProcessingException e) {
            if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                throw refused("request", "ends before the JSON is complete" + at(e.getLocation()));
            }
            throw refused("request", "is not valid JSON" + at(e.getLocation()) + detail(e.getOriginalMessage()));
        } catch (IOException e) {
            // Reading a String does no I/O; a parser that reports it anyway is a failure of ours.
            throw new IllegalStateException("Reading JSON text failed", e);
        }
    }

    static final String EMPTY = "is empty: expected a JSON object";
    static final String NOT_TEXT = "is not JSON text (binary data or invalid UTF-8)";

    /** The refusal of an input larger than {@link JsonLimits#MAX_REQUEST_BYTES}. */
    public static InvalidRequestException tooLarge() {
        return refused("request", "is larger than " + JsonLimits.MAX_REQUEST_BYTES + " bytes");
    }

    private static InvalidRequestException refused(String field, String message) {
        return new InvalidRequestException(List.of(new Problem(field, message)));
    }

    private static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    // Messages in the project's words for what Jackson reports in its own: the library's names never reach a user.
    private static final String[][] CONSTRAINTS = {
            {"String value length", "is a string longer than " + JsonLimits.MAX_STRING_CHARS + " characters"},
            {"Name length", "has a field name longer than " + JsonLimits.MAX_FIELD_NAME_CHARS + " characters"},
            {"Number value length", "is a number longer than " + JsonLimits.MAX_NUMBER_CHARS + " characters"},
            {"nesting depth", "is nested deeper than " + JsonLimits.MAX_NESTING_DEPTH + " levels"},
            {"Document length", "is larger than " + JsonLimits.MAX_REQUEST_BYTES + " bytes"},
            {"Token count", "has more than " + JsonLimits.MAX_VALUES + " values"},
    };

    private static String constraintMessage(StreamConstraintsException e, String tokenKind) {
        String text = String.valueOf(e.getOriginalMessage());
        // Jackson buffers names and numbers as strings: which one was too long, the walk knows.
        if (text.contains("String value length")) {
            text = tokenKind;
        }
        for (String[] known : CONSTRAINTS) {
            if (text.contains(known[0])) {
                return known[1];
            }
        }
        return "is past a limit of the JSON contract";
    }

    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.)' \\(code (\\d+)\\)\\)");
    private static final Pattern UNKNOWN_WORD = Pattern.compile("^Unrecognized token '([^']*)'");
    private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '([^']*)'");

    /** What went wrong, in our words; nothing when we cannot say it better than the place. */
    static String detail(String jackson) {
        if (jackson == null) {
            return "";
        }
        Matcher m = UNEXPECTED.matcher(jackson);
        if (m.find()) {
            int code = Integer.parseInt(m.group(2));
            // A control character, and a backtick (which reads like a library's quoting), by its code point.
            return ": unexpected character " + (code < 0x20 || code == 0x7F || code == '`' ? "U+" + String.format("%04X", code) : "'" + m.group(1) + "'");
        }
        m = UNKNOWN_WORD.matcher(jackson);
        if (m.find()) {
            return ": unknown word " + JsonLimits.quote(m.group(1));
        }
        m = NON_STANDARD.matcher(jackson);
        if (m.find()) {
            return ": " + JsonLimits.quote(m.group(1)) + " is not a JSON number";
        }
        if (jackson.startsWith("Illegal unquoted character")) {
            return ": a control character inside a string must be written with a backslash escape";
        }
        if (jackson.startsWith("Unrecognized character escape")) {
            return ": unknown escape after a backslash";
        }
        if (jackson.contains("Leading zeroes not allowed")) {
            return ": a number must not start with 0";
        }
        if (jackson.startsWith("Unexpected close marker")) {
            return ": a bracket closes what was not opened";
        }
        if (jackson.contains("Invalid numeric value") || jackson.contains("Unexpected character")) {
            return ": unexpected character";
        }
        return "";
    }

    /**
     * Builds the maps and lists token by token, counting as it goes, so that a limit refuses the
     * input at the token that passes it.
     */
    private static final class Walk {
        private final JsonParser parser;
        /** Names and indexes from the root to the value being read, for the field path of a refusal. */
        private final Deque<Object> path = new ArrayDeque<>();
        private int values;
        /** Set while a string value's text is read: Jackson reads it late, at {@code getText()}. */
        private boolean readingString;

        Walk(JsonParser parser) {
            this.parser = parser;
        }

        Map<String, Object> root() throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw refused("request", EMPTY);
            }
            if (first != JsonToken.START_OBJECT) {
                throw refused("request", "must be a JSON object, not " + kind(first));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) value(first, 1);
            if (parser.nextToken() != null) {
                throw refused("request", "has more text after the JSON object" + at(parser.currentTokenLocation()));
            }
            return object;
        }

        private Object value(JsonToken token, int depth) throws IOException {
            if (++values > JsonLimits.MAX_VALUES) {
                throw refused("request", "has more than " + JsonLimits.MAX_VALUES + " values");
            }
            switch (token) {
                case START_OBJECT: {
                    checkDepth(depth);
                    Map<String, Object> object = new LinkedHashMap<>();
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                        String name = parser.currentName();
                        if (name.length() > JsonLimits.MAX_FIELD_NAME_CHARS) {
                            throw refused(path(), "has a field name longer than " + JsonLimits.MAX_FIELD_NAME_CHARS + " characters");
                        }
                        if (object.size() >= JsonLimits.MAX_OBJECT_FIELDS) {
                            throw refused(path(), "has more than " + JsonLimits.MAX_OBJECT_FIELDS + " fields");
                        }
                        path.addLast(name);
                        if (object.containsKey(name)) {
                            throw refused(path(), "is given twice");
                        }
                        object.put(name, value(parser.nextToken(), depth + 1));
                        path.removeLast();
                    }
                    return object;
                }
                case START_ARRAY: {
                    checkDepth(depth);
                    List<Object> array = new ArrayList<>();
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                        if (array.size() >= JsonLimits.MAX_ARRAY_ITEMS) {
                            throw refused(path(), "has more than " + JsonLimits.MAX_ARRAY_ITEMS + " items");
                        }
                        path.addLast(array.size());
                        array.add(value(t, depth + 1));
                        path.removeLast();
                    }
                    return array;
                }
                case VALUE_STRING: {
                    readingString = true;
                    String text = parser.getText();
                    readingString = false;
                    if (text.length() > JsonLimits.MAX_STRING_CHARS) {
                        throw refused(path(), "is a string longer than " + JsonLimits.MAX_STRING_CHARS + " characters");
                    }
                    return text;
                }
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT: {
                    if (parser.getTextLength() > JsonLimits.MAX_NUMBER_CHARS) {
                        throw refused(path(), "is a number longer than " + JsonLimits.MAX_NUMBER_CHARS + " characters");
                    }
                    return token == JsonToken.VALUE_NUMBER_INT ? parser.getNumberValue() : parser.getDecimalValue();
                }
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                case VALUE_NULL:
                    return null;
                default:
                    // Jackson reports malformed input itself; another token here is a failure of ours.
                    throw new IllegalStateException("Unexpected JSON token " + token);
            }
        }

        private void checkDepth(int depth) {
            if (depth > JsonLimits.MAX_NESTING_DEPTH) {
                throw refused(path(), "is nested deeper than " + JsonLimits.MAX_NESTING_DEPTH + " levels");
            }
        }

        /**
         * What Jackson was reading when it found a token too long: a string value (the walk asked
         * for its text), a number (the text before the place is a digit) or else a field name.
         */
        String tokenKind(String json) {
            if (readingString) {
                return "String value length";
            }
            long at = parser.currentLocation().getCharOffset();
            char before = at > 0 && at <= json.length() ? json.charAt((int) at - 1) : ' ';
            return Character.isDigit(before) ? "Number value length" : "Name length";
        }

        /** The field path of the value being read, as {@link Problem} names it: {@code purchase.lots[2].id}. */
        String path() {
            if (path.isEmpty()) {
                return "request";
            }
            StringBuilder out = new StringBuilder();
            for (Iterator<Object> it = path.iterator(); it.hasNext(); ) {
                Object step = it.next();
                if (step instanceof Integer index) {
                    out.append('[').append(index).append(']');
                } else {
                    if (out.length() > 0) {
                        out.append('.');
                    }
                    out.append(step);
                }
                if (out.length() > JsonLimits.MAX_FIELD_PATH_CHARS) {
                    break;
                }
            }
            return out.toString();
        }
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "a " + token.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The assessment as a JSON response, indented when {@code pretty}. */
    public static String response(Assessment assessment, boolean pretty) {
        return write(JsonContract.responseToMap(assessment), pretty);
    }

    /** The problems as a JSON error response. */
    public static String errors(List<Problem> problems, boolean pretty) {
        return write(JsonContract.errorsToMap(problems), pretty);
    }

    /** A refusal as a JSON error response, with {@code moreErrors} when it lists only the first problems. */
    public static String errors(InvalidRequestException refusal, boolean pretty) {
        return write(JsonContract.errorsToMap(refusal), pretty);
    }

    public static String write(Object value, boolean pretty) {
        try {
            return (pretty ? PRETTY : MAPPER).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }
}
