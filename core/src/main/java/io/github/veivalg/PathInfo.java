package io.github.veivalg;

import org.apiguardian.api.API;

import io.github.veivalg.vocabulary.PathId;

import java.util.List;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * What the knowledge base says about a path, for a reader who wants to know it before asking:
 * its title, what it is, its conditions in plain words, the legal basis of every rule that can
 * decide it, and the ids of those rules.
 *
 * @param id          the path
 * @param title       its name
 * @param description what it is
 * @param conditions  when it is open, closed or not required
 * @param legalBasis  the provisions of the rules that decide it
 * @param rules       the ids of those rules
 */
@API(status = STABLE, since = "0.1")
public record PathInfo(PathId id, String title, String description, String conditions, List<String> legalBasis, List<String> rules) {
    public PathInfo {
        legalBasis = List.copyOf(legalBasis);
        rules = List.copyOf(rules);
    }
}
