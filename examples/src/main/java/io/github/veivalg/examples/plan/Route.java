package io.github.veivalg.examples.plan;

import io.github.veivalg.Change;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.PathResult;
import io.github.veivalg.vocabulary.PathStatus;
import io.github.veivalg.WhatIf;

import java.util.List;

/**
 * The routes by which a buyer can open a purchase to social entrepreneurs (the guide's tools), each
 * read from the path that decides it.
 */
enum Route {
    PART_I_FREEDOM(PathId.PART_I_COMPETITION, "Del I: fritt å invitere utvalgte leverandører", "Part I: free to invite chosen suppliers", "FOA del I, LOA § 4"),
    RESERVED_WORK_INTEGRATION(PathId.RESERVED_WORK_INTEGRATION, "Reservert kontrakt for arbeidsintegrerende virksomheter",
            "Reserved contract for work-integration enterprises", "FOA §§ 8-8, 16-9, 30-3"),
    RESERVED_NONPROFIT(PathId.RESERVED_NONPROFIT_HEALTH_SOCIAL, "Reservasjon for ideelle organisasjoner", "Reservation for ideelle organisations", "FOA § 30-2a"),
    RESERVED_ART77(PathId.RESERVED_ART77, "Reserverte kontrakter for visse helse- og sosialtjenester",
            "Reserved contracts for certain health and social services", "FOA § 30-2"),
    INNOVATION_PARTNERSHIP(PathId.INNOVATION_PARTNERSHIP, "Innovasjonspartnerskap", "Innovation partnership", "FOA § 13-1 (3)"),
    PILOT(PathId.PILOT_DEVELOPMENT_CONTRACT, "Pilotavtale", "Pilot", "FOA § 5-4 (1)"),
    LOTS(PathId.LOTS, "Deling i delkontrakter", "Division into lots", "FOA § 5-4 (8), § 19-4"),
    SOCIAL_CRITERIA(PathId.SOCIAL_CRITERIA, "Sosiale krav og kriterier", "Social requirements and criteria", "LOA § 5"),
    MARKET_DIALOGUE(PathId.MARKET_DIALOGUE, "Markedsdialog", "Market dialogue", "LOA § 4, FOA § 8-1, § 12-1");

    /** Where a route stands for one purchase. */
    enum State {
        /** Open or recommended now. */
        OPEN,
        /** Not open now, but a change the buyer can find out or make would open it. */
        WITHIN_REACH,
        /** Waits for facts, and no single change opens it. */
        UNDETERMINED,
        /** Not open and no single change opens it. */
        NO
    }

    final PathId path;
    final String norwegian;
    final String english;
    final String basis;

    Route(PathId path, String norwegian, String english, String basis) {
        this.path = path;
        this.norwegian = norwegian;
        this.english = english;
        this.basis = basis;
    }

    String name(boolean nb) {
        return nb ? norwegian : english;
    }

    static boolean opens(PathStatus s) {
        return s.isOpen() || s == PathStatus.RECOMMENDED;
    }

    /** The changes that would open this route. */
    List<Change> openings(WhatIf whatIf) {
        return whatIf.changes(path).stream().filter(c -> opens(c.status())).toList();
    }

    State state(WhatIf whatIf) {
        PathResult p = whatIf.assessment().path(path);
        if (opens(p.status())) {
            return State.OPEN;
        }
        if (!openings(whatIf).isEmpty()) {
            return State.WITHIN_REACH;
        }
        return p.status() == PathStatus.UNDETERMINED ? State.UNDETERMINED : State.NO;
    }

    /** A reservation: the routes that limit the competition to social entrepreneurs. */
    boolean reservation() {
        return this == RESERVED_WORK_INTEGRATION || this == RESERVED_NONPROFIT || this == RESERVED_ART77;
    }
}
