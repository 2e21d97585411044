package io.github.veivalg.kb.vocabulary;

import io.github.veivalg.vocabulary.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the purchase is a public contract under FOA at all (spec section d, steps 2 and 3).
 *
 * <p>Decided from the findings of the seven scope paths (the two guards and the five exemptions)
 * and from the definition of a public contract: who buys (FOA § 1-2), and whether the agreement is
 * mutually binding for payment (FOA § 4-1 a) or the buyer steers what is delivered (spec a.2).
 */
public final class Scope {

    /** The kinds of answer, in the order their reasons are preferred. */
    public enum Kind {
        /** FOA applies: the procedures of the band decide. */
        IN_SCOPE,
        /** Another regulation applies (utilities, concessions). */
        OTHER_REGIME,
        /** The buyer is not a contracting authority (FOA § 1-2). */
        NOT_CONTRACTING_AUTHORITY,
        /** A grant, user choice, in-house, cooperation or a listed exclusion takes it outside the rules. */
        EXEMPT,
        /** Not a mutually binding agreement for payment (FOA § 4-1 a). */
        NOT_A_PUBLIC_CONTRACT,
        /** A fact that decides the scope is unknown. */
        UNDETERMINED
    }

    private final Kind kind;
    private final List<PathId> openPaths;
    private final Set<Fact> missing;
    private final Set<Fact> presumptions;

    private Scope(Kind kind, List<PathId> openPaths, Set<Fact> missing) {
        this(kind, openPaths, missing, Set.of());
    }

    private Scope(Kind kind, List<PathId> openPaths, Set<Fact> missing, Set<Fact> presumptions) {
        this.kind = kind;
        this.openPaths = List.copyOf(openPaths);
        this.missing = EnumSets.frozen(missing);
        this.presumptions = EnumSets.frozen(presumptions);
    }

    /**
     * Combines the seven scope findings: outside as soon as one is open (or the buyer is no
     * contracting authority, or nothing is paid for), inside only when every one is closed and
     * both definition facts are known, else undetermined. Each exemption is read as the other paths
     * read it: one nobody has shown is not established (spec a.0), and the scope names that presumption.
     */
    public static Scope decide(Case c, Collection<Finding> scopeFindings) {
        List<PathId> open = new ArrayList<>();
        EnumSet<Fact> missing = EnumSet.noneOf(Fact.class);
        EnumSet<Fact> presumed = EnumSet.noneOf(Fact.class);
        for (Finding finding : scopeFindings) {
            PathStatus status = finding.getStatusForOthers();
            if (status.isOpen()) {
                open.add(finding.getPath());
            } else if (status == PathStatus.UNDETERMINED) {
                missing.addAll(finding.getMissingForOthers());
            }
            presumed.addAll(finding.getPresumptionsForOthers());
        }
        open.sort(Comparator.naturalOrder());
        if (open.contains(PathId.OUT_OF_SCOPE_UTILITIES) || open.contains(PathId.OUT_OF_SCOPE_CONCESSION)) {
            return new Scope(Kind.OTHER_REGIME, open, Set.of());
        }
        if (c.choice(Fact.AUTHORITY_KIND, AuthorityKind.class) == AuthorityKind.NOT_CONTRACTING_AUTHORITY) {
            return new Scope(Kind.NOT_CONTRACTING_AUTHORITY, open, Set.of());
        }
        if (!open.isEmpty()) {
            return new Scope(Kind.EXEMPT, open, Set.of());
        }
        // A public contract is mutually binding for payment (§ 4-1 a); a buyer who steers what is
        // delivered, to whom and how is buying, whatever the agreement is called (spec a.2).
        Truth publicContract = Truth.any(
                Truth.fact(c.bool(Fact.IS_MUTUALLY_BINDING_FOR_PAYMENT), Fact.IS_MUTUALLY_BINDING_FOR_PAYMENT),
                Truth.fact(c.bool(Fact.BUYER_WANTS_TO_STEER_CONTENT), Fact.BUYER_WANTS_TO_STEER_CONTENT));
        if (publicContract.isFalse()) {
            return new Scope(Kind.NOT_A_PUBLIC_CONTRACT, open, Set.of());
        }
        missing.addAll(publicContract.getMissing());
        if (c.choice(Fact.AUTHORITY_KIND, AuthorityKind.class) == null) {
            missing.add(Fact.AUTHORITY_KIND);
        }
        return missing.isEmpty() ? new Scope(Kind.IN_SCOPE, open, Set.of(), presumed) : new Scope(Kind.UNDETERMINED, open, missing, presumed);
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isInScope() {
        return kind == Kind.IN_SCOPE;
    }

    public boolean isOutside() {
        return kind != Kind.IN_SCOPE && kind != Kind.UNDETERMINED;
    }

    public boolean isUndetermined() {
        return kind == Kind.UNDETERMINED;
    }

    /** The scope paths that are open (empty unless the kind is OTHER_REGIME or EXEMPT). */
    public List<PathId> getOpenPaths() {
        return openPaths;
    }

    public Set<Fact> getMissing() {
        return missing;
    }

    /** The exemptions taken as not established (their EXCEPTION facts) that this scope rests on. */
    public Set<Fact> getPresumptions() {
        return presumptions;
    }

    @Override
    public String toString() {
        return kind + (openPaths.isEmpty() ? "" : " " + openPaths) + (missing.isEmpty() ? "" : " missing " + missing);
    }
}
