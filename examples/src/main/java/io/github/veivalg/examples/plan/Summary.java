package io.github.veivalg.examples.plan;

import io.github.veivalg.vocabulary.Band;

import java.util.EnumMap;
import java.util.Map;

/** The counts of a screening, kept while the rows stream by (no row is kept). */
final class Summary {
    long rows;
    long assessed;
    long errors;
    long reservable;
    long opened;
    final Map<Band, Long> bands = new EnumMap<>(Band.class);
    final Map<Route, Map<Route.State, Long>> routes = new EnumMap<>(Route.class);

    Summary() {
        for (Route r : Route.values()) {
            routes.put(r, new EnumMap<>(Route.State.class));
        }
    }

    void add(Screened s) {
        rows++;
        if (!s.ok()) {
            errors++;
            return;
        }
        assessed++;
        bands.merge(s.whatIf().assessment().band(), 1L, Long::sum);
        boolean canReserve = false;
        boolean open = false;
        for (Route r : Route.values()) {
            Route.State state = r.state(s.whatIf());
            routes.get(r).merge(state, 1L, Long::sum);
            if (r.reservation() && (state == Route.State.OPEN || state == Route.State.WITHIN_REACH)) {
                canReserve = true;
            }
            if (r != Route.SOCIAL_CRITERIA && r != Route.MARKET_DIALOGUE && state == Route.State.OPEN) {
                open = true;
            }
        }
        reservable += canReserve ? 1 : 0;
        opened += open ? 1 : 0;
    }

    long count(Route r, Route.State state) {
        return routes.get(r).getOrDefault(state, 0L);
    }
}
