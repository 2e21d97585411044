package io.github.veivalg.internal;

import org.apiguardian.api.API;

import io.github.veivalg.KnowledgeBaseException;
import io.github.veivalg.kb.vocabulary.BandDecision;
import io.github.veivalg.kb.vocabulary.Case;
import io.github.veivalg.kb.vocabulary.Decisions;
import io.github.veivalg.kb.vocabulary.EeaThreshold;
import io.github.veivalg.kb.vocabulary.Fact;
import io.github.veivalg.kb.vocabulary.Finding;
import io.github.veivalg.kb.vocabulary.Notice;
import io.github.veivalg.kb.vocabulary.Paths;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.kb.vocabulary.Scope;
import io.github.veivalg.kb.vocabulary.ThresholdRow;
import io.github.veivalg.kb.vocabulary.Valuation;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Runs the knowledge base on one case. Every call has its own rule session, so calls share nothing
 * but the immutable rule base and are safe on any thread. How the session is obtained is a
 * {@link Strategy}; the benchmarks compare them.
 */
@API(status = INTERNAL)
public final class Engine {

    /** How a call gets its rule session. */
    public enum Strategy {
        /** A new stateful session per call, disposed afterwards. */
        STATEFUL_PER_CALL,
        /** A new stateless session per call. */
        STATELESS,
        /** Stateful sessions from a {@code KieSessionsPool}, reset and returned after each call. */
        POOLED
    }

    /** The strategy {@link io.github.veivalg.Veivalg} uses; chosen by measurement (see the README's Performance section). */
    public static final Strategy DEFAULT_STRATEGY = Strategy.POOLED;

    /**
     * The size of the {@link Strategy#POOLED} strategy's session pool: two sessions per core. A
     * pooled engine keeps at most this many sessions alive; the benchmarks check that bound.
     */
    public static final int POOL_SIZE = Runtime.getRuntime().availableProcessors() * 2;

    private final KnowledgeBase kb;
    private final Strategy strategy;
    private final KieSessionsPool pool;

    public Engine(KnowledgeBase kb) {
        this(kb, DEFAULT_STRATEGY);
    }

    public Engine(KnowledgeBase kb, Strategy strategy) {
        this.kb = kb;
        this.strategy = strategy;
        this.pool = strategy == Strategy.POOLED ? kb.kieBase().newKieSessionsPool(POOL_SIZE) : null;
    }

    public Strategy strategy() {
        return strategy;
    }

    /** Releases the sessions a pooled engine holds. */
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** Everything the rules concluded about one case. */
    public record Outcome(
            Map<PathId, Finding> findings,
            Scope scope,
            BandDecision band,
            EeaThreshold eea,
            Valuation valuation,
            ThresholdRow row,
            List<Notice> notices,
            List<String> firedRules) {
    }

    /**
     * Where a call's time goes, for the benchmark harness's per-phase profile: {@link #mark} is called
     * at the end of each {@link Phase} of {@link #run(Case, Clock)}. The engine's own calls use
     * {@link #NONE}, which does nothing.
     */
    public interface Clock {
        Clock NONE = phase -> { };

        void mark(Phase phase);
    }

    /** The phases of one call, in their order. */
    public enum Phase {
        /** Copying the request into the rules' {@code Case} fact. */
        MAPPING,
        /** Looking up the facts that depend only on the date and the tables (threshold row, law calendar, CPV profile). */
        DATE_FACTS,
        /** Getting a rule session (from the pool, or a new one). */
        SESSION,
        /** Inserting the facts. */
        INSERT,
        /** Firing the rules. */
        FIRE,
        /** Disposing of the session (for a pooled one: resetting it and returning it to the pool). */
        RESET,
        /** Collecting the findings, notices and fired rules into an {@link Outcome}. */
        COLLECT,
        /** Building the public answer from the outcome (texts stay unrendered until they are read). */
        ASSEMBLY
    }

    /**
     * A system property that picks how each call gets its rule session: {@code STATEFUL_PER_CALL},
     * {@code STATELESS} or {@code POOLED}. For measurement only (the benchmarks); the default is the
     * fastest correct one. Not part of the API.
     */
    public static final String STRATEGY_PROPERTY = "io.github.veivalg.sessionStrategy";

