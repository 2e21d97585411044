package io.github.veivalg.json;

import org.apiguardian.api.API;

import io.github.veivalg.*;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * The documented limits of a request in the JSON contract, in one place: every reader of outside
 * input (the command-line program, a server, a batch) refuses a request that goes past one of
 * them, while it parses, before the request is built. They are far above any real purchase (a
 * request is a few kilobytes, a notice has a handful of CPV codes and lots) and low enough that no
 * request can hold much memory: a parsed request that keeps within them takes at most a few
 * megabytes.
 *
 * <p>A limit is inclusive: a request exactly at a limit is read; one past it is refused. The same
 * figures are listed in {@code docs/json-contract.md}, section "Limits".
 *
 * <p>The refusal of a request also has bounds: an {@link InvalidRequestException} keeps at most
 * {@link #MAX_LISTED_PROBLEMS} problems and says how many more there were, and a value from the
 * request is quoted in a message only up to {@link #MAX_QUOTED_CHARS} characters.
 */
@API(status = STABLE, since = "0.1")
public final class JsonLimits {

    /** The largest request, in bytes of UTF-8 (1 MiB); also the longest line of a JSON Lines batch. */
    public static final int MAX_REQUEST_BYTES = 1 << 20;

    /**
     * The deepest nesting of objects and arrays. The request itself is an object (level 1), a
     * group such as {@code purchase} is level 2, {@code purchase.lots} level 3, a lot level 4.
     */
    public static final int MAX_NESTING_DEPTH = 16;

    /** The most items in one array: {@code purchase.cpvCodes}, {@code purchase.lots} or any other list. */
    public static final int MAX_ARRAY_ITEMS = 1_000;

    /** The most fields in one object (unknown fields included: each is one problem). */
    public static final int MAX_OBJECT_FIELDS = 200;

    /** The most values (objects, arrays, strings, numbers, booleans, nulls) in one request. */
    public static final int MAX_VALUES = 20_000;

    /** The longest string value, in characters (UTF-16 units). */
    public static final int MAX_STRING_CHARS = 1_000;

    /** The longest field name, in characters. */
    public static final int MAX_FIELD_NAME_CHARS = 100;

    /** The longest number, in characters of its JSON text (sign, digits, point and exponent). */
    public static final int MAX_NUMBER_CHARS = 40;

    /** The most problems an {@link InvalidRequestException} lists; it counts the rest. */
    public static final int MAX_LISTED_PROBLEMS = 25;

    /** The longest value from the request quoted in a message, in characters; a longer one is cut and ends with "…". */
    public static final int MAX_QUOTED_CHARS = 40;

    /** The longest field path kept in a {@link Problem}, in characters. */
    public static final int MAX_FIELD_PATH_CHARS = 200;

    /** The longest message kept in a {@link Problem}, in characters. */
    public static final int MAX_MESSAGE_CHARS = 500;

    private JsonLimits() {
    }

    /**
     * A value from the request as a message quotes it: a string in double quotes, cut to
     * {@link #MAX_QUOTED_CHARS} characters with "…" when longer; anything else by its text, cut
     * the same way.
     */
    public static String quote(Object value) {
        if (value instanceof String s) {
            return "\"" + prefix(s, MAX_QUOTED_CHARS) + "\"";
        }
        return prefix(String.valueOf(value), MAX_QUOTED_CHARS);
    }

    /** {@code text} cut to at most {@code max} characters, ending with "…" when it was cut; never splits a surrogate pair. */
    public static String prefix(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
