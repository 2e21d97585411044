package io.github.veivalg;

import io.github.veivalg.internal.Messages;
import io.github.veivalg.kb.vocabulary.Msg;

import java.util.Locale;
import java.util.Objects;

/**
 * Something the buyer should know about the answer: law that is not verified, thresholds that may
 * be stale, facts that contradict each other without making the request invalid. The code is
 * stable (for example {@code E4} for a possible 2026 threshold adjustment); the message is plain text.
 */
public final class Warning {

    private final String code;
    private final Msg message;
    private final Locale locale;
    private final Messages messages;

    Warning(String code, Msg message, Locale locale, Messages messages) {
        this.code = code;
        this.message = message;
        this.locale = locale;
        this.messages = messages;
    }

    /** A stable code: an open question of the spec ({@code E2}, {@code E4}, …) or a named flag. */
    public String code() {
        return code;
    }

    /** The warning in the assessment's language. */
    public String message() {
        return messages.render(message, locale);
    }

    public String message(Locale language) {
        return messages.render(message, language);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Warning w && code.equals(w.code) && message.equals(w.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, message);
    }

    @Override
    public String toString() {
        return code + ": " + message();
    }
}
