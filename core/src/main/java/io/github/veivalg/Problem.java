package io.github.veivalg;

import org.apiguardian.api.API;

import io.github.veivalg.json.JsonLimits;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * One problem with a request: the field, by its path in the JSON contract (for example
 * {@code purchase.estimatedValueNok} or {@code purchase.lots[1].valueNok}), and what is wrong.
 *
 * <p>Both are bounded, since both may echo outside input: a field path longer than
 * {@link JsonLimits#MAX_FIELD_PATH_CHARS} and a message longer than
 * {@link JsonLimits#MAX_MESSAGE_CHARS} are cut, ending with "…".
 *
 * @param field   the field path
 * @param message what is wrong, in English
 */
@API(status = STABLE, since = "0.1")
public record Problem(String field, String message) {

    public Problem {
        field = JsonLimits.prefix(String.valueOf(field), JsonLimits.MAX_FIELD_PATH_CHARS);
        message = JsonLimits.prefix(String.valueOf(message), JsonLimits.MAX_MESSAGE_CHARS);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
