package io.github.veivalg.kb.vocabulary;

import io.github.veivalg.vocabulary.*;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one rule decided about one path: its status, why (a message with the figures that
 * mattered), what the buyer must then do, and which unknown facts would decide it.
 *
 * <p>Rules create findings in their consequence, fill them, and insert them; the engine reads
 * them after the rules have run and checks that every path has exactly one. The message key and
 * the legal basis come from the deciding rule's metadata ({@code @messageKey}, {@code @legalBasis}),
 * so that every finding can be traced to the rule and the paragraph behind it.
 */
public final class Finding {

    private final PathId path;
    private final PathStatus status;
    private final String ruleId;
    private final String legalBasis;
    private final String messageKey;
    private final List<Object> args = new ArrayList<>();
    // The sets and the cited parts are made when something is added: most findings have none, and a
    // rule session makes dozens of findings per call.
    private Set<Fact> missing = NO_FACTS;
    private final List<Msg> obligations = new ArrayList<>();
    private Set<Fact> presumptions = NO_FACTS;
    private List<String> citedOnly = List.of();
    private boolean closedForSize;
    // What the other paths read of this one. For an exception's own path (PathId#isException) that is
    // the exception as presumed (not established) while its facts are unknown; for every other
    // path it is the finding itself.
    private PathStatus forOthers;
    private Set<Fact> missingForOthers = NO_FACTS;
    private Set<Fact> presumptionsForOthers = NO_FACTS;
    private boolean othersDiffer;

    private static final Set<Fact> NO_FACTS = Collections.unmodifiableSet(EnumSet.noneOf(Fact.class));

    /** {@code to} with {@code facts} added; a new set the first time, so that the empty one is shared. */
    private static Set<Fact> adding(Set<Fact> to, Set<Fact> facts) {
        if (facts.isEmpty()) {
            return to;
        }
        Set<Fact> set = to == NO_FACTS ? EnumSet.noneOf(Fact.class) : to;
        set.addAll(facts);
        return set;
    }

    /** A read-only view; the shared empty set is read-only already. */
    private static Set<Fact> readOnly(Set<Fact> facts) {
        return facts == NO_FACTS ? NO_FACTS : Collections.unmodifiableSet(facts);
    }

    private Finding(PathId path, PathStatus status, String ruleId, String legalBasis, String messageKey) {
        this.path = path;
        this.status = status;
        this.ruleId = ruleId;
        this.legalBasis = legalBasis;
        this.messageKey = messageKey;
    }

    /** A finding with a fixed status; its message key is the rule's {@code @messageKey}. */
    public static Finding of(RuleContext rule, PathId path, PathStatus status) {
        return new Finding(path, status, ruleId(rule), meta(rule.getRule(), "legalBasis"), meta(rule.getRule(), "messageKey"));
    }

    /** A finding with a fixed status; its message key is the rule's {@code @messageKey} followed by {@code .} and the variant. */
    public static Finding of(RuleContext rule, PathId path, PathStatus status, String variant) {
        return new Finding(path, status, ruleId(rule), meta(rule.getRule(), "legalBasis"),
                meta(rule.getRule(), "messageKey") + "." + variant);
    }

    /**
     * A finding whose status follows a three-valued condition: {@code whenTrue}, {@code whenFalse},
     * or UNDETERMINED naming the facts that would decide it. The message key is the rule's
     * {@code @messageKey} followed by {@code .yes}, {@code .no} or {@code .unknown}.
     */
    public static Finding when(RuleContext rule, PathId path, Truth condition, PathStatus whenTrue, PathStatus whenFalse) {
        String base = meta(rule.getRule(), "messageKey");
        // Spec a.0: the exception's own path reads its facts strictly (it is a question worth
        // asking); every other path reads the law's presumptions, unless the request is strict.
        boolean strict = isStrict(rule);
        Truth own = strict || Paths.isException(path) ? condition : condition.presumed();
        Finding finding = decide(rule, path, own, whenTrue, whenFalse, base);
        finding.missing = adding(finding.missing, own.getMissing());
        if (!strict && !Paths.isException(path)) {
            finding.presumptions = adding(finding.presumptions, own.getPresumptions());
            for (Fact undertaking : own.getUndertakings()) {
                finding.obligations.add(Msg.of("undertaking." + undertaking.fieldPath()));
            }
        }
        if (!strict && Paths.isException(path) && condition.isUnknown()) {
            Truth presumed = condition.presumed();
            // Never opened by a presumption: an exception must be shown to apply.
            if (presumed.isFalse()) {
                finding.othersDiffer = true;
                finding.forOthers = whenFalse;
                finding.presumptionsForOthers = adding(finding.presumptionsForOthers, presumed.getPresumptions());
            } else if (presumed.isUnknown()) {
                finding.othersDiffer = true;
                finding.forOthers = PathStatus.UNDETERMINED;
                finding.missingForOthers = adding(finding.missingForOthers, presumed.getMissing());
                finding.presumptionsForOthers = adding(finding.presumptionsForOthers, presumed.getPresumptions());
            }
        }
        return finding;
    }

