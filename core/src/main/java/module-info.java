/**
 * Veivalg: which procurement paths a Norwegian public buyer may take for a purchase, and why.
 *
 * <p>Exports the typed API ({@code io.github.veivalg}) and the JSON format
 * ({@code io.github.veivalg.json}); the engine behind them ({@code io.github.veivalg.internal}) and
 * the rule engine it wraps are not reachable. The domain's words come with
 * {@code io.github.veivalg.vocabulary}.
 */
module io.github.veivalg {
    requires transitive io.github.veivalg.vocabulary;
    requires static org.apiguardian.api;
    requires org.slf4j;
    // The knowledge base and the rule engine (automatic modules: Drools ships no module descriptors).
    requires io.github.veivalg.kb;
    requires org.kie.api;
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;

    exports io.github.veivalg;
    exports io.github.veivalg.json;
}
