package io.github.veivalg.kb.vocabulary;

import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a rule puts what it concludes. A conclusion another rule reads (the scope, the band, the
 * findings of {@link Paths#readByRules()}) goes into working memory; a conclusion no rule reads (a
 * warning, the finding of any other path) is only recorded for the answer. Inserting it would cost
 * a propagation through every Finding pattern and nothing would ever match it.
 *
 * <p>One instance per call, as the session's global {@value #GLOBAL}; the engine reads
 * {@link #recorded()} after the rules have run, together with what was inserted.
 */
public final class Decisions {

    /** The name of the global the rules record to. */
    public static final String GLOBAL = "decisions";

    private final List<Object> recorded = new ArrayList<>();

    /** Records a conclusion of the rule: into working memory when a rule reads it, otherwise for the answer only. */
    public static void record(RuleContext rule, Object conclusion) {
        if (conclusion instanceof Notice || conclusion instanceof Finding f && !Paths.isReadByRules(f.getPath())) {
            ((Decisions) rule.getKieRuntime().getGlobal(GLOBAL)).recorded.add(conclusion);
        } else {
            rule.getKieRuntime().insert(conclusion);
        }
    }

    /** The conclusions recorded without being inserted, in the order the rules made them. */
    public List<Object> recorded() {
        return Collections.unmodifiableList(recorded);
    }
}
