package io.github.veivalg.kb.vocabulary;

/** An amount in whole Norwegian kroner, ex VAT, as an argument of a message. */
public record Nok(long kroner) {
    public static Nok of(long kroner) {
        return new Nok(kroner);
    }
}
