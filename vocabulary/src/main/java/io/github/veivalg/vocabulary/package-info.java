/**
 * The words of the domain, each declared once and shared by the public API of
 * {@code io.github.veivalg} and the rules of the knowledge base: who buys ({@link
 * io.github.veivalg.vocabulary.AuthorityKind}), what is bought ({@link
 * io.github.veivalg.vocabulary.SubjectType}, {@link io.github.veivalg.vocabulary.ServiceCategory},
 * {@link io.github.veivalg.vocabulary.AgreementType}), who supplies ({@link
 * io.github.veivalg.vocabulary.LegalForm}), the regime band ({@link io.github.veivalg.vocabulary.Band}),
 * every path ({@link io.github.veivalg.vocabulary.PathId}) and its status ({@link
 * io.github.veivalg.vocabulary.PathStatus}).
 *
 * <p>Every type here is an immutable enum. No method accepts or returns {@code null}.
 */
package io.github.veivalg.vocabulary;
