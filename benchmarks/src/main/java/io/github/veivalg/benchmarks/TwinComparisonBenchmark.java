package io.github.veivalg.benchmarks;

import io.github.veivalg.AssessmentRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * The knowledge base against the plain-Java twin on the same inputs: one operation assesses every
 * request of the twin's subset once, so that the timer's own cost does not weigh on the fast twin.
 * The harness divides the average time per operation by the subset's size; the twin's side is
 * {@link PlainJavaTwinBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TwinComparisonBenchmark {

    /** The knowledge base's full {@code assess} (band and all 44 paths with their legal basis) over the subset. */
    @Benchmark
    public void knowledgeBase(KnowledgeBaseState kb, Blackhole bh) {
        for (AssessmentRequest request : kb.twinSubset) {
            bh.consume(kb.veivalg.assess(request));
        }
    }
}
