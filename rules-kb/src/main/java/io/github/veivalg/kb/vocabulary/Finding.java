package io.github.veivalg.kb.vocabulary;

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

    private final Path path;
    private final Status status;
    private final String ruleId;
    private final String legalBasis;
    private final String messageKey;
    private final List<Object> args = new ArrayList<>();
    private final Set<Fact> missing = EnumSet.noneOf(Fact.class);
    private final List<Msg> obligations = new ArrayList<>();
    private final List<String> citedOnly = new ArrayList<>();
    private boolean closedForSize;

    private Finding(Path path, Status status, String ruleId, String legalBasis, String messageKey) {
        this.path = path;
        this.status = status;
        this.ruleId = ruleId;
        this.legalBasis = legalBasis;
        this.messageKey = messageKey;
    }

    /** A finding with a fixed status; its message key is the rule's {@code @messageKey}. */
    public static Finding of(RuleContext rule, Path path, Status status) {
        return new Finding(path, status, ruleId(rule), meta(rule.getRule(), "legalBasis"), meta(rule.getRule(), "messageKey"));
    }

    /** A finding with a fixed status; its message key is the rule's {@code @messageKey} followed by {@code .} and the variant. */
    public static Finding of(RuleContext rule, Path path, Status status, String variant) {
        return new Finding(path, status, ruleId(rule), meta(rule.getRule(), "legalBasis"),
                meta(rule.getRule(), "messageKey") + "." + variant);
    }

    /**
     * A finding whose status follows a three-valued condition: {@code whenTrue}, {@code whenFalse},
     * or UNDETERMINED naming the facts that would decide it. The message key is the rule's
     * {@code @messageKey} followed by {@code .yes}, {@code .no} or {@code .unknown}.
     */
    public static Finding when(RuleContext rule, Path path, Truth condition, Status whenTrue, Status whenFalse) {
        String base = meta(rule.getRule(), "messageKey");
        Status status;
        String key;
        if (condition.isTrue()) {
            status = whenTrue;
            key = base + ".yes";
        } else if (condition.isFalse()) {
            status = whenFalse;
            key = base + ".no";
        } else {
            status = Status.UNDETERMINED;
            key = base + ".unknown";
        }
        Finding finding = new Finding(path, status, ruleId(rule), meta(rule.getRule(), "legalBasis"), key);
        finding.missing.addAll(condition.getMissing());
        return finding;
    }

    /** OPEN when the condition holds, CLOSED when it fails, UNDETERMINED when unknown. */
    public static Finding when(RuleContext rule, Path path, Truth condition) {
        return when(rule, path, condition, Status.OPEN, Status.CLOSED);
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
        missing.addAll(facts);
        return this;
    }

    /**
     * Narrows the legal basis of this answer to these parts of the rule's {@code @legalBasis} (each
     * written exactly as there), for a rule whose basis covers several answers: an answer cites
     * only what it rests on (an open direct award does not cite the infringement fee of LOA § 12).
     */
    public Finding citingOnly(String... parts) {
        citedOnly.clear();
        Collections.addAll(citedOnly, parts);
        return this;
    }

    /** Marks a CLOSED finding as closed because the value is too high (used by the monotonicity law). */
    public Finding forSize() {
        closedForSize = true;
        return this;
    }

    public Path getPath() {
        return path;
    }

    public Status getStatus() {
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
        return Collections.unmodifiableSet(missing);
    }

    public List<Msg> getObligations() {
        return Collections.unmodifiableList(obligations);
    }

    /** The parts of the rule's legal basis this answer cites; empty when it cites all of them. */
    public List<String> getCitedOnly() {
        return Collections.unmodifiableList(citedOnly);
    }

    public boolean isClosedForSize() {
        return closedForSize;
    }

    @Override
    public String toString() {
        return path + "=" + status + " by " + ruleId;
    }
}