    private static Finding decide(RuleContext rule, PathId path, Truth condition, PathStatus whenTrue, PathStatus whenFalse, String base) {
        PathStatus status;
        String key;
        if (condition.isTrue()) {
            status = whenTrue;
            key = base + ".yes";
        } else if (condition.isFalse()) {
            status = whenFalse;
            key = base + ".no";
        } else {
            status = PathStatus.UNDETERMINED;
            key = base + ".unknown";
        }
        return new Finding(path, status, ruleId(rule), meta(rule.getRule(), "legalBasis"), key);
    }

    /**
     * Whether the request asked for strict answers (no presumptions): the session's global
     * {@code strict}, absent meaning the law's presumptions.
     */
    public static boolean isStrict(RuleContext rule) {
        Object strict = rule.getKieRuntime().getGlobal("strict");
        return Boolean.TRUE.equals(strict);
    }

    /** OPEN when the condition holds, CLOSED when it fails, UNDETERMINED when unknown. */
    public static Finding when(RuleContext rule, PathId path, Truth condition) {
        return when(rule, path, condition, PathStatus.OPEN, PathStatus.CLOSED);
    }

    /** The stable id of the rule that fired ({@code @id}), or its name when it has none. */
    public static String ruleId(RuleContext rule) {
        Object id = rule.getRule().getMetaData().get("id");
        return id == null ? rule.getRule().getName() : id.toString();
    }

    private static String meta(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            throw new IllegalStateException("Rule '" + rule.getName() + "' has no @" + key + " metadata");
        }
        return value.toString();
    }

    /** Adds the figures the message names, in the order of its placeholders. */
    public Finding with(Object... messageArgs) {
        Collections.addAll(args, messageArgs);
        return this;
    }

    /** Adds something the buyer must do when taking this path. */
    public Finding obliging(String key, Object... messageArgs) {
        obligations.add(Msg.of(key, messageArgs));
        return this;
    }

    /** Adds unknown facts that would decide this path. */
    public Finding missing(Set<Fact> facts) {
        missing = adding(missing, facts);
        return this;
    }

    /** Adds EXCEPTION facts taken as not established that this status rests on. */
    public Finding presuming(Set<Fact> facts) {
        presumptions = adding(presumptions, facts);
        return this;
    }

    /**
     * Narrows the legal basis of this answer to these parts of the rule's {@code @legalBasis} (each
     * written exactly as there), for a rule whose basis covers several answers: an answer cites
     * only what it rests on (an open direct award does not cite the infringement fee of LOA § 12).
     */
    public Finding citingOnly(String... parts) {
        citedOnly = List.of(parts);
        return this;
    }

    /** Marks a CLOSED finding as closed because the value is too high (used by the monotonicity law). */
    public Finding forSize() {
        closedForSize = true;
        return this;
    }

    /** Whether this finding answers one of the seven paths that decide whether FOA applies at all. */
    public boolean isScopePath() {
        return Paths.isScopePath(path);
    }

    public PathId getPath() {
        return path;
    }

    public PathStatus getStatus() {
        return status;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<Object> getArgs() {
        return Collections.unmodifiableList(args);
    }

    public Set<Fact> getMissing() {
        return readOnly(missing);
    }

    public List<Msg> getObligations() {
        return Collections.unmodifiableList(obligations);
    }

    /** The EXCEPTION facts taken as not established that this status rests on (empty in strict answers). */
    public Set<Fact> getPresumptions() {
        return readOnly(presumptions);
    }

    /**
     * The status other paths read: for an exception's own path whose facts are unknown, the
     * exception as not established (spec a.0); otherwise the status itself.
     */
    public PathStatus getStatusForOthers() {
        return othersDiffer ? forOthers : status;
    }

    /** The unknown facts behind {@link #getStatusForOthers()} when it is UNDETERMINED. */
    public Set<Fact> getMissingForOthers() {
        return othersDiffer ? readOnly(missingForOthers) : getMissing();
    }

    /** The presumptions {@link #getStatusForOthers()} rests on. */
    public Set<Fact> getPresumptionsForOthers() {
        return othersDiffer ? readOnly(presumptionsForOthers) : getPresumptions();
    }

    /** The parts of the rule's legal basis this answer cites; empty when it cites all of them. */
    public List<String> getCitedOnly() {
        return citedOnly;
    }

    public boolean isClosedForSize() {
        return closedForSize;
    }

    @Override
    public String toString() {
        return path + "=" + status + " by " + ruleId;
    }
}
