package io.github.veivalg.benchmarks;

import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.Veivalg;
import io.github.veivalg.internal.Engine;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One loaded knowledge base per trial, shared by the benchmark's threads (as an application shares
 * its one {@link Veivalg}), with the session strategy as a parameter, and the inputs.
 */
@State(Scope.Benchmark)
public class KnowledgeBaseState {

    /** How each call gets its rule session; see {@link Engine.Strategy}. */
    @Param({"STATEFUL_PER_CALL", "STATELESS", "POOLED"})
    public Engine.Strategy strategy;

    /** The knowledge base, loaded with {@link #strategy}. */
    public Veivalg veivalg;

    /** Every valid scenario request, shuffled. */
    public AssessmentRequest[] mix;

    /** The scenario requests the plain-Java twin handles, shuffled. */
    public AssessmentRequest[] twinSubset;

    @Setup(Level.Trial)
    public void load() {
        veivalg = create(strategy);
        mix = Inputs.mix();
        twinSubset = Inputs.twinSubset(PlainJavaTwin.load());
    }

    @TearDown(Level.Trial)
    public void close() {
        veivalg.close();
    }

    /** A knowledge base whose calls use the given session strategy. */
    public static Veivalg create(Engine.Strategy strategy) {
        String before = System.getProperty(Engine.STRATEGY_PROPERTY);
        System.setProperty(Engine.STRATEGY_PROPERTY, strategy.name());
        try {
            return Veivalg.create();
        } finally {
            if (before == null) {
                System.clearProperty(Engine.STRATEGY_PROPERTY);
            } else {
                System.setProperty(Engine.STRATEGY_PROPERTY, before);
            }
        }
    }
}
