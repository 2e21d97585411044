/**
 * Veivalg: which procurement paths a Norwegian public buyer may take for a purchase, and why.
 *
 * <p>Start with {@link io.github.veivalg.Veivalg#create()}, build an
 * {@link io.github.veivalg.AssessmentRequest}, and read the {@link io.github.veivalg.Assessment}.
 * The domain's words ({@code PathId}, {@code PathStatus}, {@code Band}, {@code SubjectType}, ...)
 * come from {@code io.github.veivalg.vocabulary}; the JSON format from {@code io.github.veivalg.json}.
 *
 * <h2>Values</h2>
 * Every type in this package is an immutable value and thread-safe, unless it is a builder. Answers
 * ({@code Assessment}, {@code PathResult}, {@code Warning}, {@code Question}, {@code Presumption},
 * {@code ThresholdUsed}) are records with their texts rendered when the answer is made, in its
 * language: the same request gives an equal answer.
 *
 * <h2>Null policy</h2>
 * Nothing in this package accepts or returns {@code null}, except where a method's documentation
 * says what {@code null} means. There are two such places: a fact left {@code null} in a builder is
 * <em>unknown</em> (and an unknown fact is read as the law reads it, see
 * {@link io.github.veivalg.PathResult#presumptions()}), and a {@code null} {@link java.util.Locale}
 * means bokmål. Any other {@code null} is a programming error and is refused at the boundary, at
 * once, with a {@link java.lang.NullPointerException} that names the parameter
 * ({@code "request is required"}); it is never taken for an unknown fact. A value that may be
 * absent is an {@link java.util.Optional}; a list that may be empty is empty.
 *
 * <h2>Errors</h2>
 * A request that breaks the rules of the contract is refused with an
 * {@link io.github.veivalg.InvalidRequestException} that names every problem at once; a law-data
 * table that fails a check with an {@link io.github.veivalg.InvalidLawDataException}; a knowledge
 * base that is missing or broken with a {@link io.github.veivalg.KnowledgeBaseException}.
 */
package io.github.veivalg;