    /** The session strategy: the measured default, unless the system property {@value #STRATEGY_PROPERTY} names another. */
    public static Strategy configuredStrategy() {
        String configured = System.getProperty(STRATEGY_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return DEFAULT_STRATEGY;
        }
        try {
            return Strategy.valueOf(configured.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("System property " + STRATEGY_PROPERTY + " must be one of "
                    + java.util.Arrays.toString(Strategy.values()) + ", was " + configured, e);
        }
    }

    public Outcome run(Case c) {
        return run(c, Clock.NONE);
    }

    public Outcome run(Case c, Clock clock) {
        ThresholdRow row = kb.thresholds().rowFor(c.getEvaluationDate()).orElseThrow(() ->
                new IllegalArgumentException("No thresholds for " + c.getEvaluationDate() + ": dates before "
                        + io.github.veivalg.kb.data.ThresholdTable.FIRST_SUPPORTED_DATE + " are unsupported"));
        List<Object> facts = new ArrayList<>();
        facts.add(c);
        facts.add(kb.cpv().profile(c.codes(Fact.CPV_CODES)));
        facts.add(row);
        facts.add(kb.lawVersions().on(c.getEvaluationDate()));
        facts.addAll(kb.thresholds().uncertaintiesOn(c.getEvaluationDate()));
        clock.mark(Phase.DATE_FACTS);
        Recorder recorder = new Recorder();
        switch (strategy) {
            case STATELESS -> {
                StatelessKieSession session = kb.kieBase().newStatelessKieSession();
                session.addEventListener((AgendaEventListener) recorder);
                session.addEventListener((RuleRuntimeEventListener) recorder);
                session.setGlobal("strict", c.isStrict());
                session.setGlobal(Decisions.GLOBAL, recorder.decisions);
                session.execute(facts);
            }
            case POOLED -> runStateful(pool.newKieSession(), c.isStrict(), facts, recorder, clock);
            case STATEFUL_PER_CALL -> runStateful(kb.kieBase().newKieSession(), c.isStrict(), facts, recorder, clock);
        }
        // What the rules inserted, and what they recorded without inserting it (no rule reads it).
        recorder.inserted.addAll(recorder.decisions.recorded());
        Outcome outcome = collect(recorder.inserted, row, recorder.fired);
        clock.mark(Phase.COLLECT);
        return outcome;
    }

    private static void runStateful(KieSession session, boolean strict, List<Object> facts, Recorder recorder, Clock clock) {
        clock.mark(Phase.SESSION);
        try {
            session.setGlobal("strict", strict);
            session.setGlobal(Decisions.GLOBAL, recorder.decisions);
            session.addEventListener((AgendaEventListener) recorder);
            session.addEventListener((RuleRuntimeEventListener) recorder);
            for (Object fact : facts) {
                session.insert(fact);
            }
            clock.mark(Phase.INSERT);
            session.fireAllRules();
            clock.mark(Phase.FIRE);
        } finally {
            session.removeEventListener((AgendaEventListener) recorder);
            session.removeEventListener((RuleRuntimeEventListener) recorder);
            session.dispose();
            clock.mark(Phase.RESET);
        }
    }

    /** Records what the rules insert and which rules fire, for one call. */
    private static final class Recorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        final List<Object> inserted = new ArrayList<>();
        final List<String> fired = new ArrayList<>();
        final Decisions decisions = new Decisions();

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Object id = event.getMatch().getRule().getMetaData().get("id");
            fired.add(id == null ? event.getMatch().getRule().getName() : id.toString());
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            inserted.add(event.getObject());
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // The rules never update a fact.
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            // The rules never retract a fact.
        }
    }

    /** The order of the warnings in an answer: by code, then message key and arguments. */
    public static final Comparator<Notice> NOTICE_ORDER = Comparator.comparing(Notice::code)
            .thenComparing(n -> n.message().key())
            .thenComparing(n -> n.message().args().toString());

    private Outcome collect(Collection<?> objects, ThresholdRow row, List<String> fired) {
        Map<PathId, Finding> findings = new EnumMap<>(PathId.class);
        List<String> defects = new ArrayList<>();
        Set<Notice> notices = new LinkedHashSet<>();
        Scope scope = null;
        BandDecision band = null;
        EeaThreshold eea = null;
        Valuation valuation = null;
        for (Object o : objects) {
            if (o instanceof Finding f) {
                Finding earlier = findings.put(f.getPath(), f);
                if (earlier != null) {
                    defects.add(f.getPath() + " decided twice (" + earlier + "; " + f + ")");
                }
                KnowledgeBase.RuleInfo rule = kb.rule(f.getRuleId());
                if (rule == null || !rule.decides().contains(f.getPath())) {
                    defects.add("rule " + f.getRuleId() + " decided " + f.getPath() + " without declaring it in @decides");
                }
            } else if (o instanceof Notice n) {
                notices.add(n);
            } else if (o instanceof Scope s) {
                scope = s;
            } else if (o instanceof BandDecision b) {
                if (band != null) {
                    defects.add("two bands decided (" + band + "; " + b + ")");
                }
                band = b;
            } else if (o instanceof EeaThreshold e) {
                eea = e;
            } else if (o instanceof Valuation v) {
                valuation = v;
            }
        }
        Set<String> undecided = KnowledgeBase.undecided(findings);
        if (!undecided.isEmpty()) {
            defects.add("no status for " + undecided);
        }
        if (scope == null || band == null) {
            defects.add("the scope or the band was not decided");
        }
        if (!defects.isEmpty()) {
            throw new KnowledgeBaseException("Knowledge-base defect: " + String.join("; ", defects));
        }
        // Every path that needs FOA to apply rests on the exemptions the scope took as not established
        // (spec a.0); the scope paths themselves and the paths decided from their own facts do not.
        if (scope != null && !scope.isOutside() && !scope.getPresumptions().isEmpty()) {
            for (Finding f : findings.values()) {
                if (!Paths.isScopePath(f.getPath()) && Paths.gate(f.getPath()) != Paths.Gate.OWN_FACTS) {
                    f.presuming(scope.getPresumptions());
                }
            }
        }
        // The agenda's order among independent rules can differ between two builds of the same rules,
        // so the answer lists notices and fired rules in a fixed order: the same input gives the same
        // answer, byte for byte, from every build of a knowledge-base version.
        List<Notice> sortedNotices = notices.stream().sorted(NOTICE_ORDER).toList();
        List<String> sortedFired = fired.stream().sorted().toList();
        return new Outcome(findings, scope, band, eea, valuation, row, sortedNotices, sortedFired);
    }
}
