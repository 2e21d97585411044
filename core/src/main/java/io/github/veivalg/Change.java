package io.github.veivalg;

import org.apiguardian.api.API;

import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.PathStatus;

import java.util.List;
import java.util.Objects;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One change of one fact that would change a path's status: what the buyer would have to find out
 * or do, the status the path would then have, and why.
 *
 * <p>A change is found by assessing the request again with that one fact set, so its status and
 * reason are the knowledge base's own answer to the varied request. It never lowers the estimated
 * value or splits a purchase (FOA § 5-4 (4)); a change of kind {@link FactKind#LOTS} divides the
 * purchase into lots under the small-lots rule of FOA § 5-4 (8) and names its ceiling.
 *
 * @param path             the path whose status would change
 * @param fact             the fact's field path in the JSON contract, for example {@code supplier.isNonProfit},
 *                         or {@code purchase.lots} for a division into lots
 * @param factLabel        the fact in words, in the assessment's language
 * @param value            the value the fact would take, as the JSON contract writes it: a {@code Boolean},
 *                         a {@code Double} for a percentage, or for lots a list of maps with
 *                         {@code id}, {@code valueNok} and {@code subjectType}
 * @param kind             what kind of fact it is (spec section a.0), or {@code LOTS}
 * @param wasUnknown       whether the fact is unknown in the request (to find out) rather than known (to change)
 * @param status           the status the path would have
 * @param reason           the path's reason under the change, in the assessment's language
 * @param legalBasis       the provisions behind the changed answer
 * @param alsoUndertakings undertakings (field paths) the buyer must also take on for this status, when
 *                         the path needs them besides the fact; empty when the fact alone does it
 * @param alsoUndertakingLabels the same undertakings in words, in the assessment's language
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Change(PathId path, String fact, String factLabel, Object value, FactKind kind, boolean wasUnknown,
                     PathStatus status, String reason, List<String> legalBasis, List<String> alsoUndertakings,
                     List<String> alsoUndertakingLabels) {

    /** The kinds of fact the what-if varies (spec section a.0), and division into lots. */
    public enum FactKind {
        /** A condition of an exemption or of a ground that lifts a duty: something to find out and prove. */
        EXCEPTION,
        /** A fact about the supplier or the market that an optional path needs: something to find out. */
        QUALIFICATION,
        /** Something the buyer does by choosing the path. */
        UNDERTAKING,
        /** Dividing the purchase into lots under the small-lots rule of FOA § 5-4 (8). */
        LOTS
    }

    public Change {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        legalBasis = List.copyOf(legalBasis);
        alsoUndertakings = List.copyOf(alsoUndertakings);
        alsoUndertakingLabels = List.copyOf(alsoUndertakingLabels);
    }
}
