package io.github.veivalg.kb.vocabulary;

/** A percentage from 0 to 100, as an argument of a message. */
public record Pct(double value) {
    public static Pct of(double value) {
        return new Pct(value);
    }
}
