package io.github.veivalg;

/**
 * One problem with a request: the field, by its path in the JSON contract (for example
 * {@code purchase.estimatedValueNok} or {@code purchase.lots[1].valueNok}), and what is wrong.
 *
 * @param field   the field path
 * @param message what is wrong, in English
 */
public record Problem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
