package io.github.veivalg.kb.vocabulary;


/**
 * A warning attached to the answer: unverified law, possibly stale thresholds, a CPV code that
 * contradicts the stated category. The code is stable (for example {@code E4}); the text is a message.
 */
public record Notice(String code, Msg message) {
    public static Notice of(String code, String key, Object... args) {
        return new Notice(code, Msg.of(key, args));
    }
}
