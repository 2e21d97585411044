package io.github.veivalg;

import org.apiguardian.api.API;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * The knowledge base is missing, incomplete or inconsistent, so no trustworthy answer can be given.
 *
 * <p>Thrown when {@link Veivalg#create()} finds an empty or partial knowledge base (for example
 * one lost while shading a jar) or a broken threshold table, and when an assessment would give a
 * path no status or two. It always means a defect in the packaging or in the rules, never in the
 * caller's request.
 */
@API(status = STABLE, since = "0.1")
public final class KnowledgeBaseException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public KnowledgeBaseException(String message) {
        super(message);
    }

    public KnowledgeBaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
