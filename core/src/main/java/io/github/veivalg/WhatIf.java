package io.github.veivalg;

import org.apiguardian.api.API;

import io.github.veivalg.vocabulary.PathId;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * An assessment together with, for every path, the single changes of a fact that would change its
 * status ({@link Veivalg#whatIf}). Immutable.
 *
 * @param assessment the answer to the request as it is
 * @param changes    for every path (each has an entry, perhaps empty), the changes in a fixed order:
 *                   QUALIFICATION, UNDERTAKING and EXCEPTION facts as listed, then lots
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WhatIf(Assessment assessment, Map<PathId, List<Change>> changes) {

    public WhatIf {
        Map<PathId, List<Change>> copy = new EnumMap<>(PathId.class);
        for (PathId id : PathId.values()) {
            copy.put(id, List.copyOf(changes.getOrDefault(id, List.of())));
        }
        changes = java.util.Collections.unmodifiableMap(copy);
    }

    /** The changes that would change one path's status; empty when none would. */
    public List<Change> changes(PathId path) {
        return changes.get(path);
    }
}
