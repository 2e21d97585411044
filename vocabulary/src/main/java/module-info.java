/**
 * The domain's words, shared by the public API and the rules: one {@code SubjectType}, one
 * {@code PathId}, one {@code PathStatus}, one {@code Band}.
 */
module io.github.veivalg.vocabulary {
    requires static org.apiguardian.api;

    exports io.github.veivalg.vocabulary;
}
