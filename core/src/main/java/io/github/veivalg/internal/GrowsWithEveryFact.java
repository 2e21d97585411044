package io.github.veivalg.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the canonical constructor of a fact group ({@code BuyerFacts}, {@code PurchaseFacts}, ...):
 * it gains a parameter with every fact the law adds, so it is outside the compatibility promise, and
 * the API baseline check (japicmp) leaves it out. Fact groups are built with their builders, which
 * only ever gain methods.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.CONSTRUCTOR)
public @interface GrowsWithEveryFact {
}
